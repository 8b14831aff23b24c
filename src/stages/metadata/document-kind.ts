// Plan, summary or other — and the period a document covers. The text's own words outrank its title:
// compilations file summaries under "工作计划" ("现将半年来的工会工作总结如下" is a summary whatever the title).
import { readClauseLead } from '../../lexicon/layout/leads.ts';
import { readMarker } from '../../lexicon/layout/markers.ts';
import { isSalutation } from '../../lexicon/layout/parts.ts';
import { isRulesTitle, isYearTitle, periodNamed, readSubtitleLine, titleKind } from '../../lexicon/layout/titles.ts';
import type { DocumentKind } from '../../model/items.ts';
import { headlineWords, type KindEvidence, loadKindEvidence, perThousand } from './kind-evidence.ts';

const OPENING = 400;

export interface KindDecision {
  kind: DocumentKind;
  because: string;
  /** A notice or call (not news): the year its opening states is its own (…拟定于2015年4月召开). */
  notice?: true;
  /** A rule by its title (…工作制度, …条例), no news: the year its opening states (2022年1月修订) is its own. */
  rule?: true;
  /** A report whose event is dated below its lead's first sentence: its text from that sentence on (its year's). */
  eventLead?: string;
  /** Other only because neither its title nor its text names a kind (no news, notice or rule either): a page that
   * says what it holds (a 范文 site's intro) may still give it one. */
  unsaid?: true;
}

/** The body's vote decides only where it has this many words per thousand characters to go on… */
const MIN_VOTES = 2;
/** …and it overrules a title only when the title's kind gets no vote at all and the other kind this many… */
const OVERRULE_VOTES = 10;
/**
 * …except a 计划 title over work done: compilations file summaries under 计划, so there the text's past (开展了,
 * 发放, 取得) overrules when it has this many words and twice the plan's. Summary titles are not so misused: a
 * summary's closing plan for next year may outvote its past and still be a summary.
 */
const PAST_OVER_PLAN_TITLE = 6;
/** A text titled by a rule is the rule when its binding words, this many times over, match its plan words. */
const RULE_OVER_PLAN = 2;

/** The text after the site lines above its first sentence (kind-evidence.json publishLines), at most four. */
function withoutPublishLines(text: string, ev: KindEvidence): string {
  const lines = text.trimStart().split('\n');
  let i = 0;
  while (i < Math.min(lines.length - 1, 4) && (!lines[i]!.trim() || ev.publishLines.some((re) => re.test(lines[i]!))))
    i++;
  return lines.slice(i).join('\n').trimStart();
}

/** A report's desk line (本报讯 …) may stand below its headline and a newsletter's issue line: at most this many. */
const DESK_HEAD_LINES = 3;
/** Each of them short and no sentence. */
const DESK_HEAD_LINE = 45;

/** The desk or byline a line opens with (本报讯, (通讯员 …)), or null. */
function newsLeadOf(line: string, ev: KindEvidence): string | null {
  for (const re of ev.newsLeads) {
    const m = re.exec(line);
    if (m && m[0].trim()) return m[0];
  }
  return null;
}

/**
 * A desk line below a few short lines (a newsletter's issue line, the headline: 第364期 / 30位女教工获评… / ●本报讯 …):
 * the line right above the desk is the report's headline, whatever its words. Null when the text does not open so.
 */
