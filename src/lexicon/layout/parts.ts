// Part markers of a compilation (issue 16): how 范文 pages number the documents they gather. The patterns are
// data (data/parts.json); the splitter and the stages that clean a part's title ask here.
import { loadPatterns, patternIn } from './patterns.ts';

const parts = loadPatterns('parts', true);

const PART_MARKER = patternIn(parts, 'part-marker');
const HIDDEN_TEXT_GAP = patternIn(parts, 'hidden-text-gap');
const MARKER_LINE = patternIn(parts, 'marker-line');
const DATED_HEADLINE = patternIn(parts, 'dated-headline');
const READ_MORE_END = patternIn(parts, 'read-more-end');
const READ_MORE_GLUED = patternIn(parts, 'read-more-glued');
const HIDDEN_TEXT_GAP_LINE = new RegExp(`^${HIDDEN_TEXT_GAP.source}$`, 'u');
const HIDDEN_TEXT_GAP_ANYWHERE = new RegExp(HIDDEN_TEXT_GAP.source, 'gu');
const NUMBERED_PART = patternIn(parts, 'numbered-part');
const BRACKETED_NUMERAL = patternIn(parts, 'bracketed-numeral');
const NUMBERED_TITLE = patternIn(parts, 'numbered-title');
const ORDINAL_SUFFIX = patternIn(parts, 'ordinal-suffix');
const TRAILING_COUNTER = patternIn(parts, 'trailing-counter');
const OPENS_DOCUMENT = patternIn(parts, 'opens-document');
const NUMBERED_PART_LEAD = patternIn(parts, 'numbered-part-lead');
const PART_MARKER_LEAD = patternIn(parts, 'part-marker-lead');
const SALUTATION = patternIn(parts, 'salutation');
const PART_MENTION = patternIn(parts, 'part-mention');

/** "工会工作计划 篇1", "【篇1】", "篇一：标题", "…范文（二）：": groups 1 the title before, 2 the part word (篇, 范文 …),
 * 3 the number, 4 the text after. */
export function readPartMarker(line: string): RegExpExecArray | null {
  return PART_MARKER.exec(line);
}

/** "第一篇：标题": groups 1 the number, 2 the title after. */
export function readNumberedPart(line: string): RegExpExecArray | null {
  return NUMBERED_PART.exec(line);
}

/** "【二】乡镇学校教代会总结": groups 1 the number, 2 what follows (a title, when it numbers a part). */
export function readBracketedNumeral(line: string): RegExpExecArray | null {
  return BRACKETED_NUMERAL.exec(line);
}

/** Whether a line is a part marker of either form (篇N or 第N篇). */
export function isPartMarker(line: string): boolean {
  return NUMBERED_PART.test(line) || PART_MARKER.test(line);
}

/** "小学工会下半年计划3": groups 1 the stem, 2 the number. */
export function readNumberedTitle(line: string): RegExpExecArray | null {
  return NUMBERED_TITLE.exec(line);
}

/** "…参考范本(二)": groups 1 the title, 2 the ordinal. */
export function readOrdinalSuffix(line: string): RegExpExecArray | null {
  return ORDINAL_SUFFIX.exec(line);
}

/** "…方案范文 第1篇", "…计划第2页": group 1 the title before the page's counter. */
export function readTrailingCounter(line: string): RegExpExecArray | null {
  return TRAILING_COUNTER.exec(line);
}

/** Whether a line opens a new document's text (指导思想, 一年来, 本学期 …). */
export function opensDocumentText(line: string): boolean {
  return OPENS_DOCUMENT.test(line);
}

/** A title without its 第N篇： lead ("第二篇：实验小学工会工作计划" → "实验小学工会工作计划"). */
export function withoutPartLead(title: string): string {
  return title.replace(NUMBERED_PART_LEAD, '');
}

/** Whether a line opens with a part marker and a colon ("篇1:", "【篇2】："), as a teaser of another part does. */
export function opensWithPartMarker(line: string): boolean {
  return PART_MARKER_LEAD.test(line);
}

/** Whether a line addresses the readers of a letter or speech ("全校女教职工们："): a document opens with it. */
export function isSalutation(line: string): boolean {
  return SALUTATION.test(line);
}

/** Whether a line names a part or a count of parts anywhere in it ("【篇2】", "第三篇", "…范文5篇"). */
export function mentionsPart(line: string): boolean {
  return PART_MENTION.test(line);
}

/** The number of characters a page says it hid, when the whole line is that notice ("…… 此处已隐藏9705字 ……"). */
export function readHiddenTextGap(line: string): number | null {
  const m = HIDDEN_TEXT_GAP_LINE.exec(line.trim());
  return m ? Number(m[1]) : null;
}

/**
 * Whether a whole-line hidden-text notice says how to see the rest (…此处隐藏500字,下载文档可见…): a 文库 preview of
 * one file hides the middle of that one document, so the gap joins no two documents.
 */
export function isHiddenGapInOneFile(line: string): boolean {
  return HIDDEN_TEXT_GAP_LINE.exec(line.trim())?.[2] !== undefined;
}

/** A line with hidden-text notices inside it, cut so that each notice stands on a line of its own. */
export function isolateHiddenTextGaps(line: string): string[] {
  if (!line.includes('隐藏') && !line.includes('省略')) return [line];
  const pieces: string[] = [];
  let from = 0;
  for (const m of line.matchAll(HIDDEN_TEXT_GAP_ANYWHERE)) {
    pieces.push(line.slice(from, m.index), m[0].trim());
    from = m.index + m[0].length;
  }
  pieces.push(line.slice(from));
  return pieces.filter((p, k) => p.trim() !== '' || k % 2 === 1);
}

/** A line that is only a part marker: the part's title written before the marker ('' when none), else null. */
export function readMarkerLine(line: string): string | null {
  const m = MARKER_LINE.exec(line.trim());
  return m ? (m[1] ?? '').trim() : null;
}

/** A post's dated headline in an archive list ("2026-01-30〔会务消息〕…"): the headline, else null. */
export function readDatedHeadline(line: string): string | null {
  const m = DATED_HEADLINE.exec(line);
  return m ? m[2]!.trim() : null;
}

/** Whether a line is a news list's link to the full article (阅读全文, 《阅读更多》): the end of a teaser. */
export function isReadMoreEnd(line: string): boolean {
  return READ_MORE_END.test(line);
}

/** Where a line ends a document without starting one: a notice of hidden text or a read-more link. */
export function isDocumentEndLine(line: string): boolean {
  return readHiddenTextGap(line) !== null || isReadMoreEnd(line);
}

/** A line cut so that notices of hidden text and a read-more link glued to a teaser stand on lines of their own. */
export function isolateDocumentEnds(line: string): string[] {
  const pieces = isolateHiddenTextGaps(line);
  const last = pieces.at(-1)!;
  const m = READ_MORE_GLUED.exec(last);
  if (!m || last.slice(0, m.index).trim() === '') return pieces;
  return [...pieces.slice(0, -1), last.slice(0, m.index) + m[1]!, m[2]!];
}
