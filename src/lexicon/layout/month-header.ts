// Month headers of a schedule and the other places a schedule states its month (issue 16): the header
// scanner, the tests of a header's surroundings, a month-led line, a table's time cell. The patterns are
// data (data/month-headers.json); the stages that read schedules ask here.
import { loadPatterns, patternIn, sourceIn } from './patterns.ts';

const months = loadPatterns('month-headers', true);

const BOUNDARY_BEFORE = patternIn(months, 'header-boundary-before');
const DAY_AHEAD = patternIn(months, 'header-day-ahead');
const PERIOD_MONTH = patternIn(months, 'period-month');
const MONTH_LED = patternIn(months, 'month-led-line');
const TIME_CELL = patternIn(months, 'time-cell');
const GLUED_MONTH = patternIn(months, 'glued-month');
const SCHEDULE_HEADING = patternIn(months, 'schedule-heading');
const CHILDREN_LABEL = patternIn(months, 'children-header-label');
const CHILDREN_TITLE = patternIn(months, 'children-header-title');

/**
 * A scanner (flag g) for month and period headers anywhere in a paragraph, `periodSource` being the period
 * words (寒假, 学期初 …). Named groups: decor, list, year, a (first month of a span), b (the month or its
 * blank), period, colon.
 */
export function monthHeaderScanner(periodSource: string): RegExp {
  const period = `(?<period>${periodSource})(?:期间|阶段)?`;
  return new RegExp(
    sourceIn(months, 'month-header').replace('<period>', () => period),
    'g',
  );
}

/** Whether `before` ends where a header may start inside a run-on paragraph (a sentence end, 如下, 安排 …). */
export function isHeaderBoundary(before: string): boolean {
  return BOUNDARY_BEFORE.test(before);
}

/**
 * Whether a month found at `before`|month|`after` of a line heads the numbered items that follow it: only a
 * section number or a short label stands before it (第一阶段：, 日程月历。), and after it the line ends or a
 * short title closes with a colon right before item (1). The length of `after` that is the header's (the
 * title and its colon), or null when the month does not head items this way.
 */
export function readChildrenHeader(before: string, after: string): number | null {
  if (before.trim() !== '' && !CHILDREN_LABEL.test(before)) return null;
  if (after.trim() === '') return after.length;
  const m = CHILDREN_TITLE.exec(after);
  return m ? m[0].length : null;
}

/** Whether the text after a month opens with a day ("21日"): the month was a date's, not a header. */
export function opensWithDay(rest: string): boolean {
  return DAY_AHEAD.test(rest);
}

/** The month numeral a period header states in brackets ("期末（1月）" → "1"), or null. */
export function readPeriodMonth(header: string): string | null {
  return PERIOD_MONTH.exec(header)?.[1] ?? null;
}

/** Whether a line is a schedule line led by its month and a colon ("三月：三八节活动"). */
export function isMonthLedLine(line: string): boolean {
  return MONTH_LED.test(line);
}

/** A whole table time cell ("2024年3月", "9-12月", a bare "3"); groups year, a, b, unit. */
export function readTimeCell(cell: string): RegExpExecArray | null {
  return TIME_CELL.exec(cell);
}

/** A month number run into its item's text ("7组织暑期旅游"); group m. */
export function readGluedMonth(cell: string): RegExpExecArray | null {
  return GLUED_MONTH.exec(cell);
}

/** Where a text's schedule starts: the first line that is a month header (a header alone, or led by one and a
 * colon: "一月:", "七月、八月：", "2023年3月："), looking no further than `within`; else the text's length.
 * Years after it are its events'. */
export function scheduleStart(text: string, within = text.length): number {
  let at = 0;
  for (const line of text.split('\n', within)) {
    if (at >= within) break;
    const trimmed = line.trim();
    LINE_HEADER.lastIndex = 0;
    const m = LINE_HEADER.exec(trimmed);
    if (m && m.index === 0 && (m.groups?.colon || m[0].length === trimmed.length)) return at;
    at += line.length + 1;
  }
  return text.length;
}
/** Month headers with no period words, for scheduleStart (built once: documents ask per opening). */
const LINE_HEADER = monthHeaderScanner('(?!)');

/** Whether a line holds the words that announce a schedule ("具体月份工作安排", "行事历", "安排如下"). */
export function namesSchedule(line: string): boolean {
  return SCHEDULE_HEADING.test(line);
}