function deskBelowHeadLines(opening: string, ev: KindEvidence): { headline: string; rest: string } | null {
  // Walked line by line from the top, never split whole: every reading of a text's opening comes through here.
  let headline: string | null = null;
  let heads = 0;
  for (let at = 0; heads <= DESK_HEAD_LINES;) {
    const nl = opening.indexOf('\n', at);
    const line = opening.slice(at, nl < 0 ? undefined : nl).trim();
    if (line) {
      // The desk opens the report's first paragraph (本报讯 近日，…), not a short line (…会讯导读 names a newsletter).
      if (headline !== null && newsLeadOf(line, ev) && /[，,。]/u.test(line))
        return { headline, rest: opening.slice(at) };
      if (line.length > DESK_HEAD_LINE || /[。！？；;]/u.test(line)) return null;
      headline = line;
      heads++;
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  return null;
}

/** Where a text's first sentence starts: after publish lines and a news desk or byline (本报讯(通讯员 …)),
 * with the desk or byline found (null when none), and the headline the desk stood under (null when none). */
export function openingSentence(
  text: string,
  ev: KindEvidence = loadKindEvidence(),
): { opening: string; lead: string | null; headline: string | null } {
  let opening = withoutPublishLines(text, ev);
  const desk = deskBelowHeadLines(opening, ev);
  if (desk) opening = desk.rest.trimStart();
  let lead: string | null = null;
  for (const re of ev.newsLeads) {
    const m = re.exec(opening);
    if (m && m[0].trim()) {
      lead ??= m[0].trim();
      opening = opening.slice(m[0].length);
    }
  }
  return { opening, lead, headline: desk?.headline ?? null };
}

/** The text is news: it opens with a desk or byline, or reports one past event on its day (4月6日上午，校工会召开…). */
export function reportsNews(text: string, ev: KindEvidence = loadKindEvidence()): string | null {
  const { opening, lead } = openingSentence(text, ev);
  if (lead) return lead;
  // A headline left in the text (no title was split off) may stand on its lines above the report's first sentence.
  for (const start of [opening, belowHeadlineLines(opening)]) {
    for (const re of ev.newsReports) {
      const m = re.exec(start);
      if (m) return m[0];
    }
  }
  return null;
}

/**
 * A headline's lines and its slogans' (选举结果揭晓 本会代表高票当选, 扬帆再启航 / 奋进新征程): words and spaces only,
 * no sentence punctuation.
 */
const HEADLINE_LINE = /^[\p{Script=Han}\s]{2,24}$/u;
/** How many headline lines (a headline and its slogan) may stand above a report's first sentence. */
const HEADLINE_LINES = 2;

/**
 * A report's headline block may be longer: a headline, who posted it and when, and a column of slogans
 * (春风暖、谋新篇! / 某某工会 2023-03-25 / 实干开新局 建功新时代 / … / 这场会议告诉你——), each line short and no
 * sentence, over the first paragraph of prose. At most this many such lines…
 */
const HEADLINE_BLOCK_LINES = 10;
const HEADLINE_BLOCK_LINE = /^[^。；;]{1,30}$/u;
/** …at least this many (a headline alone, or with one slogan, is read by the two-line rule above)… */
const HEADLINE_BLOCK_MIN = 3;
/** …and the paragraph below them must be prose this long. */
const PROSE_PARAGRAPH = 40;

/** The text after the headline lines it opens with (the text itself when it opens with none). */
export function belowHeadlineLines(text: string): string {
  const lines = text.split('\n');
  let i = 0;
  while (i < Math.min(HEADLINE_LINES, lines.length - 1) && HEADLINE_LINE.test(lines[i]!.trim())) i++;
  if (i === 0 || i === HEADLINE_LINES) {
    // A longer block of short lines, when prose follows it; a numbered heading is the text's own, no headline.
    let j = 0;
    while (
      j < Math.min(HEADLINE_BLOCK_LINES, lines.length - 1) &&
      (!lines[j]!.trim() ||
        (HEADLINE_BLOCK_LINE.test(lines[j]!.trim()) && !readMarker(lines[j]!.trim(), { months: true, chapters: true })))
    )
      j++;
    const prose = lines[j]?.trim() ?? '';
    if (j >= HEADLINE_BLOCK_MIN && prose.length >= PROSE_PARAGRAPH && /[。]/u.test(prose)) i = j;
  }
  return lines.slice(i).join('\n').trimStart();
}

/** The text's lines, trimmed, without the empty ones. */
function nonEmptyLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l);
}

