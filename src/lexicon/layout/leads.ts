// The numbering a line or clause opens with, as the schedule and date readers ask about it inside running
// text (issue 16). The patterns are data (data/leads.json); each reader answers one question, and the
// entries differ on purpose in which numbering styles count there. markers.ts reads a whole line's marker
// with its level; these are the looser in-text forms.
import { loadPatterns, patternIn, sourceIn } from './patterns.ts';

const leads = loadPatterns('leads');

const CLAUSE_LEAD = patternIn(leads, 'clause-lead');
const HEADER_LEAD = patternIn(leads, 'header-lead');
const ITEM_AHEAD = patternIn(leads, 'item-ahead');
const OPENS_ITEM = patternIn(leads, 'opens-item');

/** A fresh scanner (flag g) for every item number a schedule block may hold, with its value in a named group
 * (ar, comma, par, circ, cn). Each caller keeps its own, since a g regex carries its position. */
export function itemNumberScanner(): RegExp {
  return patternIn(leads, 'item-scan', 'g');
}

/** The list number a clause opens with ("2、", "（三）", "①", "一、") with the spaces after it, or null. */
export function readClauseLead(text: string): string | null {
  return CLAUSE_LEAD.exec(text)?.[0] ?? null;
}

/** Whether `before` (the text before a month header at a paragraph's start) is nothing or one list number. */
export function isHeaderLead(before: string): boolean {
  return HEADER_LEAD.test(before);
}

/** Whether text opens with an item number ("1、", "(2)", "③"), as after a header that heads items. */
export function opensWithItemNumber(text: string): boolean {
  return ITEM_AHEAD.test(text);
}

/** Whether a schedule line opens with an item number, or a number run into its text ("3开展…"). */
export function opensWithListItem(text: string): boolean {
  return OPENS_ITEM.test(text);
}

/** The optional item number a week line of a term calendar opens with, as a source for the week pattern. */
export const WEEK_LINE_LEAD = sourceIn(leads, 'week-lead');

const CELL_ITEM_LEAD = patternIn(leads, 'cell-item-lead');

/** The item number a table cell opens with ("2、", "（2）", "一、") and the spaces after it; groups n, cn. */
export function readCellItemLead(cell: string): RegExpExecArray | null {
  return CELL_ITEM_LEAD.exec(cell);
}

const SECTION_LEAD = patternIn(leads, 'section-lead');

/** A section heading's number (二、, （二）, 第三部分, 第二篇, 篇2); groups cn and pcn hold a Chinese number. */
export function readSectionLead(line: string): RegExpExecArray | null {
  return SECTION_LEAD.exec(line);
}

/** A fresh scanner (flag g) for a sentence end followed by a section or part number (。三、, 。第二部分). */
export function sectionAfterSentenceScanner(): RegExp {
  return patternIn(leads, 'section-after-sentence', 'g');
}

const HEADING_OPENING = patternIn(leads, 'heading-opening');
const SECTION_NUMBER_OPENING = patternIn(leads, 'section-number-opening');
const BRACKET_ORDINAL = patternIn(leads, 'bracket-ordinal');

/** Whether a line opens as a numbered heading ("（三）", "(3)", "二、"). */
export function opensAsHeading(line: string): boolean {
  return HEADING_OPENING.test(line);
}

/** The section number a line opens with ("二、"), or null. */
export function readSectionNumberOpening(text: string): string | null {
  return SECTION_NUMBER_OPENING.exec(text)?.[0] ?? null;
}

/** Whether text is what stands inside a bracketed ordinal ("三", "12"). */
export function isBracketOrdinal(text: string): boolean {
  return BRACKET_ORDINAL.test(text);
}
