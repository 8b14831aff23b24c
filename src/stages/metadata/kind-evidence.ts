// The evidence a document's text gives of its kind (data/kind-evidence.json): phrases it uses of itself,
// news headlines and openings, and the words plans and summaries are written in.
import { z } from 'zod';
import { endsAsKindTitle } from '../../lexicon/layout/titles.ts';
import { loadRuleFile, ruleList, RuleId, rulePattern, Why } from '../../lexicon/rule-file.ts';

const Pattern = z.strictObject({ id: RuleId, why: Why, pattern: rulePattern({ flags: 'u' }) });
const EvidenceFile = z.strictObject({
  $comment: z.string().optional(),
  says: ruleList(
    z.strictObject({ id: RuleId, why: Why, kind: z.enum(['plan', 'summary']), pattern: rulePattern({ flags: 'u' }) }),
  ).min(1),
  headlines: ruleList(Pattern).min(1),
  headlineVerbs: ruleList(Pattern).min(1),
  speechHeadings: ruleList(Pattern).min(1),
  speechOpenings: ruleList(Pattern).min(1),
  publishLines: ruleList(Pattern).min(1),
  sloganLines: ruleList(Pattern.extend({ example: z.string() })).min(1),
  quoteAttributions: ruleList(Pattern.extend({ example: z.string() })).min(1),
  leadIns: ruleList(Pattern.extend({ example: z.string() })).min(1),
  newsLeads: ruleList(Pattern).min(1),
  newsReports: ruleList(Pattern).min(1),
  newsProceedings: ruleList(Pattern).min(1),
  eventSentences: ruleList(Pattern).min(1),
  newsOpenings: ruleList(Pattern).min(1),
  articleOpenings: ruleList(Pattern).min(1),
  noticeOpenings: ruleList(Pattern.extend({ example: z.string() })).min(1),
  noticeSays: ruleList(Pattern.extend({ example: z.string() })).min(1),
  noticeAddresses: ruleList(Pattern.extend({ example: z.string() })).min(1),
  planOpenings: ruleList(Pattern.extend({ example: z.string() })).min(1),
  planWords: ruleList(Pattern).min(1),
  summaryWords: ruleList(Pattern).min(1),
  ruleWords: ruleList(Pattern).min(1),
  doneDeeds: ruleList(Pattern).min(1),
});

export interface KindEvidence {
  says: Array<{ id: string; kind: 'plan' | 'summary'; pattern: RegExp }>;
  headlines: RegExp[];
  /** What a union did (召开, 开展, 慰问), named in a title: news unless the title ends as a plan's or summary's. */
  headlineVerbs: RegExp[];
  /** How a speech's title or a heading line above its address names its genre (…开幕词, 在…上的讲话). */
  speechHeadings: RegExp[];
  /** How a speech's first sentence speaks at its meeting's close (…就要胜利闭幕了). */
  speechOpenings: RegExp[];
  /** Site lines above a text's first sentence (a publish date, 作者:, 浏览:, an image path): not its opening. */
  publishLines: RegExp[];
  /** A site's banner, motto or slogan line above a headline (three phrases set apart by spaces, a line in quotes):
   * no report's prose and no headline. */
  sloganLines: RegExp[];
  /** A speaker's name alone under a quotation (——某某): the line above is a motto, not the report's prose. */
  quoteAttributions: RegExp[];
  /** A headline's lead-in line (a 4+4 couplet) over the headline itself: the line below is the headline. */
  leadIns: RegExp[];
  /** A desk or byline before a news report's first sentence (本报讯, (通讯员 …)). */
  newsLeads: RegExp[];
  /** An opening that reports one past event on its day: news whatever the title says. */
  newsReports: RegExp[];
  /** How an untitled meeting report opens one of its first paragraphs (会上，…): other, whatever its words. */
  newsProceedings: RegExp[];
  /** A sentence dating one past event (5月15日下午，校工会举办了…): one of an untitled text's first ones makes it news. */
  eventSentences: RegExp[];
  newsOpenings: RegExp[];
  /** How a regulation opens (总则, 第一条): other, when no title names the text. */
  articleOpenings: RegExp[];
  /** How a notice says what it is in its opening (现将有关事项通知如下): other, when no title names the text. */
  noticeOpenings: RegExp[];
  /** How any notice says it notifies (现将有关事项通知如下, 特此通知): other, naming no plan or summary of itself. */
  noticeSays: RegExp[];
  /** How a notice opens on the units it is sent to (各部门、各分工会：): other, when no title names the text. */
  noticeAddresses: RegExp[];
  /** How a plan's text opens on its first part's heading (一、指导思想, 一、活动主题：): a plan when the text's words
   * or its title do not say. */
  planOpenings: RegExp[];
  planWords: RegExp[];
  /** The plan words again without the global flag, to test one sentence at a time (compiled once, not per test). */
  planWordProbes: RegExp[];
  summaryWords: RegExp[];
  /** The words a regulation binds and fixes routines in (应, 不得, 每月): a text titled by a rule that uses them is one. */
  ruleWords: RegExp[];
  /** A sentence reporting a deed done (组织了, 收到了): an untitled text's sentences below its opening vote by them. */
  doneDeeds: RegExp[];
}

