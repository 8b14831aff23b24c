// An event written as a heading with its own field lines below it ("二、健康知识讲座" / "1、时间：3月7日。" /
// "2、地点：…"; "（一）徒步健身活动" / "1.活动主题：…" / "3.活动时间：11月8日。") is one activity keyed by the heading,
// the event's name, and dated by its time field (gold audit 2, decision 3). A time field of the whole document
// ("一、活动时间：…", or one under a section that names the plan's fields, "三、活动时间及内容") has no event heading
// above it and keeps its own line.
import { datedMentionScanner, givesFieldValue, namesPlanFields } from '../../lexicon/layout/dates.ts';
import { readMarker } from '../../lexicon/layout/markers.ts';
import { structureLine } from '../../lexicon/layout/structure-lines.ts';

export interface EventHeading {
  /** The heading's paragraph (position in the document's paragraphs). */
  paragraph: number;
  /** The event's name in that paragraph, without its number and end punctuation. */
  start: number;
  end: number;
  text: string;
}

/** How far above its time field an event's heading may stand (its other field lines and their text between). */
const MAX_LINES_ABOVE = 14;
/** An event's name is a heading, not a sentence. */
const MAX_NAME = 40;
/** A sentence's end inside the line; a question mark before more of the name is a character the page's encoding
 * lost (第二届“华水?云英”). */
const SENTENCE_INSIDE = /[。；;！!]|[？?](?!\p{Script=Han})/u;
const EDGE_PUNCTUATION = /[\s。.．：:；;，,！!]+$/u;

/** The event's name a heading line holds, or null when the line is no event's heading. */
function eventName(line: string, paragraph: number): EventHeading | null {
  const lead = line.length - line.trimStart().length;
  const marker = readMarker(line.slice(lead));
  const start = lead + (marker ? marker.lead.length : 0);
  const name = line.slice(start).replace(EDGE_PUNCTUATION, '');
  const han = (name.match(/\p{Script=Han}/gu) ?? []).length;
  if (han < 2 || name.length > MAX_NAME || SENTENCE_INSIDE.test(name)) return null;
  // A section of the plan (活动安排, 主要工作), a field (活动地点), a date or a section naming the fields is no event.
  // A field given with its value (协办单位：…) is a particular of the plan, as the time field below it is.
  if (structureLine(name, false) !== null || namesPlanFields(name) || givesFieldValue(name)) return null;
  const dates = datedMentionScanner();
  if (dates.test(name)) return null;
  return { paragraph, start, end: start + name.length, text: name };
}

/**
 * The heading of the event whose field list holds line `field` (a time field), or null. The field list is
 * numbered from one under the heading ("1、时间" … or "（1）…（3）比赛时间"): going up, lines numbered at the
 * field's level are its siblings, deeper-numbered and unnumbered lines their text, and the first line numbered at
 * an outer level is the heading, when the siblings counted up to it start the list at one. An unnumbered field
 * ("- 时间：…") sits under the nearest numbered line above it.
 */
export function eventHeadingAbove(lines: readonly string[], field: number): EventHeading | null {
  const own = readMarker(lines[field]!.trimStart());
  let siblings = 0;
  for (let j = field - 1; j >= 0 && field - j <= MAX_LINES_ABOVE; j--) {
    const line = lines[j]!;
    if (line.trim() === '') continue;
    const marker = readMarker(line.trimStart());
    if (!marker) {
      if (own) continue;
      return null;
    }
    if (own) {
      if (marker.level > own.level) continue;
      if (marker.level === own.level) {
        if (marker.style !== own.style) return null;
        siblings++;
        continue;
      }
      if (own.number !== null && own.number !== siblings + 1) return null;
    }
    return eventName(line, j);
  }
  return null;
}