/**
 * An untitled page's text may still carry its headline among the short lines above its first paragraph of prose
 * (a column label, a browser warning, the headline, 来源:, 浏览量:): at most this many lines, each this short.
 */
const HEAD_LINES = 8;
const HEAD_LINE = 40;

/** A slogan line (kind-evidence.json sloganLines), or a quotation whose speaker's name stands alone below it. */
export function isSloganLine(line: string, next: string, ev: KindEvidence = loadKindEvidence()): boolean {
  if (ev.sloganLines.some((re) => re.test(line))) return true;
  // A quotation dates nothing: a line telling of a day (4月12日下午，…; 近日，…) is a report's lead, and what stands
  // below it a caption, not a speaker.
  if (/\d|近日|日前|近期/u.test(line)) return false;
  return /[。！!]$/u.test(line) && ev.quoteAttributions.some((re) => re.test(next)) && !headlineWords(next, ev);
}

/**
 * A headline among an untitled text's head lines that reads as news (致远幼儿园开展教职工代表大会), or null: the
 * metadata stage takes it as the title (document-title.ts), so it decides the kind and the year as a title does —
 * above what the text says of itself (a meeting's report may say 回顾…工作 of the work the meeting looked back on).
 */
export function headlineInText(text: string, ev: KindEvidence = loadKindEvidence()): string | null {
  const lines = nonEmptyLines(text).slice(0, HEAD_LINES + 1);
  for (const [i, line] of lines.slice(0, HEAD_LINES).entries()) {
    // A site's slogan, motto or quotation over the headline (a banner of mottos, a line in quotes, a leader's words
    // and his name below them, on the text's first line) is neither the headline nor the report's prose: the search
    // goes on below it.
    if (isSloganLine(line, i === 0 ? (lines[1] ?? '') : '', ev)) continue;
    // A couplet over a headline is its lead-in (凝心聚力 再创实效 / …交流会顺利召开): the headline is the line below.
    const below = lines[i + 1] ?? '';
    if (ev.leadIns.some((re) => re.test(line)) && below.length <= HEAD_LINE && headlineWords(below, ev)) continue;
    if (line.length > HEAD_LINE) break;
    // A headline has words and no clause or sentence in it; a plan's item line (开展…活动，精心打造…) has, a
    // site's stray mark (?) has no words.
    if (!/\p{Script=Han}{2}/u.test(line) || /[，,。；;！？]|\.$/u.test(line)) continue;
    if (readMarker(line, { months: true, chapters: true })) continue;
    if (headlineWords(line, ev)) return line;
  }
  return null;
}

/** A report's lead: its first paragraph is prose this long, with a sentence end… */
const LEAD_PARAGRAPH = 40;
/** …and one of its first sentences, at most this many in its first two paragraphs, dates the event it reports. */
const LEAD_SENTENCES = 3;
/** How many sentences of a report may date an event (its day, and a second day or a day it began). */
const EVENT_SENTENCES = 2;
/** A paragraph opening on a month (3月5日，…; 2023年4月…): a report has one, a chronicle of deeds or a schedule more. */
const DATED_PARAGRAPH = /^(?:(?:19|20)\d{2}年)?\d{1,2}月/u;

/**
 * The sentence of an untitled text's lead that dates one past event, or null. A report may open on its scene or
 * occasion (火红的五月，阳光普照。; 在三八节到来之际，工会策划了…活动。) and date its event in the next sentence or
 * paragraph (5月15日下午，校工会举办了…). A plan's or a summary's lead says what it is for and what it covers, and
 * dates its days in the items below; an excerpt that starts inside a plan's items opens on a heading or a dated
 * line, not on a paragraph of prose.
 */
