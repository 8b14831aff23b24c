// How Chinese work plans and summaries are laid out: the markers that open headings, list items and
// schedule months (with their numbers), and what a document title looks like. Page-break joining,
// re-paragraphing, the compilation splitter and the metadata stage all read text through these.

import { MONTH_RANGE_SEPARATOR, TITLE_WORD } from './layout/layout-grammar.ts';
import { chineseNumber } from './layout/numbers.ts';

// One number reader for every stage: the layout grammar's (re-exported for the stages that import it here).
export { chineseNumber };

export type MarkerKind = 'section' | 'subsection' | 'item' | 'paren-item' | 'circled' | 'month';

export interface Marker {
  kind: MarkerKind;
  /** 1-based number (二 → 2, ③ → 3); null for month headers and anonymised numbers ("_月份"). */
  number: number | null;
  /** The marker text itself ("二、", "(3)", "七、八月份："). */
  text: string;
}

const CN = '[一二三四五六七八九十]{1,3}';
const MONTH_NUMBER = `(?:${CN}|\\d{1,2}|_+|[xX]{1,2})`;
// "三月份：", "_月份:", "七、八月份：", "9月:", "十一月份" (alone on its line), "三月：三八节活动"
const MONTH = new RegExp(
  `^(${MONTH_NUMBER}(?:\\s*(?:月份?)?\\s*(?:[、和]|${MONTH_RANGE_SEPARATOR})\\s*(?:次年|翌年)?${MONTH_NUMBER})*\\s*月份?)\\s*(?:[:：]|$)`,
  'u',
);
const SECTION = new RegExp(`^(${CN})\\s*[、.．]`, 'u');
const SUBSECTION = new RegExp(`^[（(]\\s*(${CN})\\s*[)）]`, 'u');
const ITEM = /^(\d{1,2})\s*[、.．](?!\d)/u;
const PAREN_ITEM = /^(?:[（(]\s*(\d{1,2})\s*[)）]|(\d{1,2})[)）])/u;
const CIRCLED = /^[\u2460-\u2473\u2474-\u2487\u2488-\u249b]/u;

function circledNumber(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x2474 && c <= 0x2487) return c - 0x2474 + 1;
  return c - 0x2488 + 1;
}

/** The marker at the start of `text`, if any. Month headers win over section markers (七、八月份：). */
export function markerAt(text: string): Marker | null {
  let m = MONTH.exec(text);
  if (m) return { kind: 'month', number: null, text: m[0] };
  m = SECTION.exec(text);
  if (m) return { kind: 'section', number: chineseNumber(m[1]!), text: m[0] };
  m = SUBSECTION.exec(text);
  if (m) return { kind: 'subsection', number: chineseNumber(m[1]!), text: m[0] };
  m = PAREN_ITEM.exec(text);
  if (m) return { kind: 'paren-item', number: Number(m[1] ?? m[2]), text: m[0] };
  m = ITEM.exec(text);
  if (m) return { kind: 'item', number: Number(m[1]), text: m[0] };
  m = CIRCLED.exec(text);
  if (m) return { kind: 'circled', number: circledNumber(m[0]), text: m[0] };
  return null;
}

/** A line that opens with a heading, item or month marker. */
export function startsWithMarker(line: string): boolean {
  return markerAt(line.trimStart()) !== null;
}

/** Words a plan or summary's title ends with (its kind), possibly followed by 范本/模板 and a number. */
export const TITLE_KIND = `(?:工作)?${TITLE_WORD}(?:书)?`;
const TITLE_TAIL =
  '(?:[(（][^()（）]{1,8}[)）])?(?:参考)?(?:范本|范文|模板|样本|材料)?(?:[(（][^()（）]{1,8}[)）])?(?:\\s*\\d{1,2})?';
const TITLE_LINE = new RegExp(`^(?!.*[。；！？，,;])(.{2,60}?)${TITLE_KIND}${TITLE_TAIL}$`, 'u');
/** A title names its organisation, its year, or the union. */
const TITLE_SUBJECT =
  /工会|教代会|职代会|学校|小学|中学|中心校|学区|幼儿园|学院|大学|教育|职工|\d{4}|20[xX_]{2}|[一二三四五六七八九〇零]{4}年/u;

/** A line that reads as a document title ("祖杰小学工会2009年度工作总结", "小学工会下半年计划3"). */
export function isTitleLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 4 || t.length > 70 || startsWithMarker(t)) return false;
  return TITLE_LINE.test(t) && TITLE_SUBJECT.test(t);
}