let bundled: KindEvidence | null = null;

function readEvidence(file: URL | string): KindEvidence {
  const data = loadRuleFile(file, EvidenceFile);
  const all = (rules: Array<{ pattern: string }>, flags = 'u') => rules.map((r) => new RegExp(r.pattern, flags));
  return {
    says: data.says.map((r) => ({ id: r.id, kind: r.kind, pattern: new RegExp(r.pattern, 'u') })),
    headlines: all(data.headlines),
    headlineVerbs: all(data.headlineVerbs),
    speechHeadings: all(data.speechHeadings),
    speechOpenings: all(data.speechOpenings),
    publishLines: all(data.publishLines),
    sloganLines: all(data.sloganLines),
    quoteAttributions: all(data.quoteAttributions),
    leadIns: all(data.leadIns),
    newsLeads: all(data.newsLeads),
    newsReports: all(data.newsReports),
    newsProceedings: all(data.newsProceedings),
    eventSentences: all(data.eventSentences),
    newsOpenings: all(data.newsOpenings),
    articleOpenings: all(data.articleOpenings),
    noticeOpenings: all(data.noticeOpenings),
    noticeSays: all(data.noticeSays),
    noticeAddresses: all(data.noticeAddresses),
    planOpenings: all(data.planOpenings),
    planWords: all(data.planWords, 'gu'),
    planWordProbes: all(data.planWords),
    summaryWords: all(data.summaryWords, 'gu'),
    ruleWords: all(data.ruleWords, 'gu'),
    doneDeeds: all(data.doneDeeds),
  };
}

/** The bundled evidence (read once), or the file given. */
export function loadKindEvidence(file?: URL | string): KindEvidence {
  if (file !== undefined) return readEvidence(file);
  return (bundled ??= readEvidence(new URL('./data/kind-evidence.json', import.meta.url)));
}

/** Matches of the patterns per thousand characters. */
export function perThousand(text: string, patterns: RegExp[]): number {
  let n = 0;
  for (const re of patterns) n += text.match(re)?.length ?? 0;
  return n / (Math.max(text.length, 200) / 1000);
}

/** The words that make a title a news or notice headline (…召开, 校工会开展…活动), or null. */
export function headlineWords(title: string, ev: KindEvidence): string | null {
  const t = title.trim();
  const ending = ev.headlines.find((re) => re.test(t));
  if (ending) return ending.exec(t)![0];
  if (endsAsKindTitle(t)) return null;
  const verb = ev.headlineVerbs.find((re) => re.test(t));
  return verb ? verb.exec(t)![0] : null;
}