export function datedEventInLead(
  text: string,
  ev: KindEvidence = loadKindEvidence(),
): { words: string; from: string } | null {
  const opening = openingSentence(text, ev).opening;
  // A line that ends no sentence (a headline left in the text, a byline field, a clip's 00:11) is none of the lead's
  // paragraphs: the lead is the report's prose.
  const paragraphs = nonEmptyLines(opening).filter((line) => /[。！？!?]/u.test(line));
  const first = paragraphs[0] ?? '';
  if (first.length < LEAD_PARAGRAPH || !/[。！]/u.test(first) || readMarker(first, { months: true, chapters: true }))
    return null;
  // A chronicle (a summary's or a schedule's paragraphs each opening on a month or a day, or its sentences each
  // dating a deed) dates many events; a report dates its one event, perhaps a second day of it.
  if (paragraphs.filter((p) => DATED_PARAGRAPH.test(p)).length >= 2) return null;
  const dated = opening
    .split(/[。！？!?\n]/u)
    .filter((sentence) => ev.eventSentences.some((re) => re.test(sentence.trim()))).length;
  if (dated > EVENT_SENTENCES) return null;
  // The second paragraph belongs to the lead unless it is a numbered item (a summary's 一、… under its preamble).
  const lead = readMarker(paragraphs[1] ?? '', { months: true, chapters: true }) ? [first] : paragraphs.slice(0, 2);
  const sentences = lead
    .flatMap((p) => p.split(/(?<=[。！？!?])/u))
    .map((s) => s.trim())
    .filter((s) => s)
    .slice(0, LEAD_SENTENCES);
  for (const sentence of sentences) {
    if (readMarker(sentence, { months: true, chapters: true })) continue;
    for (const re of ev.eventSentences) {
      const m = re.exec(sentence);
      if (m) return { words: m[0], from: opening.slice(opening.indexOf(sentence)) };
    }
  }
  return null;
}

/** A report's proceedings open one of its first paragraphs (会上，…): this many, below the opening one. */
const PROCEEDINGS_PARAGRAPHS = 4;

/** How one of an untitled text's first paragraphs opens on a meeting's floor (部署会上，…), or null. */
export function meetingProceedings(text: string, ev: KindEvidence = loadKindEvidence()): string | null {
  for (const paragraph of nonEmptyLines(text).slice(1, 1 + PROCEEDINGS_PARAGRAPHS)) {
    const at = ev.newsProceedings.find((re) => re.test(paragraph));
    if (at) return at.exec(paragraph)![0];
  }
  return null;
}

/**
 * An untitled text laid out in numbered items (this many lines open with a list number: 一、, (1), 2、) whose
 * sentences report deeds done is a summary, item by item; a news story tells its one event in prose.
 */
const NUMBERED_ITEMS = 2;
/** Sentences reporting a deed done must number this many, and outnumber those setting out work ahead… */
const DONE_SENTENCES = 2;

/**
 * …counted below the opening paragraph: a plan's opening may tell what came before it (我们迎来了…节日, 工会策划了
 * 一系列活动) and its items then say what will be done; a summary's items report, sentence by sentence, what was.
 */
function sentenceTense(text: string, ev: KindEvidence): { done: number; ahead: number; items: number } {
  const paragraphs = text.split('\n').filter((l) => l.trim());
  const items = paragraphs.filter((l) => readClauseLead(l.trim()) !== null).length;
  let done = 0;
  let ahead = 0;
  for (const sentence of paragraphs
    .slice(1)
    .join('\n')
    .split(/[。！？!?\n]/u)) {
    const isDone = ev.doneDeeds.some((re) => re.test(sentence));
    const isAhead = ev.planWordProbes.some((re) => re.test(sentence));
    if (isDone && !isAhead) done++;
    else if (isAhead && !isDone) ahead++;
  }
  return { done, ahead, items };
}

