// "3、6月份，…" then "4、5月份，…": a line's number that continues its siblings' run (3 → 4) is the item's number,
// not the first month of a span 4–5月. Without the run the reading stays open ("4、5月份" alone is April–May, the
// layout grammar's month-range header); with it the month is the one after the number.
import { readMarker } from '../../lexicon/layout/markers.ts';

/** A month in digits after the number's 、 (group 1): when it is the number's next, "4、5月" reads as a span too. */
const MONTH_AFTER = /^\s*(\d{1,2})\s*月/u;

/**
 * The length of the item number paragraph `i` opens with when it continues the run of the paragraph before it
 * (same style, the next number) and the month after it is the number's next (4、5月: the two readings differ);
 * else 0.
 */
export function listNumberInRun(paragraphs: ReadonlyArray<{ text: string }>, i: number): number {
  if (i === 0) return 0;
  const here = readMarker(paragraphs[i]!.text);
  if (!here || here.style !== 'arabic-dun' || here.number === null || here.number < 2) return 0;
  const month = MONTH_AFTER.exec(paragraphs[i]!.text.slice(here.lead.length));
  if (!month || Number(month[1]) !== here.number + 1) return 0;
  const before = readMarker(paragraphs[i - 1]!.text);
  return before?.style === here.style && before.number === here.number - 1 ? here.lead.length : 0;
}
