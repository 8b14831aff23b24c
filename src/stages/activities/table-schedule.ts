// Schedules laid out as tables (行事历, 活动安排表) and flattened to text by the page: a header row ("月份 活动内容
// 负责人 备注", "时间 | 内容", or one header cell per line), then the cells one per line ("2024年3月 |",
// "组织春游 |") or a row per line ("3月 | 组织春游 | 工会"). Cells are read in column order from the header:
// a time cell opens a block, content cells are its items, the other columns (序号, 负责人, 参加范围, 备注)
// are kept out. When a month cell and a numbered item cell run together without a separator ("31、 组织春游"
// under a 月份 header is month 3, item 1; "2、…" is item 2 of the same month; "7组织暑期旅游" is month 7),
// the number is split where the item numbering restarts.
import type { ColumnKind, TableColumns } from '../../lexicon/layout/table-columns.ts';
import { readCellItemLead } from '../../lexicon/layout/leads.ts';
import { readGluedMonth, readTimeCell } from '../../lexicon/layout/month-header.ts';
import type { MonthHeader } from './month-headers.ts';
import { asciiDigits, monthsForward, parseMonthNumeral, parseYear } from './month-numerals.ts';
import type { Schedule, ScheduleBlock } from './schedule-sections.ts';
import { newNumbering } from './schedule-items.ts';

/** A cell that is a sentence of prose: the table has ended. */
const PROSE = /[。！？]./;
const MAX_CELL = 80;

