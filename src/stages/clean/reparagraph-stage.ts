// clean.reparagraph: preview and copy-paste pages flatten a document into a few run-on lines ("一、指导
// 思想在学校党支部领导下，…。二、主要工作目标任务1、配合学校…2、…"). Classification and activity extraction
// work on paragraphs, so each heading, numbered item and schedule month is put back on its own line. A marker
// inside a line is taken as one only where a list can continue: after a sentence end, as the next number of
// its series, or right after a short heading; "第1、2名", "1.5倍", "3、4月" and "一、二年级" stay as they are.
// Also drops U+FFFD replacement characters, left where a page cut a multibyte character.
import { z } from 'zod';
import { isTimeFieldLead } from '../../lexicon/layout/dates.ts';
import { type Marker, type MarkerKind, readMarker } from '../../lexicon/layout/markers.ts';
import { isTitleLine } from '../../lexicon/plan-structure.ts';
import { loadRuleFile, ruleList, RuleId, ruleTerm, Why } from '../../lexicon/rule-file.ts';
import { defineSourceStage } from '../../model/stage.ts';
import { cutGluedFurniture } from './glued-furniture.ts';

const STRONG_END = new Set([...'。！？；：:;!?']);
const WEAK_END = new Set([...'，,、']);
const CLOSERS = new Set([...'”’」』）)】']);
const PUNCTUATION = /[。！？；：:;!?，,]/u;
/** Characters that make a number part of a range or an ordinal ("第1、2名", "至3、") or a compilation's part
 * number ("(篇1)"), not a marker. */
const NOT_BEFORE_MARKER = new Set([...'第至到和或及与~～-—篇']);
const CHINESE_DIGITS = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));
/** Can a marker start with this code unit: a digit, 一…十, an opening bracket, a blank (_ x X) or ①…⒛.
 * Asked at every position of a line, so a code comparison rather than a regex over a one-character string. */
function canStartMarker(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    c === 0x28 ||
    c === 0xff08 ||
    c === 0x5f ||
    c === 0x78 ||
    c === 0x58 ||
    (c >= 0x2460 && c <= 0x249b) ||
    CHINESE_DIGITS.has(c)
  );
}
/** A heading before a list is short and has no punctuation. */
const MAX_HEADING = 25;
const MAX_SECTION_HEADING = 32;
const SENTENCE_PUNCTUATION = /[。！？；：:;!?]/u;
const SENTENCE_ENDS = [...'。！？；'];
const MAX_TITLE = 50;
/** The body after a section name must run this long before its first punctuation to be split off. */
const MIN_GLUED_BODY = 6;

const HeadingTermsFile = z.strictObject({
  $comment: z.string().optional(),
  groups: ruleList(
    z.strictObject({ id: RuleId, why: Why, terms: z.array(ruleTerm(2, 'a section name has 2+ characters')).min(1) }),
  ).min(1),
});

