// What a document title looks like in Chinese work plans and summaries. Page-break joining, re-paragraphing,
// the compilation splitter and the metadata stage all read titles through these; the markers that open
// headings, list items and schedule months are read by the layout grammar (layout/markers.ts).

import { TITLE_WORD } from './layout/layout-grammar.ts';
import { readMarker } from './layout/markers.ts';
import { chineseNumber } from './layout/numbers.ts';

// One number reader for every stage: the layout grammar's (re-exported for the stages that import it here).
export { chineseNumber };

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
  if (t.length < 4 || t.length > 70 || readMarker(t, { months: true })) return false;
  return TITLE_LINE.test(t) && TITLE_SUBJECT.test(t);
}
