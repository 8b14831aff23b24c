// Finding a document's schedules: runs of month headers and the items under each, whether the plan
// gives one item per paragraph or a whole schedule in one run-on paragraph. A schedule ends at the next
// section heading, a new document title, a sign-off, or prose that is plainly not an item.
import { parseSmallNumber } from './month-numerals.ts';
import { TITLE_WORD } from '../../lexicon/layout/layout-grammar.ts';
import { opensWithListItem, readSectionLead, sectionAfterSentenceScanner } from '../../lexicon/layout/leads.ts';
import { namesSchedule } from '../../lexicon/layout/month-header.ts';
import { isSignerLine, isSignOffDate } from '../../lexicon/layout/sign-offs.ts';
import { namesTitleTime } from '../../lexicon/layout/titles.ts';
import type { ActivityRules } from './rules.ts';
import { findChildrenHeader, findMonthHeaders, type MonthHeader } from './month-headers.ts';
import {
  newNumbering,
  type Numbering,
  type ScheduleItem,
  splitNumberedItems,
  type TextSpan,
  trimmedSpan,
} from './schedule-items.ts';

export interface PlacedItem extends ScheduleItem {
  /** Position of the paragraph in the document's paragraph list. */
  paragraph: number;
}

export interface ScheduleBlock {
  header: MonthHeader;
  headerParagraph: number;
  items: PlacedItem[];
  /** Unnumbered lines inside a numbered block: they continue the item before them, not new activities. */
  continuations: Array<TextSpan & { paragraph: number }>;
  numbering: Numbering;
  /** A number left at the end of a line ("2.") whose text starts the next line. */
  dangling: number | null;
}

export interface Schedule {
  blocks: ScheduleBlock[];
  /** Why the schedule ended: the stopper met, or "end of document". */
  endedBy: string;
}

export interface ScheduleScan {
  schedules: Schedule[];
  /** Per paragraph position, the ranges that belong to a schedule; the rest is left to narrative dates. */
  claimed: Map<number, Array<[number, number]>>;
}

/** A sentence end followed by a section or part number: a run-on schedule ends there. */
const RUN_ON_STOPPER = sectionAfterSentenceScanner();
const SENTENCE_PUNCT = /[。；;，,！!？?]/;
const TITLE_END = new RegExp(`${TITLE_WORD}$`);
const CLOSING_REMARK = /^\s*(?:以上|上述|注[:：]|备注|说明[:：]|附[:：件])/;
/** "第二学期：", "活动主题：" — a label line, not an activity. */
const SUB_HEADING = /^[^。；;，,]{1,15}[:：]$/;

/** A short line announcing a schedule ("四、具体月份工作安排：", "主要活动安排"). */
export function isScheduleHeading(text: string): boolean {
  const t = text.trim();
  return t.length <= 30 && !/[。；;]/.test(t) && namesSchedule(t);
}

/** Why a whole paragraph cannot belong to the open block, or null when it can. */
export function scheduleStopper(text: string, block: ScheduleBlock): string | null {
  const t = text.trim();
  const heading = readSectionLead(t);
  if (heading) {
    const numbered = heading.groups?.cn ?? heading.groups?.pcn;
    const continuesList =
      numbered !== undefined && (block.numbering.style === 'chinese' || block.numbering.style === 'paren-chinese');
    // "5月" then "一、举办…": a month that has no item yet opens its list with 一、 (a table's month cell).
    const opensList = numbered !== undefined && block.items.length === 0 && parseSmallNumber(numbered) === 1;
    if (!continuesList && !opensList) return 'a section heading';
  }
  if (isSignOffDate(t)) return 'a sign-off date';
  if (!SENTENCE_PUNCT.test(t) && !opensWithListItem(t)) {
    if (TITLE_END.test(t) && namesTitleTime(t)) return 'a document title';
    if (isSignerLine(t)) return 'a signature line';
  }
  if (CLOSING_REMARK.test(t)) return 'a closing remark';
  if (block.dangling !== null) return null; // the text of "2." left at the end of the line before
  // "四月份：乒乓球赛" … "一月份：羽毛球赛", then "★乒乓球赛规程：": month lines that carry their items end where a
  // label line opens a section of its own (a contest's rules, its field lines), not one more item of the last month.
  if (
    SUB_HEADING.test(t) &&
    block.items.length > 0 &&
    block.continuations.length === 0 &&
    block.items.every((item) => item.paragraph === block.headerParagraph)
  )
    return 'a label heading after month lines';
  const numbered = block.numbering.style !== null;
  if (numbered && !opensWithListItem(t) && t.length > 40) return 'prose after a numbered list';
  // A month's first numbered item may be long ("九月份…活动：" then "(1).组织…" over two lines of text).
  const firstItem = block.items.length === 0 && opensWithListItem(t);
  if (!numbered && !firstItem && t.length > 80) return 'prose, not a schedule line';
  return null;
}

/** Where one event ends and the next begins in an unnumbered month paragraph. */
const EVENT_END = /[。；;！!？?]/g;
/** A piece shorter than this (in Han characters) is no event of its own: it stays with the one before. */
const MIN_EVENT_HAN = 4;