export function loadHeadingTerms(file: URL | string = new URL('./data/heading-terms.json', import.meta.url)): string[] {
  const terms = loadRuleFile(file, HeadingTermsFile).groups.flatMap((g) => g.terms);
  // Longest first, so 主要工作内容 wins over 主要工作.
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

/** The last number seen for each kind of marker; a higher-level marker restarts the lower ones. */
class MarkerState {
  private last = new Map<MarkerKind, { level: number; number: number }>();
  get(kind: MarkerKind): number | undefined {
    return this.last.get(kind)?.number;
  }
  see(marker: Marker): void {
    for (const [kind, seen] of this.last) if (seen.level > marker.level) this.last.delete(kind);
    if (marker.number !== null) this.last.set(marker.kind, { level: marker.level, number: marker.number });
  }
}

/** Plans number their schedules by month, so month headers are markers here too. */
const markerAt = (text: string): Marker | null => readMarker(text, { months: true });

export interface Reparagraphing {
  text: string;
  splits: number;
  examples: string[];
  replacementChars: number;
}

function continuesSeries(marker: Marker, state: MarkerState): boolean {
  const last = state.get(marker.kind);
  if (marker.number === null) return true;
  return last === undefined ? marker.number === 1 : marker.number === last + 1 || marker.number === 1;
}

/** Splits one run-on line at its markers. */
function splitLine(line: string, state: MarkerState, headingTerms: string[]): string[] {
  const atStart = markerAt(line);
  if (atStart) state.see(atStart);
  const cuts: number[] = [];
  let segmentStart = 0;
  let markerEnd = atStart ? atStart.text.length : 0;
  let segmentMarker: Marker | null = atStart;
  // Nothing inside the line's own opening marker starts another ("十一、十二月份：" is one month span).
  for (let p = Math.max(1, markerEnd); p < line.length; p++) {
    if (!canStartMarker(line.charCodeAt(p))) continue;
    const marker = markerAt(line.slice(p));
    if (!marker) continue;
    const prev = line[p - 1]!;
    if (NOT_BEFORE_MARKER.has(prev) || /[0-9A-Za-z_]/.test(prev)) continue;
    // "2025年8月", "今年 9月": a date, not a month heading after a short line.
    if (marker.kind === 'month' && line.slice(segmentStart, p).trimEnd().endsWith('年')) continue;
    // "十一月份" is one number, not "十" followed by a month.
    if (/[一二三四五六七八九十]/u.test(prev) && /^[一二三四五六七八九十]/u.test(marker.text)) continue;
    const next = line[p + marker.text.length];
    // "一、二年级", "三、四月份": a range of numbers, not a heading.
    if (
      marker.kind === 'section' &&
      next !== undefined &&
      /[一二三四五六七八九十]/u.test(next) &&
      !markerAt(line.slice(p + marker.text.length))
    )
      continue;
    if (marker.kind !== 'month' && next !== undefined && /[0-9]/.test(next) && marker.kind !== 'paren-item') continue;
    // A page saved as one line may keep a space between a sentence end and the next item ("…作贡献。 一、学习…
    // 。 1、进一步…"): the sentence end still ends the item before. Only spaces are skipped (the line has no breaks).
    let solid = p - 1;
    while (solid > segmentStart && (line[solid] === ' ' || line[solid] === '\u3000')) solid--;
    const end = solid < p - 1 ? line[solid]! : prev;
    const strong = STRONG_END.has(end) || (CLOSERS.has(end) && STRONG_END.has(line[solid - 1] ?? ''));
    const weak = WEAK_END.has(prev);
    // The text since the last marker (or the line start): a short heading when it has no punctuation.
    const since = line.slice(markerEnd, p);
    // After a section or subsection marker the heading may hold commas (（四）开辟学习宣传阵地,加强工会宣传工作).
    const inSection =
      segmentMarker !== null && (segmentMarker.kind === 'section' || segmentMarker.kind === 'subsection');
    const afterHeading =
      (since.length <= MAX_HEADING && !PUNCTUATION.test(since)) ||
      (inSection && since.length <= MAX_SECTION_HEADING && !SENTENCE_PUNCTUATION.test(since));
    // A title between the last sentence end and a restarted numbering (…归档工作。XX计划(二)一.指导思想).
    let lastEnd = -1;
    for (const c of SENTENCE_ENDS) lastEnd = Math.max(lastEnd, line.lastIndexOf(c, p - 1));
    const titleBefore = lastEnd >= segmentStart ? line.slice(lastEnd + 1, p) : line.slice(segmentStart, p);
    const restart =
      (marker.number === 1 || marker.kind === 'month') &&
      titleBefore.length >= 4 &&
      titleBefore.length <= MAX_TITLE &&
      !PUNCTUATION.test(titleBefore) &&
      (isTitleLine(titleBefore) || lastEnd < segmentStart);
    let accept = false;
    if (marker.kind === 'month') accept = strong || afterHeading || restart;
    else if (strong)
      accept =
        continuesSeries(marker, state) ||
        (marker.number !== null && marker.number <= (state.get(marker.kind) ?? 0) + 2);
    else if (weak)
      accept = marker.number !== null && marker.number === (state.get(marker.kind) ?? -1) + 1 && marker.number > 1;
    else if (afterHeading && marker.number !== null) accept = continuesSeries(marker, state);
    else if (restart) accept = true;
    else if (marker.kind === 'paren-item' || marker.kind === 'circled')
      accept = marker.number === (state.get(marker.kind) ?? -1) + 1;
    if (!accept) continue;
    if (restart && !afterHeading && !strong && lastEnd >= segmentStart) cuts.push(lastEnd + 1);
    else if (restart && !strong && lastEnd < segmentStart && p - titleBefore.length > segmentStart)
      cuts.push(p - titleBefore.length);
    cuts.push(p);
    state.see(marker);
    segmentStart = p;
    segmentMarker = marker;
    markerEnd = p + marker.text.length;
    p = markerEnd - 1;
  }
  const pieces: string[] = [];
  let from = 0;
  for (const c of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (c > from) pieces.push(line.slice(from, c));
    from = c;
  }
  pieces.push(line.slice(from));
  return pieces
    .flatMap((piece) => splitHeadingFromBody(piece, headingTerms))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Whether a space parts one date, not a heading from its body: a number from its unit (108 年), or a range word
 * from the range's end (至 1月21日). */
function dateAcrossSpace(before: string, after: string): boolean {
  const last = before.slice(-1);
  const rest = after.trimStart();
  return (/[0-9]/.test(last) && /^[年月日号]/.test(rest)) || (NOT_BEFORE_MARKER.has(last) && /^[0-9]/.test(rest));
}
/** A heading cut at a space holds at least this many characters. */
const MIN_SPACED_HEADING = 4;

/** "一、指导思想在学校党支部领导下，…" → "一、指导思想" + "在学校…"; "四、开展文体活动 开展丰富…" at the space. */
function splitHeadingFromBody(segment: string, headingTerms: string[]): string[] {
  const marker = markerAt(segment);
  if (!marker || (marker.kind !== 'section' && marker.kind !== 'subsection')) return [segment];
  const rest = segment.slice(marker.text.length).trimStart();
  const head = segment.slice(0, segment.length - rest.length);
  for (const term of headingTerms) {
    if (!rest.startsWith(term)) continue;
    let body = rest.slice(term.length);
    let name = term;
    if (/^[:：]/.test(body)) {
      name += body[0];
      body = body.slice(1);
    }
    // "二、工作重点及方法措施": a name joined to more of itself by 及/与/和 is one heading.
    if (/^[及与和]\p{Script=Han}/u.test(body)) return [segment];
    const firstClause = body.split(PUNCTUATION)[0] ?? '';
    if (/^\p{Script=Han}/u.test(body) && firstClause.length >= MIN_GLUED_BODY) return [head + name, body];
    return [segment];
  }
  const space = rest.indexOf(' ');
  // A heading names its work (开展文体活动); a verb alone before the space (一、举办 “十一”网球赛) is the item's,
  // and a date written with spaces ("会议时间:108 年 05 月", "12月22日至 1月21日") is one.
  // A time field's label is no heading: "一、 比赛时间: 11月 17日(周三)" cut at its space would part the event's date
  // from what it times (the line is the activity, label and all).
  if (
    space >= MIN_SPACED_HEADING &&
    !dateAcrossSpace(rest.slice(0, space), rest.slice(space + 1)) &&
    !isTimeFieldLead(head + rest.slice(0, space + 1)) &&
    space <= MAX_HEADING &&
    !/[。；]/.test(rest.slice(0, space)) &&
    rest.length - space > 10
  ) {
    return [head + rest.slice(0, space), rest.slice(space + 1)];
  }
  return [segment];
}

export function reparagraph(text: string, headingTerms: string[]): Reparagraphing {
  const replacementChars = (text.match(/\ufffd/g) ?? []).length;
  const clean = replacementChars ? text.replace(/\ufffd/g, '') : text;
  const state = new MarkerState();
  let splits = 0;
  const examples: string[] = [];
  const lines = clean.split('\n').flatMap((whole) => {
    const glued = cutGluedFurniture(whole);
    const pieces = glued.flatMap((line) => splitLine(line, state, headingTerms));
    if (pieces.length > 1) {
      splits += pieces.length - 1;
      if (examples.length < 3)
        examples.push(
          pieces
            .slice(0, 3)
            .map((p) => p.slice(0, 12))
            .join(' ⏎ '),
        );
    }
    return pieces.length ? pieces : [''];
  });
  return { text: lines.join('\n'), splits, examples, replacementChars };
}

export const reparagraphStage = defineSourceStage({
  name: 'clean.reparagraph',
  // 5: a marker after a sentence end and a space ("…。 一、…", a page saved as one line) is after a sentence end.
  version: 5,
  description: 'Put each heading, numbered item and schedule month of a run-on line on its own line; drop U+FFFD.',
  options: z.strictObject({}),
  create: () => {
    const terms = loadHeadingTerms();
    return (item, ctx) => {
      const result = reparagraph(item.text, terms);
      if (result.replacementChars) {
        ctx.note({
          rule: 'reparagraph.replacement-char',
          level: 'warn',
          reason: `${result.replacementChars} U+FFFD replacement characters removed (a page cut a multibyte character there)`,
        });
      }
      if (result.splits) {
        ctx.note({
          rule: 'reparagraph.split',
          reason: `${result.splits} headings, items or months split onto their own lines (e.g. ${result.examples.join('; ')})`,
        });
      }
      return result.text === item.text ? item : { ...item, text: result.text };
    };
  },
});