interface Cell {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface TimeCell {
  month: number;
  monthEnd: number | null;
  year: number | null;
}

/** A cell that is only a time: its month (and span and year); null otherwise. Bare numbers need `bare`. */
export function parseTimeCell(text: string, bare: boolean): TimeCell | null {
  const m = readTimeCell(asciiDigits(text.trim()));
  if (!m) return null;
  const g = m.groups!;
  if (!g.unit && !bare) return null;
  if (!g.unit && (g.a || g.year)) return null;
  const b = parseMonthNumeral(g.b!);
  const a = g.a ? parseMonthNumeral(g.a) : null;
  if (b === null) return null;
  return {
    month: a ?? b,
    monthEnd: a !== null && a !== b ? b : null,
    year: g.year ? parseYear(g.year) : null,
  };
}

/** The cells of paragraphs [from, to): split at "|", trimmed, empty ones dropped. */
function cellsOf(paragraphs: readonly string[], i: number): Cell[] {
  const text = paragraphs[i]!;
  const out: Cell[] = [];
  let at = 0;
  for (const part of text.split('|')) {
    const lead = part.length - part.trimStart().length;
    const t = part.trim();
    if (t) out.push({ paragraph: i, start: at + lead, end: at + lead + t.length, text: t });
    at += part.length + 1;
  }
  return out;
}

/** A stated month header read from a time cell: the text from start to end of its paragraph. */
export function timeHeader(paragraph: string, start: number, end: number, time: TimeCell): MonthHeader {
  return {
    start,
    end,
    text: paragraph.slice(start, end),
    month: time.month,
    monthEnd: time.monthEnd,
    blank: false,
    listNumeral: null,
    period: null,
    year: time.year,
    leading: true,
    form: 'strict',
  };
}

export interface TableScan {
  schedules: Schedule[];
  /** Paragraphs a table took whole: the other readers skip them. */
  claimed: Set<number>;
}

/** The header row at paragraph i (one line, or header cells one per line): its columns and where it ends. */
function headerAt(
  paragraphs: readonly string[],
  i: number,
  columns: TableColumns,
): { kinds: ColumnKind[]; next: number } | null {
  const one = columns.headerRow(paragraphs[i]!.replace(/\|\s*$/, ''));
  if (one) return { kinds: one, next: i + 1 };
  const kinds: ColumnKind[] = [];
  let j = i;
  while (j < paragraphs.length && kinds.length < 8) {
    const cells = cellsOf(paragraphs, j);
    if (cells.length !== 1) break;
    const k = columns.kindOf(cells[0]!.text);
    if (!k) break;
    kinds.push(k);
    j++;
  }
  return kinds.length >= 2 && kinds.includes('time') && kinds.includes('content') ? { kinds, next: j } : null;
}

/** Every table-shaped schedule in the document's paragraphs. */
export function findTableSchedules(paragraphs: readonly string[], columns: TableColumns): TableScan {
  const schedules: Schedule[] = [];
  const claimed = new Set<number>();
  let i = 0;
  while (i < paragraphs.length) {
    const header = headerAt(paragraphs, i, columns);
    if (!header) {
      i++;
      continue;
    }
    const read = readTable(paragraphs, header.next, header.kinds, columns);
    if (read.schedule.blocks.filter((b) => b.items.length > 0).length >= 2) {
      schedules.push(read.schedule);
      for (let j = i; j < read.end; j++) claimed.add(j);
      i = read.end;
    } else i = header.next;
  }
  return { schedules, claimed };
}

function readTable(
  paragraphs: readonly string[],
  from: number,
  kinds: ColumnKind[],
  columns: TableColumns,
): { schedule: Schedule; end: number } {
  const schedule: Schedule = { blocks: [], endedBy: 'end of document' };
  const timeCol = kinds.indexOf('time');
  const piped = paragraphs.slice(from, from + 3).some((p) => p.includes('|'));
  let block: ScheduleBlock | null = null;
  /** Column of the next cell: rows start at the first column; after a time cell, the column after it. */
  let col = 0;
  let lastItemNumber: number | null = null;
  let lastMonth: number | null = null;
  let i = from;

  const open = (cell: Cell, time: TimeCell) => {
    block = {
      header: timeHeader(paragraphs[cell.paragraph]!, cell.start, cell.end, time),
      headerParagraph: cell.paragraph,
      items: [],
      continuations: [],
      numbering: newNumbering(),
      dangling: null,
    };
    schedule.blocks.push(block);
    col = timeCol + 1;
    lastItemNumber = null;
    lastMonth = time.month;
  };
  const addItem = (cell: Cell, skip: number, number: number | null, joinRow: boolean) => {
    const b = block!;
    const start = cell.start + skip;
    const text = paragraphs[cell.paragraph]!.slice(start, cell.end).trim();
    if (!text) return;
    const last = b.items[b.items.length - 1];
    if (joinRow && last) {
      // A second content column of the same row (活动名称 then 活动内容): one activity, both cells' text.
      last.text = `${last.text} ${text}`;
      return;
    }
    b.items.push({ start, end: cell.end, text, number, paragraph: cell.paragraph });
  };
  /** Is a month `m` a plausible next block (forward in the year, not far)? */
  const forward = (m: number) =>
    lastMonth === null || (monthsForward(lastMonth, m) > 0 && monthsForward(lastMonth, m) <= 6);

  for (; i < paragraphs.length; i++) {
    const raw = paragraphs[i]!;
    const hasPipe = raw.includes('|');
    if (headerAt(paragraphs, i, columns)) break; // a second table starts
    if (piped && !hasPipe) {
      // One cell may lose its "|"; two lines without one end a table whose rows end in "|".
      if (i + 1 < paragraphs.length && !paragraphs[i + 1]!.includes('|')) break;
    }
    const cells = cellsOf(paragraphs, i);
    if (cells.length === 0) continue;
    if (!piped && (raw.trim().length > MAX_CELL || PROSE.test(raw.trim()))) {
      schedule.endedBy = 'prose after the table';
      break;
    }
    for (const cell of cells) {
      const kind = kinds[col] ?? 'other';
      const strict = parseTimeCell(cell.text, false);
      const bare = kind === 'time' ? parseTimeCell(cell.text, true) : null;
      const time = strict ?? bare;
      if (time && (kind === 'time' || strict)) {
        open(cell, time);
        continue;
      }
      const num = readCellItemLead(cell.text);
      if (num && timeCol === 0 && num.groups?.n && num.groups.n.length >= 2) {
        // "31、" under a 月份 column: month 3, item 1 — when the list cannot simply go on (it is not item 31).
        const digits = num.groups.n;
        const month = Number(digits.slice(0, -1));
        const item = Number(digits.slice(-1));
        const continues = lastItemNumber !== null && Number(digits) === lastItemNumber + 1;
        if (!continues && item === 1 && month >= 1 && month <= 12 && forward(month)) {
          open(cell, { month, monthEnd: null, year: null });
          block!.header.end = cell.start + digits.length - 1;
          block!.header.text = digits.slice(0, -1);
          addItem(cell, num[0].length, 1, false);
          lastItemNumber = 1;
          continue;
        }
      }
      const glued = readGluedMonth(cell.text);
      if (!num && glued && timeCol === 0 && forward(Number(glued.groups!.m))) {
        const month = Number(glued.groups!.m);
        open(cell, { month, monthEnd: null, year: null });
        block!.header.end = cell.start + glued[0].length;
        block!.header.text = glued.groups!.m!;
        addItem(cell, glued[0].length, null, false);
        continue;
      }
      if (!block) {
        col++;
        continue;
      }
      if (num) {
        // A numbered item inside the month's content cell (1、… 2、… or 一、… 二、…).
        const n = num.groups?.n ? Number(num.groups.n) : null;
        addItem(cell, num[0].length, n, false);
        lastItemNumber = n;
        if (kind !== 'content') col = kinds.indexOf('content', timeCol);
        col++;
        continue;
      }
      if (kind === 'content') {
        const prevKind = kinds[col - 1];
        addItem(cell, 0, null, prevKind === 'content' && (block as ScheduleBlock).items.length > 0);
      }
      col++;
      if (col >= kinds.length && !piped) col = 0;
      if (col >= kinds.length) col = 0;
    }
  }
  return { schedule, end: i };
}
