// The one reader of the numbering a line opens with (issue 14, issue 16): section and item numbers (一、,
// （二）, 3., (4), ⑤), the 第一部分 of a chapter and the month headers of a schedule. The forms are data
// (data/layout.json, "markers"); every stage that asks "does this line open with a marker, which, numbered
// what?" asks here.
import { MARKER_FORMS, MONTH_RANGE_SEPARATOR } from './layout-grammar.ts';
import { chineseNumber } from './numbers.ts';

/** How a marker is written: 一、 (cn-dun), （一） (cn-paren), 1、 (arabic-dun), (1) (arabic-paren), ①, 第一部分, 三月份：. */
export type MarkerStyle = (typeof MARKER_FORMS)[number]['id'];
/** What a marker numbers: a section, a subsection, an item, a bracketed item, a circled item, a chapter, a month. */
export type MarkerKind = (typeof MARKER_FORMS)[number]['kind'];

export interface Marker {
  kind: MarkerKind;
  style: MarkerStyle;
  /** Conventional nesting: a lower level encloses a higher one (一、 encloses （一）, which encloses 1、). */
  level: number;
  /** 1-based number (二 → 2, ③ → 3); null for month headers and anonymised numbers ("_月份"). */
  number: number | null;
  /** The marker text itself ("二、", "(3)", "七、八月份："). */
  text: string;
  /** The marker with what stands between it and the line's text ("（二）、 "): the line's text starts after it. */
  lead: string;
}

/** Which of the forms a reader knows. Month headers win over section numbers (七、八月份：) where they are read. */
export interface MarkerReading {
  /** Month headers of a schedule ("三月份：", "七、八月份："). */
  months?: boolean;
  /** Chapter numbers ("第一部分", "第二章"). */
  chapters?: boolean;
}

const FORMS = MARKER_FORMS.map((f) => ({
  ...f,
  re: new RegExp(`^(?<text>${f.pattern.replaceAll('<month-range>', MONTH_RANGE_SEPARATOR)})(?:${f.after ?? ''})`, 'u'),
}));

/** ① → 1, ⑴ → 1, ⒈ → 1, ❶ → 1: the character's place in its run of twenty (or ten). */
function circledNumber(ch: string): number {
  const c = ch.codePointAt(0)!;
  const first = [0x2460, 0x2474, 0x2488, 0x2776].findLast((f) => c >= f)!;
  return c - first + 1;
}

function numberOf(text: string, how: (typeof MARKER_FORMS)[number]['number']): number | null {
  if (how === 'none') return null;
  if (how === 'circled') return circledNumber(text);
  return chineseNumber(text.replace(/[^一二三四五六七八九十百零〇\d]/gu, ''));
}

/** The marker `text` opens with (no leading blanks skipped), or null. */
export function readMarker(text: string, reading: MarkerReading = {}): Marker | null {
  for (const f of FORMS) {
    if ((f.kind === 'month' && !reading.months) || (f.kind === 'chapter' && !reading.chapters)) continue;
    const m = f.re.exec(text);
    if (!m) continue;
    const marker = m.groups!['text']!;
    return { kind: f.kind, style: f.id, level: f.level, number: numberOf(marker, f.number), text: marker, lead: m[0] };
  }
  return null;
}
