// Part markers of a compilation (issue 16): how 范文 pages number the documents they gather. The patterns are
// data (data/parts.json); the splitter and the stages that clean a part's title ask here.
import { loadPatterns, patternIn } from './patterns.ts';

const parts = loadPatterns('parts', true);

const PART_MARKER = patternIn(parts, 'part-marker');
const NUMBERED_PART = patternIn(parts, 'numbered-part');
const NUMBERED_TITLE = patternIn(parts, 'numbered-title');
const ORDINAL_SUFFIX = patternIn(parts, 'ordinal-suffix');
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