/** The events of an unnumbered item: its sentences and "；"-joined parts, each with enough text to be one. */
export function splitEvents(paragraph: string, span: TextSpan): TextSpan[] {
  const pieces: TextSpan[] = [];
  let start = span.start;
  const cut = (end: number) => {
    const piece = trimmedSpan(paragraph, start, end);
    if (!piece) return;
    const han = piece.text.match(/\p{Script=Han}/gu)?.length ?? 0;
    const last = pieces[pieces.length - 1];
    if (han < MIN_EVENT_HAN && last) {
      last.end = piece.end;
      last.text = paragraph.slice(last.start, last.end);
    } else pieces.push(piece);
  };
  EVENT_END.lastIndex = span.start;
  for (let m = EVENT_END.exec(paragraph); m && m.index < span.end; m = EVENT_END.exec(paragraph)) {
    cut(m.index + 1);
    start = m.index + 1;
  }
  cut(span.end);
  return pieces.length ? pieces : [span];
}

function leadingHeader(headers: MonthHeader[]): MonthHeader | null {
  const h = headers[0];
  return h && h.leading ? h : null;
}

export function findSchedules(paragraphs: readonly string[], rules: ActivityRules): ScheduleScan {
  const found = paragraphs.map((p, i) => {
    const headers = findMonthHeaders(p, rules);
    // A month heading numbered items in a form the scan leaves out (第一阶段：2024年元月份, then 1.…), or with a
    // title the scan would leave to be an item (三月份妇女节系列活动：(1)…).
    const children = headers.length > 1 ? null : findChildrenHeader(p, paragraphs[i + 1] ?? '', rules);
    if (!children) return headers;
    const first = headers[0];
    return !first || (first.start === children.start && first.end < children.end) ? [children] : headers;
  });
  const schedules: Schedule[] = [];
  const claimed = new Map<number, Array<[number, number]>>();
  const claim = (i: number, start: number, end: number) => {
    if (end <= start) return;
    const list = claimed.get(i) ?? [];
    list.push([start, end]);
    claimed.set(i, list);
  };

  let open: Schedule | null = null;
  let block: ScheduleBlock | null = null;
  let headingBefore = false;
  const close = (why: string) => {
    if (open) open.endedBy = why;
    open = null;
    block = null;
  };

  /** Adds text[from, to) of paragraph i to the open block; returns where a run-on stopper cut it, if one did. */
  const addContent = (i: number, from: number, to: number, inline: boolean): number | null => {
    const text = paragraphs[i]!;
    const b = block!;
    RUN_ON_STOPPER.lastIndex = from;
    const stop = RUN_ON_STOPPER.exec(text);
    const cut = stop && stop.index + 1 < to ? stop.index + 1 : null;
    const end = cut ?? to;
    const wasNumbered = b.numbering.style !== null;
    const { lead, items, dangling } = splitNumberedItems(text, from, end, b.numbering);
    if (lead) {
      // Text right after a header ("三月：三八节活动。") or a line in an unnumbered block is an item, and
      // so is the text of a number left dangling at the end of the line before; an unnumbered line among
      // numbered ones continues the item before it.
      if (b.dangling !== null) {
        b.items.push({ ...lead, number: b.dangling, paragraph: i });
      } else if (inline || (!wasNumbered && !SUB_HEADING.test(lead.text))) {
        // An unnumbered month paragraph may hold several events ("中旬，…；月底，…；13日，…"): one item each.
        for (const event of splitEvents(text, lead)) b.items.push({ ...event, number: null, paragraph: i });
      } else {
        b.continuations.push({ ...lead, paragraph: i });
      }
    }
    for (const item of items) b.items.push({ ...item, paragraph: i });
    b.dangling = dangling ?? (lead || items.length ? null : b.dangling);
    claim(i, from, end);
    return cut;
  };

  paragraphs.forEach((text, i) => {
    // A line that opens with a month and runs on ("三月份召开教代会") is a header only among other headers.
    const accepted = found[i]!.filter((h) => {
      if (h.form === 'strict') return true;
      if (open || headingBefore) return true;
      const next = found[i + 1] ? leadingHeader(found[i + 1]!) : null;
      return next !== null && next.month !== h.month;
    });
    let cursor = 0;
    if (open) {
      const first = accepted[0]?.start ?? text.length;
      if (first > 0) {
        const why = accepted.length === 0 ? scheduleStopper(text, block!) : null;
        if (why) close(why);
        else {
          const cut = addContent(i, 0, first, false);
          if (cut !== null) {
            close('a section heading inside the paragraph');
            cursor = cut;
          }
        }
      }
    }
    accepted.forEach((h, k) => {
      if (h.start < cursor) return;
      if (!open) {
        open = { blocks: [], endedBy: 'end of document' };
        schedules.push(open);
      }
      block = {
        header: h,
        headerParagraph: i,
        items: [],
        continuations: [],
        numbering: newNumbering(),
        dangling: null,
      };
      open.blocks.push(block);
      claim(i, h.start, h.end);
      const to = accepted[k + 1]?.start ?? text.length;
      const cut = addContent(i, h.end, to, true);
      if (cut !== null) {
        close('a section heading inside the paragraph');
        cursor = cut;
      }
    });
    headingBefore = isScheduleHeading(text);
  });
  return { schedules, claimed };
}