/** Plan or summary by the words the text is written in (null: too few to tell); news is other. */
function bodyKind(text: string, ev: KindEvidence): KindDecision | null {
  const opening = openingSentence(text, ev).opening.slice(0, 200);
  const news = ev.newsOpenings.find((re) => re.test(opening));
  if (news) return { kind: 'other', because: `the text opens as news: "${news.exec(opening)![0]}"` };
  const articles = ev.articleOpenings.find((re) => re.test(opening));
  if (articles) return { kind: 'other', because: `the text opens as a regulation: "${articles.exec(opening)![0]}"` };
  const tense = sentenceTense(text, ev);
  if (tense.items >= NUMBERED_ITEMS && tense.done >= DONE_SENTENCES && tense.done > tense.ahead)
    return {
      kind: 'summary',
      because: `its ${tense.items} numbered items report work done: ${tense.done} sentences below the opening tell deeds done, ${tense.ahead} work ahead`,
    };
  const plan = perThousand(text, ev.planWords);
  const summary = perThousand(text, ev.summaryWords);
  if (plan + summary < MIN_VOTES) return null;
  const votes = `${summary.toFixed(1)} summary and ${plan.toFixed(1)} plan words per 1000 characters`;
  return summary > 0 && summary > plan / 2
    ? { kind: 'summary', because: `the text reports work done: ${votes}` }
    : { kind: 'plan', because: `the text sets out work ahead: ${votes}` };
}

/**
 * What the opening says of itself ("现将…总结如下", "特制定本方案"), the statement it makes first: a plan may
 * later tell of a speech that will look back (…致辞，回顾过去一年…), a summary of the plan it closes with.
 */
function firstSaid(opening: string, ev: KindEvidence): KindDecision | null {
  let first: { at: number; kind: 'plan' | 'summary'; words: string } | null = null;
  for (const says of ev.says) {
    const m = says.pattern.exec(opening);
    if (m && (!first || m.index < first.at)) first = { at: m.index, kind: says.kind, words: m[0].trim() };
  }
  return first && { kind: first.kind, because: `the text says "${first.words}"` };
}

