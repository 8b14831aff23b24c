// Splitting a schedule block's text into items: one per numbered point ("1." "1、" "(1)" "①" "一、"),
// numbers stripped. A marker inside a run of text counts only when it is the next number of the list it
// continues, so "2022, 向美而行", "168爱生行动" or "2.5万元" never start an item.
import { itemNumberScanner } from '../../lexicon/layout/leads.ts';
import { asciiDigits, parseSmallNumber } from './month-numerals.ts';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface ScheduleItem extends TextSpan {
  /** The item's number as written (1 for "1、"), null for an unnumbered line. */
  number: number | null;
}

/** The numbering a block has used so far: its style and the number that would come next. */
export interface Numbering {
  /** blanked: the page dropped the numbers and left their "、" ("二月：、会费收缴。、劳保用品发放"). */
  style: 'arabic' | 'paren' | 'circled' | 'chinese' | 'paren-chinese' | 'blanked' | null;
  next: number;
}

export const newNumbering = (): Numbering => ({ style: null, next: 1 });

/** Every item number a block may hold (the layout grammar's "item-scan"). */
const MARKER = itemNumberScanner();
/** "3开展168爱生行动": a number with its separator lost, at a line's start, when it is the next number. */
const BARE_NUMBER = /^(\s*)(\d{1,2})(?=[\u4e00-\u9fff“"《])(?![月日年号个名人次届周天岁元分])/;
const BOUNDARY = /[。；;！!？?：:\s，,]$/;

/** Items whose numbers a page dropped, leaving the "、" after them: the block's text opens with "、". */
const LOST_NUMBER = /^\s*、/;

/** Every "、" outside brackets and quotes separates two items of a list whose numbers were dropped. */
function splitAtLostNumbers(paragraph: string, from: number, to: number) {
  const items: ScheduleItem[] = [];
  let depth = 0;
  let start = from;
  const push = (end: number) => {
    const span = trimmedSpan(paragraph, start, end);
    if (span) items.push({ ...span, number: null });
  };
  for (let k = from; k < to; k++) {
    const c = paragraph[k]!;
    if ('（(《“「'.includes(c)) depth++;
    else if ('）)》”」'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '、' && depth === 0) {
      push(k);
      start = k + 1;
    }
  }
  push(to);
  return { lead: null, items, dangling: null };
}

const TRIM_START = /^[\s，,：:、.．;；]+/;
const TRIM_END = /[\s，,、;；]+$/;

/** The part of text[start, end) that is worth keeping, with its offsets; null when nothing is left. */
export function trimmedSpan(text: string, start: number, end: number): TextSpan | null {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.replace(TRIM_START, '').length;
  const kept = raw.slice(lead).replace(TRIM_END, '');
  if (!/[\p{Script=Han}A-Za-z0-9]/u.test(kept)) return null;
  return { start: start + lead, end: start + lead + kept.length, text: kept };
}

interface Marker {
  start: number;
  end: number;
  style: NonNullable<Numbering['style']>;
  value: number;
  /** "1," — a comma after the number: an item number only at a line's start, where the list expects it. */
  commaOnly?: boolean;
}

function markerOf(m: RegExpExecArray): Marker | null {
  const g = m.groups!;
  const start = m.index;
  const end = start + m[0].length;
  if (g.ar) return { start, end, style: 'arabic', value: Number(g.ar) };
  if (g.comma) return { start, end, style: 'arabic', value: Number(g.comma), commaOnly: true };
  if (g.par) {
    const value = parseSmallNumber(g.par);
    return value === null ? null : { start, end, style: /\d/.test(g.par) ? 'paren' : 'paren-chinese', value };
  }
  if (g.circ) return { start, end, style: 'circled', value: g.circ.charCodeAt(0) - 0x2460 + 1 };
  const value = parseSmallNumber(g.cn!);
  return value === null ? null : { start, end, style: 'chinese', value };
}

/**
 * Splits text[from, to) into numbered items. `numbering` carries the list across the segments of one
 * block and is updated. Text before the first marker is returned as `lead` for the caller to judge (an
 * unnumbered item, or a continuation line); `dangling` is the number of a last marker with no text after it.
 */
export function splitNumberedItems(
  paragraph: string,
  from: number,
  to: number,
  numbering: Numbering,
): { lead: TextSpan | null; items: ScheduleItem[]; dangling: number | null } {
  const text = asciiDigits(paragraph);
  if (numbering.style === 'blanked' || (numbering.style === null && LOST_NUMBER.test(text.slice(from, to)))) {
    numbering.style = 'blanked';
    return splitAtLostNumbers(paragraph, from, to);
  }
  const markers: Marker[] = [];
  const bare = BARE_NUMBER.exec(text.slice(from, to));
  if (bare && numbering.style === 'arabic' && Number(bare[2]) === numbering.next) {
    const start = from + bare[1]!.length;
    markers.push({ start, end: start + bare[2]!.length, style: 'arabic', value: numbering.next });
    numbering.next++;
  }
  MARKER.lastIndex = from;
  for (let m = MARKER.exec(text); m && m.index < to; m = MARKER.exec(text)) {
    const marker = markerOf(m);
    if (!marker || marker.end > to) continue;
    const atLineStart = text.slice(from, marker.start).trim() === '';
    const continues = marker.style === numbering.style && marker.value === numbering.next;
    const opens =
      marker.value === 1 &&
      (numbering.style === null || numbering.style === marker.style || atLineStart) &&
      BOUNDARY.test(text.slice(Math.max(from, marker.start - 1), marker.start) || ' ');
    if (!(atLineStart || continues || opens)) continue;
    // "1," is a number only at a line's start where the list expects it; "2,30岁以上…" (a digit after the comma)
    // only when it continues a list, so "1,2年级" and "3,000元" stay text.
    if (marker.commaOnly) {
      const digitAfter = /\d/.test(text[marker.end] ?? '');
      if (!atLineStart || !(continues || (marker.value === 1 && !digitAfter)) || (digitAfter && !continues)) continue;
    }
    if (marker.style === 'chinese' && !atLineStart && !continues) continue;
    markers.push(marker);
    numbering.style = marker.style;
    numbering.next = marker.value + 1;
  }
  const items: ScheduleItem[] = [];
  let dangling: number | null = null;
  markers.forEach((marker, i) => {
    const span = trimmedSpan(paragraph, marker.end, markers[i + 1]?.start ?? to);
    if (span) items.push({ ...span, number: marker.value });
    // "…活动。2." at a page or line break: the item's text is on the next line.
    else if (i === markers.length - 1) dangling = marker.value;
  });
  const lead = trimmedSpan(paragraph, from, markers[0]?.start ?? to);
  return { lead, items, dangling };
}
