// A list of festivals celebrated together ("庆祝教师节、国庆节", "为庆祝教师节、中秋节、国庆节"): schools hold one
// programme for festivals that fall in two neighbouring months (the 双节 of September and October), and the
// programme runs over both months. A list whose festivals lie further apart ("元旦、春节、三八") is the year's
// round of festivals and gives no span.
import type { MonthAnchor } from './rules.ts';

export interface FestivalList {
  /** Where the list ends in the text it was read from. */
  end: number;
  month: number;
  monthEnd: number;
}

/** Between two festivals of a list: its separator, with the first one's 节/日 and quotes around it. */
const SEPARATOR = /^\s*[”"]?\s*(?:节|日)?\s*[”"]?\s*(?:、|和|与|及|暨)\s*[“"]?\s*/u;
/** After the list's last festival: the rest of its name (节, 劳动节, 日) and a closing quote. */
const LAST_TAIL = /^\s*[”"]?\s*(?:国际)?(?:劳动)?(?:妇女|儿童|青年)?(?:节|日)?\s*[”"]?/u;

/** The festival whose name starts text, with the length of the name, or null. */
function festivalAt(text: string, anchors: readonly MonthAnchor[]): { anchor: MonthAnchor; length: number } | null {
  for (const anchor of anchors) {
    if (anchor.strength !== 'holiday') continue;
    const m = anchor.pattern.exec(text);
    if (m && m.index === 0) return { anchor, length: m[0].length };
  }
  return null;
}

/**
 * The festival list that starts at `at` in text, when it names two or more festivals and the fixed-date ones fall
 * in two neighbouring months (a lunar one, 中秋, may stand among them when its months lie in that span); else null.
 */
export function readFestivalList(text: string, at: number, anchors: readonly MonthAnchor[]): FestivalList | null {
  const found: MonthAnchor[] = [];
  let i = at;
  for (;;) {
    const f = festivalAt(text.slice(i), anchors);
    if (!f) return null;
    found.push(f.anchor);
    i += f.length;
    const sep = SEPARATOR.exec(text.slice(i));
    if (!sep || !festivalAt(text.slice(i + sep[0].length), anchors)) break;
    i += sep[0].length;
  }
  if (found.length < 2) return null;
  const fixed = found.flatMap((a) => (a.date && a.months.length === 1 ? [a.date[0]] : []));
  if (fixed.length < 2) return null;
  const month = Math.min(...fixed);
  const monthEnd = Math.max(...fixed);
  if (monthEnd - month !== 1) return null;
  // A festival of no fixed month must fall inside the span too (中秋 with 教师节 and 国庆; not 春节).
  if (!found.every((a) => a.months.every((m) => m >= month && m <= monthEnd))) return null;
  return { end: i + (LAST_TAIL.exec(text.slice(i))?.[0].length ?? 0), month, monthEnd };
}