export function documentKind(
  title: string | null,
  text: string,
  ev: KindEvidence = loadKindEvidence(),
  /** The news dateline the page carried above the text, removed as site chrome (本报讯, 某某周报3月9日某地讯). */
  newsDateline: string | null = null,
  /** The newsroom credit the page carried below the text, removed as site chrome ((通讯员 …), (撰稿 … 审核 …)). */
  newsCredit: string | null = null,
): KindDecision {
  const headline = title ? headlineWords(title, ev) : null;
  if (headline) return { kind: 'other', because: `the title is a news or notice headline: "${title}"` };
  // A speech (开幕词, 闭幕词, 讲话) looks back on the year and forward to the next in a report's and a plan's words
  // alike: what it names itself, or how it opens at its meeting's close, decides before its words vote.
  const speech = speechNamed(title, text, ev);
  if (speech) return { kind: 'other', because: `the text is a speech: "${speech}"` };
  const subtitle = readSubtitleLine(text.split('\n', 1)[0]!);
  if (subtitle && ev.headlines.some((re) => re.test(subtitle)))
    return { kind: 'other', because: `the headline's subtitle reports news: "${subtitle}"` };
  const report = reportsNews(text, ev);
  if (report) return { kind: 'other', because: `the text opens as a report of one event: "${report}"` };
  // An untitled text whose lead dates one past event is a report of it, whatever it goes on to say: a report of a
  // meeting may tell of the past year its speakers looked back on (过去的一年…), of work ahead they announced.
  const event = title ? null : datedEventInLead(text, ev);
  if (event)
    return {
      kind: 'other',
      because: `the untitled text's lead dates one past event: "${event.words}"`,
      eventLead: event.from,
    };
  const said = firstSaid(text.slice(0, OPENING), ev);
  if (said) return said;
  if (title) {
    const named = titleKind(title);
    if (named) {
      const byTitle: DocumentKind = named.kind;
      // A plan filed under 汇报 that lists tasks ahead, or work done reported under a 计划 title.
      const plans = perThousand(text, ev.planWords);
      const summaries = perThousand(text, ev.summaryWords);
      if (byTitle === 'summary' && summaries === 0 && plans >= OVERRULE_VOTES)
        return { kind: 'plan', because: `the title says summary but the text only sets out work ahead` };
      if (byTitle === 'plan' && summaries >= PAST_OVER_PLAN_TITLE && summaries >= 2 * plans)
        return { kind: 'summary', because: `the title says plan but the text mostly reports work done` };
      return { kind: byTitle, because: `the title says "${named.word}"` };
    }
    // Plans and summaries name themselves in their titles; a titled text that names neither (a story, a notice,
    // a letter, an article) is other, however many 将 or 了 its words hold.
    // …except a rule's title (…工会工作制度): units file their year's work plan under it too, so the text may say
    // plan — a regulation says what it is in its opening (总则, 第一条, 制定本制度), and an article explaining the
    // rules reads like a report of deeds (…进行了规定, 明确了…) but is none: no summary is titled by a rule.
    if (isRulesTitle(title)) {
      const body = bodyKind(text, ev);
      // …but a text that binds (应, 不得) and fixes routines (每月…一次) as often as half its plan words is the rule.
      const binds = perThousand(text, ev.ruleWords);
      if (body?.kind === 'plan' && !(binds > 0 && binds * RULE_OVER_PLAN >= perThousand(text, ev.planWords)))
        return body;
      if (body?.kind === 'plan')
        return {
          kind: 'other',
          rule: true,
          because: `the title names a rule and the text binds as a rule does: ${binds.toFixed(1)} rule words per 1000 characters`,
        };
      return {
        kind: 'other',
        rule: true,
        because: `the title names a rule and the text sets out no plan of work: "${title}"`,
      };
    }
    // …except a plan whose title lost its kind word (a 范文 part titled by a fragment of its compilation's name,
    // …大队怎么写 under …大队工作计划怎么写) and whose text opens on a plan's first heading (一、指导思想).
    const laidOut = planOpening(text, ev);
    if (laidOut && title.trim())
      return { kind: 'plan', because: `the title names no kind but the text opens as a plan: "${laidOut}"` };
    if (title.trim())
      return {
        kind: 'other',
        because: `the title names no plan or summary and the text does not say it is one`,
        unsaid: true,
      };
  }
  // An untitled text under a news desk's dateline is a news report, whatever its sentences' tense (a title that
  // says plan or summary has decided above).
  if (newsDateline) return { kind: 'other', because: `the page dates the text as news: "${newsDateline}"` };
  // So is one the page credits to a newsroom's writer and reviewer (工会办 某某 审核 某某): every page of the splits
  // with such a credit is a news report, on 15 sites.
  if (newsCredit) return { kind: 'other', because: `the page credits the text as news: "${newsCredit}"` };
  // An untitled text that tells a meeting's proceedings is news too: a report of one event uses a plan's 将 and a
  // summary's 了 alike, so its words cannot vote. It ranks below what the text says of itself: a summary may tell
  // of the meeting it was given at (…会议。会上，…) and say 回顾…工作.
  const proceedings = meetingProceedings(text, ev);
  if (proceedings) return { kind: 'other', because: `a paragraph tells a meeting's proceedings: "${proceedings}"` };
  // An untitled call for proposals lists what to send in a plan's words (一、提案内容 …); its opening says what it
  // is. Only the untitled text is read this way: a titled plan may notify its members of what it sets out.
  const opening = openingSentence(text, ev).opening.slice(0, OPENING);
  const notice = ev.noticeOpenings.find((re) => re.test(opening));
  if (notice)
    return {
      kind: 'other',
      notice: true,
      because: `the text opens as a call for proposals: "${notice.exec(opening)![0]}"`,
    };
  // An untitled notice says so (现将有关事项通知如下, 特此通知) and names no plan or summary of itself: other, unless the
  // page's intro says what it holds (下面是…春游活动方案).
  const notifies = ev.noticeSays.find((re) => re.test(opening));
  if (notifies)
    return {
      kind: 'other',
      notice: true,
      unsaid: true,
      because: `the text says it is a notice: "${notifies.exec(opening)![0]}"`,
    };
  // So is one addressed to the units it goes to (各部门、各分工会：, 各工会小组：): a notice sets their tasks out in a
  // plan's words (将开展…, 请各…要…), so they cannot vote. A notice that sends a plan says so (具体方案如下) and the
  // words decide; a 范文 page's intro may still give it the kind it files it under.
  const addressed = ev.noticeAddresses.find((re) => re.test(opening));
  if (addressed && !SENDS_A_PLAN.test(opening))
    return {
      kind: 'other',
      notice: true,
      unsaid: true,
      because: `the untitled text is addressed to units as a notice: "${addressed.exec(opening)![0].trim()}"`,
    };
  const body = bodyKind(text, ev);
  // An untitled text in prose paragraphs alone (no numbered items, no headings) whose words barely vote tells of an
  // event, as news does (12月30日下午，活动拉开帷幕。…; 为丰富…，校工会于9月17日下午…办…比赛。): a plan or a
  // summary sets its work out item by item, and the 了 and 将 of a story's few sentences cannot tell which it is.
  // The day is read first: most texts name a period of work, which a single scan finds, before every line is parsed.
  const day = body && body.kind !== 'other' ? dayOfOneEvent(text) : null;
  if (day && inProseAlone(text))
    return { kind: 'other', because: `the untitled prose, with no items or headings, tells of its day: "${day}"` };
  // So does one whose lead tells, after its purpose, the one activity the union held (为丰富…，某工会开展了以…为主题的
  // 读书会活动。; …我校工会于某日组织全体女教职工进行了…比赛活动。), though it gives no day a scanner can read.
  const held = body && body.kind !== 'other' && !WORK_PERIOD.test(text) ? activityHeldInLead(text) : null;
  if (held && inProseAlone(text))
    return {
      kind: 'other',
      because: `the untitled prose, with no items or headings, tells of one activity held: "${held}"`,
    };
  if (body) return body;
  // Too few words to vote (an event plan set out in short fields: 一、活动主题：… 三、活动时间：…): its layout says.
  const laidOut = planOpening(text, ev);
  if (laidOut) return { kind: 'plan', because: `the text opens as a plan: "${laidOut}"` };
  return { kind: 'other', because: 'neither the title nor the text says plan or summary', unsaid: true };
}

