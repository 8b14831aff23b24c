// Plan, summary or other — and the period a document covers. The text's own words outrank its title:
// compilations file summaries under "工作计划" ("现将半年来的工会工作总结如下" is a summary whatever the title).
import { isYearTitle, periodNamed, titleKind } from '../../lexicon/layout/titles.ts';
import type { DocumentKind } from '../../model/items.ts';
import { type KindEvidence, loadKindEvidence, perThousand } from './kind-evidence.ts';

/** What a summary says of itself in its opening ("现将…总结如下", "回顾上半年工作", "一年来，…"). */
const SUMMARY_SAYS =
  /(?:总结|小结|汇报)如下|现(?:将|就).{0,30}(?:总结|小结|汇报)|回顾.{0,12}(?:工作|一年|半年|学期)|^(?:一年来|半年来|一学期来|过去的一年)/mu;
/** What a plan says of itself ("特制定本计划", "计划如下", "拟着重做好下列工作"). */
const PLAN_SAYS =
  /特(?:制定|制订)(?:本|如下)?(?:计划|方案|办法|要点)|(?:计划|安排)如下|拟(?:着重)?做好(?:以下|下列)|(?:今年|本学期|本学年|新学期|下半年)(?:工会)?(?:工作)?的?(?:主要)?(?:工作)?(?:计划|打算|思路)(?:如下)?[:：]/u;
const OPENING = 400;

export interface KindDecision {
  kind: DocumentKind;
  because: string;
}

/** The body's vote decides only where it has this many words per thousand characters to go on… */
const MIN_VOTES = 2;
/** …and it overrules a title only when the title's kind gets no vote at all and the other kind this many. */
const OVERRULE_VOTES = 10;

/** The text after the site lines above its first sentence (kind-evidence.json publishLines), at most four. */
function withoutPublishLines(text: string, ev: KindEvidence): string {
  const lines = text.trimStart().split('\n');
  let i = 0;
  while (i < Math.min(lines.length - 1, 4) && (!lines[i]!.trim() || ev.publishLines.some((re) => re.test(lines[i]!))))
    i++;
  return lines.slice(i).join('\n').trimStart();
}

/** Where a text's first sentence starts: after publish lines and a news desk or byline (本报讯(通讯员 …)),
 * with the desk or byline found (null when none). */
export function openingSentence(
  text: string,
  ev: KindEvidence = loadKindEvidence(),
): { opening: string; lead: string | null } {
  let opening = withoutPublishLines(text, ev);
  let lead: string | null = null;
  for (const re of ev.newsLeads) {
    const m = re.exec(opening);
    if (m && m[0].trim()) {
      lead ??= m[0].trim();
      opening = opening.slice(m[0].length);
    }
  }
  return { opening, lead };
}

/** The text is news: it opens with a desk or byline, or reports one past event on its day (4月6日上午，校工会召开…). */
export function reportsNews(text: string, ev: KindEvidence = loadKindEvidence()): string | null {
  const { opening, lead } = openingSentence(text, ev);
  if (lead) return lead;
  for (const re of ev.newsReports) {
    const m = re.exec(opening);
    if (m) return m[0];
  }
  return null;
}

/** Plan or summary by the words the text is written in (null: too few to tell); news is other. */
function bodyKind(text: string, ev: KindEvidence): KindDecision | null {
  const opening = openingSentence(text, ev).opening.slice(0, 200);
  const news = ev.newsOpenings.find((re) => re.test(opening));
  if (news) return { kind: 'other', because: `the text opens as news: "${news.exec(opening)![0]}"` };
  const plan = perThousand(text, ev.planWords);
  const summary = perThousand(text, ev.summaryWords);
  if (plan + summary < MIN_VOTES) return null;
  const votes = `${summary.toFixed(1)} summary and ${plan.toFixed(1)} plan words per 1000 characters`;
  return summary > 0 && summary > plan / 2
    ? { kind: 'summary', because: `the text reports work done: ${votes}` }
    : { kind: 'plan', because: `the text sets out work ahead: ${votes}` };
}

/** A headline's subtitle, left as the text's first line (——城南小学工会开展慰问活动): it is part of the headline. */
const SUBTITLE_LINE = /^(?:——|—|－－|--)\s*([^\n]{4,45})$/mu;

export function documentKind(title: string | null, text: string, ev: KindEvidence = loadKindEvidence()): KindDecision {
  const headline = title ? ev.headlines.find((re) => re.test(title.trim())) : undefined;
  if (headline) return { kind: 'other', because: `the title is a news or notice headline: "${title}"` };
  const subtitle = SUBTITLE_LINE.exec(text.split('\n', 1)[0]!.trim())?.[1];
  if (subtitle && ev.headlines.some((re) => re.test(subtitle)))
    return { kind: 'other', because: `the headline's subtitle reports news: "${subtitle}"` };
  const report = reportsNews(text, ev);
  if (report) return { kind: 'other', because: `the text opens as a report of one event: "${report}"` };
  const opening = text.slice(0, OPENING);
  const summary = SUMMARY_SAYS.exec(opening);
  if (summary) return { kind: 'summary', because: `the text says "${summary[0]}"` };
  const plan = PLAN_SAYS.exec(opening);
  if (plan) return { kind: 'plan', because: `the text says "${plan[0]}"` };
  for (const says of ev.says) {
    const m = says.pattern.exec(opening);
    if (m) return { kind: says.kind, because: `the text says "${m[0]}"` };
  }
  if (title) {
    const named = titleKind(title);
    if (named) {
      const byTitle: DocumentKind = named.kind;
      // A plan filed under 汇报 that lists tasks ahead, or work done reported under a 计划 title.
      const plans = perThousand(text, ev.planWords);
      const summaries = perThousand(text, ev.summaryWords);
      if (byTitle === 'summary' && summaries === 0 && plans >= OVERRULE_VOTES)
        return { kind: 'plan', because: `the title says summary but the text only sets out work ahead` };
      if (byTitle === 'plan' && plans === 0 && summaries >= OVERRULE_VOTES)
        return { kind: 'summary', because: `the title says plan but the text only reports work done` };
      return { kind: byTitle, because: `the title says "${named.word}"` };
    }
  }
  return bodyKind(text, ev) ?? { kind: 'other', because: 'neither the title nor the text says plan or summary' };
}

/** The most specific period the title names, else the opening. */
export function documentPeriod(title: string | null, text: string): string | null {
  for (const source of [title ?? '', text.slice(0, 120)]) {
    const period = periodNamed(source);
    if (period) return period;
  }
  return title && isYearTitle(title) ? '年度' : null;
}