/** What a notice says when it sends a plan to its units (具体方案如下, 活动安排如下): the plan's words then decide. */
const SENDS_A_PLAN = /(?:方案|计划|安排|要点)如下/u;

/** How many lines above a speech's address or first sentence may be its heading lines (a title, the speaker). */
const SPEECH_HEAD_LINES = 3;
/** A heading line is this short. */
const SPEECH_HEAD_LINE = 40;

/**
 * The words by which a text says it is a speech, or null: its title or a heading line above its first sentence
 * names the genre (…教代会开幕词, 学校教代会闭幕词1), or its first sentence, below the address, speaks at its
 * meeting's close (…就要胜利闭幕了). A report to the congress opens on the same address (各位代表：) and is a
 * summary: the address alone says nothing.
 */
function speechNamed(title: string | null, text: string, ev: KindEvidence): string | null {
  const named = (line: string) => ev.speechHeadings.find((re) => re.test(line)) && line;
  if (title && named(title.trim())) return title.trim();
  const lines = nonEmptyLines(text);
  let at = 0;
  for (; at < Math.min(SPEECH_HEAD_LINES, lines.length); at++) {
    const line = lines[at]!;
    if (isSalutation(line)) continue;
    if (line.length > SPEECH_HEAD_LINE || /[，,；;！？]|。(?!$)/u.test(line)) break;
    if (named(line)) return line;
  }
  const first = lines.slice(at).find((line) => !isSalutation(line)) ?? '';
  const closing = ev.speechOpenings.find((re) => re.test(first));
  return closing ? closing.exec(first)![0] : null;
}

/** A text of prose paragraphs only: no line opens with a list number, a heading's marker or a month's header. */
function inProseAlone(text: string): boolean {
  return nonEmptyLines(text).every(
    (line) => readClauseLead(line) === null && !readMarker(line, { months: true, chapters: true }),
  );
}

/** A day (9月17日, 近日; a festival's or an event's own day, 节日当天, 活动当天: zc017, l014, w009) in a text's first two
 * paragraphs… */
const EVENT_DAY = /(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*[日号]|近日|日前|(?:节日|活动)当天/u;
/** …of a text that names no period of work (a summary's 全年, 一年来, 本学期; a plan's 新学期, 年度). */
const WORK_PERIOD = /全年|一年来|年以来|今年以来|本学期|新学期|学年|年度|[上下]半年|以下几|如下/u;

/** A sentence that sets a day ahead (…于5月10日前报名, 校工会将于…, 拟定于…, 请…): a notice's or a plan's, no story's;
 * a guest invited (邀请, 聘请) or an application made (申请) is no request of the reader's. */
const DAY_SET_AHEAD = /前|将|拟|定于|计划|准备|(?<![邀聘申])请|要/u;

/** The past day an untitled text's lead tells of, when the text names no period of work, or null. */
function dayOfOneEvent(text: string): string | null {
  if (WORK_PERIOD.test(text)) return null;
  // Photo captions or a column label above the prose (拔河比赛一 / 拔河比赛二) are no paragraph of its lead.
  for (const sentence of nonEmptyLines(belowHeadlineLines(text))
    .slice(0, 2)
    .join('\n')
    .split(/[。！？!?\n]/u)) {
    const day = EVENT_DAY.exec(sentence);
    if (day) return DAY_SET_AHEAD.test(sentence.slice(day.index)) ? null : day[0];
  }
  return null;
}

/** A lead that states its purpose (in its sentence or one of its own) and then the one activity done for it, in the
 * past (开展了, 组织…进行了): a plan says 将, 拟, 特 there, a summary names many (各项, 系列) or its period. */
const ACTIVITY_HELD =
  /^为了?[^。！？\n]{2,160}?[，,。](?:(?!将|拟|计划|准备|要|特|如下|以下)[^。！？\n]){0,60}?(?:开展|举办|举行|组织|进行)了(?:(?!将|拟|计划|准备|要|如下|以下|各项|多项|系列)[^。！？\n]){0,50}?活动(?:[，,][^。！？\n]{0,30})?。/u;

/** How many of an untitled text's first sentences may be its lead (a quotation or a scene may come first). */
const HELD_LEAD_SENTENCES = 2;

/** The lead sentence of an untitled text telling of the one activity it held, or null. */
function activityHeldInLead(text: string): string | null {
  const sentences = nonEmptyLines(belowHeadlineLines(text))
    .slice(0, 2)
    .join('\n')
    .split(/(?<=[。！？])/u)
    .map((x) => x.trim())
    .filter((x) => x);
  // The purpose may be a sentence of its own, the activity told in the next (为丰富…生活。10月，我校组织了…活动。).
  for (let i = 0; i < Math.min(HELD_LEAD_SENTENCES, sentences.length); i++) {
    const m = ACTIVITY_HELD.exec(sentences.slice(i, i + 2).join(''));
    if (m) return m[0];
  }
  return null;
}

/** The plan's first heading the text opens on (一、指导思想, 一、活动主题：), or null. */
function planOpening(text: string, ev: KindEvidence): string | null {
  const first = nonEmptyLines(text)[0] ?? '';
  for (const re of ev.planOpenings) {
    const m = re.exec(first);
    if (m) return m[0].trim();
  }
  return null;
}

/** The most specific period the title names, else the opening. */
export function documentPeriod(title: string | null, text: string): string | null {
  for (const source of [title ?? '', text.slice(0, 120)]) {
    const period = periodNamed(source);
    if (period) return period;
  }
  return title && isYearTitle(title) ? '年度' : null;
}
