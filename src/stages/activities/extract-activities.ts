// One document → its dated activities: schedule items (with stated or inferred months) and narrative dated
// clauses, each with a year, a category, union functions and its provenance (paragraph and span).
import type { ActivityDraft, DocumentDraft } from '../../model/items.ts';
import type { NoteInput } from '../../model/stage.ts';
import { activityFunctions, categorize } from './categorize.ts';
import { type BlockEvidence, inferBlankMonths, type InferredMonth } from './infer-months.ts';
import { findFestivalClauses } from './festival-clauses.ts';
import { findFestivalNamedActivities } from './festival-named-activities.ts';
import { itemOwnMonth, statedDay } from './stated-day.ts';
import { type DatedClause, findDatedClauses, type LastDate } from './narrative-dates.ts';
import { takeItemYears } from './item-year.ts';
import { narrativeYear, type ScheduleMonth, scheduleYears, yearContext } from './resolve-years.ts';
import type { ActivityRules } from './rules.ts';
import { findSchedules, type Schedule } from './schedule-sections.ts';
import { findRecordSchedules } from './record-schedule.ts';
import { findTableSchedules } from './table-schedule.ts';
import { datedWeek, findWeekItems, placeFirstWeek, termOf, type WeekItem } from './week-schedule.ts';
import { dayDateYears } from '../../lexicon/layout/years.ts';
import {
  givesContestParticular,
  isDeedBeforeFestival,
  isEventTimeFieldLead,
  isDeadlineFieldHeading,
  isTimeFieldHeading,
  isTimeFieldLead,
  inlineTimeFieldStart,
} from '../../lexicon/layout/dates.ts';
import { MONTH_RANGE_SEPARATOR } from '../../lexicon/layout/layout-grammar.ts';
import { eventHeadingAbove } from './event-headings.ts';
import { foldDoubledFestivalItems, withoutFestivalHeadline, withoutFestivalRetold } from './doubled-festival-items.ts';
import { withoutRepeatedItems } from './repeated-items.ts';
import { withoutSameDayRetold } from './same-day-retold.ts';
import { withoutYearlyCustoms } from './yearly-custom-items.ts';
import { listNumberInRun } from './list-number-run.ts';
import { categoriesFromTitle } from './title-category.ts';

/**
 * The year the text's events are of, to tell its own dates from far ones (a law's, a past event's): the
 * document's, unless every full date in the text (two or more, to the day) names one year two or more years
 * from it — a 范文 site put a later year in the title of an older report ("2017…提案工作报告" telling of
 * "2011年10月28日" and "2011年12月1日").
 */
function eventsYear(doc: DocumentDraft, stated: number | undefined): number | undefined {
  if (stated === undefined) return stated;
  const years = dayDateYears(doc.paragraphs.map((p) => p.text).join('\n'));
  const one = years[0];
  return one !== undefined && years.length >= 2 && years.every((y) => y === one) && Math.abs(one - stated) >= 2
    ? one
    : stated;
}

export interface ExtractOptions {
  /** Find dated clauses in running text as well as schedules. */
  narrative: boolean;
  /** Infer blanked months ("_月份") from anchors and order; off leaves them null. */
  inferMonths: boolean;
}

type Note = (note: NoteInput) => void;

/** Where each paragraph starts in the document text (which segment.paragraphs joins with "\n"). */
function paragraphOffsets(doc: DocumentDraft): number[] | null {
  const offsets: number[] = [];
  let at = 0;
  for (const p of doc.paragraphs) {
    if (doc.text.slice(at, at + p.text.length) !== p.text) return null;
    offsets.push(at);
    at += p.text.length + 1;
  }
  return offsets;
}

function complement(ranges: Array<[number, number]> | undefined, length: number): Array<[number, number]> {
  const sorted = [...(ranges ?? [])].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (s > at) out.push([at, s]);
    at = Math.max(at, e);
  }
  if (at < length) out.push([at, length]);
  return out;
}

const monthLabel = (m: number | null, end: number | null) =>
  m === null ? '?' : end === null ? `${m}月` : `${m}–${end}月`;

function scheduleActivities(
  schedule: Schedule,
  doc: DocumentDraft,
  rules: ActivityRules,
  options: ExtractOptions,
  note: Note,
  docSpan: (i: number, s: number, e: number) => [number, number] | undefined,
): ActivityDraft[] {
  const { blocks } = schedule;
  // Period headers (寒假：) take no part in ordering unless they state a month (期末（1月）：).
  const dated = blocks.filter((b) => b.header.period === null || b.header.month !== null);
  const evidence: BlockEvidence[] = dated.map((b) => ({
    fixed: b.header.month,
    fixedEnd: b.header.monthEnd,
    listNumeral: b.header.listNumeral,
    text: [...b.items, ...b.continuations].map((x) => x.text).join('；'),
  }));
  const inferred: InferredMonth[] = options.inferMonths
    ? inferBlankMonths(evidence, rules.anchors)
    : evidence.map((e) => ({
        month: e.fixed,
        monthEnd: e.fixedEnd,
        inferred: false,
        confidence: e.fixed === null ? null : 1,
        period: null,
        candidates: [],
        evidence: e.fixed === null ? 'blanked month; inference is off' : 'stated in the header',
      }));
  const monthOfBlock = new Map(dated.map((b, k) => [b, inferred[k]!]));

  const ctx = yearContext(doc.meta);
  const years = scheduleYears(
    blocks.map((b): ScheduleMonth => {
      const m = monthOfBlock.get(b);
      return m
        ? { month: m.month, monthEnd: m.monthEnd, statedYear: b.header.year, possible: m.candidates }
        : { month: null, monthEnd: null, statedYear: null, possible: b.header.period?.months ?? [] };
    }),
    ctx,
  );

  const first = blocks[0]!;
  const itemCount = blocks.reduce((n, b) => n + b.items.length, 0);
  note({
    rule: 'activities.schedule',
    reason: `schedule of ${blocks.length} headers and ${itemCount} items from paragraph ${doc.paragraphs[first.headerParagraph]!.index}; ended by ${schedule.endedBy}`,
    span: docSpan(first.headerParagraph, first.header.start, first.header.end),
    before: blocks.map((b) => b.header.text).join(' '),
  });

  const out: ActivityDraft[] = [];
  blocks.forEach((b, k) => {
    const m = monthOfBlock.get(b);
    const y = years[k]!;
    const headerSpan = docSpan(b.headerParagraph, b.header.start, b.header.end);
    if (m && b.header.blank) {
      note({
        rule: m.month === null ? 'activities.month-open' : 'activities.month-inferred',
        reason: `"${b.header.text}" → ${monthLabel(m.month, m.monthEnd)}${m.confidence !== null ? ` (confidence ${m.confidence})` : ''}: ${m.evidence}`,
        span: headerSpan,
      });
    }
    if (y.rolledOver) {
      note({
        rule: 'activities.year-rollover',
        reason: `"${b.header.text}" comes after a later month: the schedule has moved into ${y.year ?? 'the next year'}`,
        span: headerSpan,
      });
    }
    for (const c of b.continuations) {
      note({
        rule: 'activities.continuation',
        reason: `unnumbered line "${c.text}" inside a numbered block continues the item before it`,
        span: docSpan(c.paragraph, c.start, c.end),
      });
    }
    const monthEvidence = m
      ? b.header.blank
        ? `month inferred: ${m.evidence}`
        : `month stated in the header "${b.header.text}"`
      : `period header "${b.header.text}"`;
    const yearEvidence =
      y.year === null ? 'year unknown' : `year ${y.year}${y.rolledOver ? ' (the schedule passed a year end)' : ''}`;
    for (const item of b.items) {
      const paragraph = doc.paragraphs[item.paragraph]!;
      // "1-2月 | 寒 假": a table cell naming the holiday the months fall in is no activity.
      if (namesOnlyAPeriod(item.text, rules)) {
        note({
          rule: 'activities.period-only',
          reason: `"${item.text}" under "${b.header.text}" names only a holiday or part of the year, no activity`,
          span: docSpan(item.paragraph, item.start, item.end),
        });
        continue;
      }
      // "比赛地点：…" / "赛制：…" under a contest the month's item names: that contest's particulars, no event.
      if (givesContestParticular(item.text)) {
        note({
          rule: 'activities.contest-particular',
          reason: `"${item.text.slice(0, 20)}" under "${b.header.text}" gives a particular of the contest above it, no activity`,
          span: docSpan(item.paragraph, item.start, item.end),
        });
        continue;
      }
      const cat = categorize(item.text, rules);
      const own = m && !m.inferred ? itemOwnMonth(item.text, m.month, m.monthEnd) : null;
      if (own) {
        note({
          rule: 'activities.item-own-month',
          reason: `"${item.text.slice(0, 20)}" states its own date in month ${own.month}, outside "${b.header.text}"`,
          span: docSpan(item.paragraph, item.start, item.end),
        });
      }
      // An item dated into the next calendar year from a late block (十二月：… 1月8日…) moves with it.
      const ownYear =
        own && y.year !== null && m?.month != null && own.month < m.month && m.month - own.month > 6
          ? y.year + 1
          : y.year;
      out.push({
        paragraphIndex: paragraph.index,
        span: [item.start, item.end],
        month: own ? own.month : (m?.month ?? null),
        monthEnd: own ? null : (m?.monthEnd ?? null),
        day: own ? own.day : statedDay(item.text, m?.month ?? null, m?.monthEnd ?? null),
        basis: m?.month == null ? null : m.inferred ? 'order' : 'stated',
        monthInferred: m?.month != null && m.inferred,
        confidence: m?.confidence ?? null,
        year: ownYear,
        period: b.header.period?.label ?? m?.period ?? null,
        text: item.text,
        category: cat.category,
        functions: activityFunctions(cat.category, rules, paragraph, item.text.length),
        source: 'schedule',
        evidence: own
          ? `month ${own.month} stated by the item itself (its block is "${b.header.text}"); ${ownYear === y.year ? yearEvidence : `year ${ownYear} (the item's month is after the year end)`}; category by ${cat.terms.join('/') || 'no keyword'}`
          : `${monthEvidence}; ${yearEvidence}; category by ${cat.terms.join('/') || 'no keyword'}`,
      });
    }
  });
  return out;
}

/** Items of a week schedule (第1周：…), dated through the term's first week; a line that states its own month
 * is left to the narrative reading. */
function weekActivities(
  items: WeekItem[],
  doc: DocumentDraft,
  rules: ActivityRules,
  options: ExtractOptions,
  note: Note,
  docSpan: (i: number, s: number, e: number) => [number, number] | undefined,
): ActivityDraft[] {
  const own = items.filter((w) => findDatedClauses(doc.paragraphs[w.paragraph]!.text, 0, w.end).clauses.length === 0);
  if (own.length === 0) return [];
  // inferMonths: false keeps only stated months, and a week states none.
  const term = options.inferMonths
    ? termOf([doc.title ?? doc.heading ?? '', ...doc.paragraphs.slice(0, 5).map((p) => p.text)])
    : null;
  const firstWeek = term ? placeFirstWeek(own, term.kind, rules.anchors) : null;
  const ctx = yearContext(doc.meta);
  note({
    rule: 'activities.week-schedule',
    reason: `week schedule of ${own.length} items from paragraph ${doc.paragraphs[own[0]!.paragraph]!.index}; ${
      term && firstWeek
        ? `${term.kind} term ("${term.said}")`
        : options.inferMonths
          ? 'the document does not say which term, so its weeks get no month'
          : 'inferMonths is off, so its weeks get no month'
    }`,
    span: docSpan(own[0]!.paragraph, 0, own[0]!.end),
  });
  return own.map((w) => {
    const paragraph = doc.paragraphs[w.paragraph]!;
    const dating = term && firstWeek ? datedWeek(w, term, firstWeek) : null;
    // An autumn term runs into January: those weeks are in the school year's second calendar year.
    const year =
      dating === null
        ? null
        : ctx.schoolYear
          ? term!.kind === 'spring' || dating.month < 8
            ? ctx.schoolYear[1]
            : ctx.schoolYear[0]
          : ctx.year === null
            ? null
            : ctx.year + (term!.kind === 'autumn' && dating.month < 8 ? 1 : 0);
    const cat = categorize(w.text, rules);
    return {
      paragraphIndex: paragraph.index,
      span: [w.start, w.end],
      month: dating?.month ?? null,
      monthEnd: dating?.monthEnd ?? null,
      day: statedDay(w.text, dating?.month ?? null, dating?.monthEnd ?? null),
      basis: dating ? 'week' : null,
      monthInferred: dating !== null,
      confidence: dating?.confidence ?? null,
      year,
      period: null,
      text: w.text,
      category: cat.category,
      functions: activityFunctions(cat.category, rules, paragraph, w.text.length),
      source: 'schedule',
      evidence: `${dating ? `month from the week: ${dating.evidence}` : `"${w.header}" with no term to place it`}; ${year === null ? 'year unknown' : `year ${year}`}; category by ${cat.terms.join('/') || 'no keyword'}`,
    } satisfies ActivityDraft;
  });
}

/** A festival's own days are surer than its eve, which may start a week or two before. */
const FESTIVAL_CONFIDENCE = { during: 0.9, eve: 0.8 } as const;
/** A day without its month is most likely in the month the text last dated, though a report may have moved on. */
const CARRIED_DAY_CONFIDENCE = 0.8;
/** An event named after a festival may be held in the days around it, as an eve is. */
const FESTIVAL_NAMED_CONFIDENCE = 0.8;

export function extractActivities(
  doc: DocumentDraft,
  rules: ActivityRules,
  options: ExtractOptions,
  note: Note,
): ActivityDraft[] {
  if (doc.paragraphs.length === 0 && doc.text.trim() !== '') {
    note({
      rule: 'activities.no-paragraphs',
      level: 'warn',
      reason: 'the document has text but no paragraphs: put segment.paragraphs before activities in the pipeline',
    });
    return [];
  }
  const offsets = paragraphOffsets(doc);
  const docSpan = (i: number, s: number, e: number): [number, number] | undefined =>
    offsets ? [offsets[i]! + s, offsets[i]! + e] : undefined;
  const texts = doc.paragraphs.map((p) => p.text);
  // Tables first: their paragraphs are cells, which the line-by-line schedule reader would misread.
  const tables = findTableSchedules(texts, rules.tableColumns);
  const records = findRecordSchedules(texts, (i) => tables.claimed.has(i));
  const taken = new Set([...tables.claimed, ...records.claimed]);
  const scan = findSchedules(
    texts.map((t, i) => (taken.has(i) ? '' : t)),
    rules,
  );
  for (const i of taken) scan.claimed.set(i, [[0, texts[i]!.length]]);
  const activities: ActivityDraft[] = [...tables.schedules, ...records.schedules, ...scan.schedules].flatMap((s) =>
    scheduleActivities(s, doc, rules, options, note, docSpan),
  );
  /** Activities keyed by an event's heading and dated by its time field. */
  const headingActivities = new Set<ActivityDraft>();
  const weeks = findWeekItems(texts, (i) => (scan.claimed.get(i)?.length ?? 0) > 0);
  if (weeks.length > 0) activities.push(...weekActivities(weeks, doc, rules, options, note, docSpan));

  if (options.narrative) {
    const ctx = yearContext(doc.meta);
    /** A clause dated by a festival (its month the festival's), with the why of its month. */
    const festivalActivity = (
      f: { start: number; end: number; text: string; month: number; monthEnd?: number },
      paragraph: DocumentDraft['paragraphs'][number],
      confidence: number,
      monthWhy: string,
    ): ActivityDraft => {
      const year = narrativeYear({ kind: 'none' }, f.month, ctx);
      const cat = categorize(f.text, rules);
      return {
        paragraphIndex: paragraph.index,
        span: [f.start, f.end],
        month: f.month,
        monthEnd: f.monthEnd ?? null,
        day: null,
        basis: 'festival',
        monthInferred: false,
        confidence,
        year,
        period: null,
        text: f.text,
        category: cat.category,
        functions: activityFunctions(cat.category, rules, paragraph, f.text.length),
        source: 'narrative',
        evidence: `${monthWhy}; ${year === null ? 'year unknown' : `year ${year}: the document's`}; category by ${cat.terms.join('/') || 'no keyword'}`,
      };
    };
    /** A festival clause after the event the text has just dated on the festival's day tells of that event again. */
    const noteFestivalDay = (phrase: string, event: ActivityDraft, span: ReturnType<typeof docSpan>) =>
      note({
        rule: 'activities.festival-day-event',
        reason: `"${phrase}" follows "${event.text.slice(0, 20)}", dated ${event.month}月${event.day}日, on the festival's day or its eve: that event told again, not another`,
        span,
      });
    const aboutYear = eventsYear(doc, doc.meta.year ?? ctx.schoolYear?.[0]);
    /** Paragraphs of event headings a time field below has dated: one activity each. */
    const eventHeadings = new Set<number>();
    /** The month the running text last dated: a later day written without one ("25日上午") is in it. */
    let lastDate: LastDate | null = null;
    doc.paragraphs.forEach((paragraph, i) => {
      // The title (and a headline's subtitle) left in the text names what the document is about: no event of its own.
      if (paragraph.structure === 'title') return;
      // A schedule's months are its headers': the running text's last date does not carry over it.
      if (scan.claimed.has(i)) lastDate = null;
      for (const [from, to] of complement(scan.claimed.get(i), paragraph.text.length)) {
        const festivalClauses = rules.festivalTiming
          ? findFestivalClauses(paragraph.text, rules.anchors, rules.festivalTiming, from, to)
          : [];
        // A deadline's heading line ("四、截稿日期") dates the line below as a time field's heading does; a deadline is
        // an item of its own, not an event's time, so it names no event heading above it.
        const deadlineField = i > 0 && from === 0 && isDeadlineFieldHeading(doc.paragraphs[i - 1]!.text);
        const afterTimeField =
          i > 0 && from === 0 && (deadlineField || isTimeFieldHeading(doc.paragraphs[i - 1]!.text));
        const carriedIn = lastDate;
        // "3、…" then "4、5月份，…": 4 continues the list, so the text is read from the month on (list-number-run.ts).
        const listNumber = from === 0 ? listNumberInRun(doc.paragraphs, i) : 0;
        if (listNumber > 0)
          note({
            rule: 'activities.list-number-in-run',
            reason: `"${paragraph.text.slice(0, listNumber).trim()}" continues the numbering of the line above: the item's number, not a span's first month`,
            span: docSpan(i, 0, listNumber),
          });
        const start = from + listNumber;
        let found = findDatedClauses(paragraph.text, start, to, aboutYear, afterTimeField, carriedIn);
        const fieldValue = afterTimeField ? found.clauses[0] : undefined;
        if (fieldValue && restatedElsewhere(fieldValue.date, doc.text)) {
          // The plan tells of the event again with its day (二、日程：11月28日上午9:00集中出发): that line carries it.
          note({
            rule: 'activities.time-field-restated',
            reason: `"${fieldValue.date}" under "${doc.paragraphs[i - 1]!.text.trim()}" is written again elsewhere in the document, which dates the event there`,
            span: docSpan(i, fieldValue.dateStart, fieldValue.dateStart + fieldValue.date.length),
          });
          found = findDatedClauses(paragraph.text, start, to, aboutYear, false, carriedIn);
          // Read as running text, the value may still open a clause of its own ("9月7日下午第二节课下课后,空课的
          // 老师可以先开始"): when an activity above is dated on that very day (the opening's "将在9月7日下午…开展…"),
          // it is that event's time told again with its arrangements, no other event.
          const toldAbove = activities.some(
            (a) => a.day != null && a.day === fieldValue.day && a.month === fieldValue.month && a.monthEnd === null,
          );
          if (toldAbove && !deadlineField)
            found = { ...found, clauses: found.clauses.filter((c) => c.dateStart !== fieldValue.dateStart) };
        } else if (fieldValue && deadlineField) {
          note({
            rule: 'activities.deadline-field-heading',
            reason: `"${fieldValue.date}" is the value of the deadline "${doc.paragraphs[i - 1]!.text.trim()}" above it: a deadline of its own`,
            span: docSpan(i, fieldValue.dateStart, fieldValue.dateStart + fieldValue.date.length),
          });
        } else if (fieldValue) {
          note({
            rule: 'activities.time-field-heading',
            reason: `"${fieldValue.date}" is the value of the time field "${doc.paragraphs[i - 1]!.text.trim()}" above it: the event's date`,
            span: docSpan(i, fieldValue.dateStart, fieldValue.dateStart + fieldValue.date.length),
          });
        }
        lastDate = found.last;
        const { skipped } = found;
        const clauses = found.clauses.map((c) => beforeFestival(c, festivalClauses, paragraph.text));
        for (const s of skipped) {
          note({
            rule: 'activities.date-skipped',
            reason: `"${s.date}" is ${s.why}`,
            span: docSpan(i, s.start, s.start + s.date.length),
          });
        }
        for (const c of clauses) {
          const year = narrativeYear(c.year, c.month, ctx);
          const yearWhy =
            year === null
              ? 'year unknown'
              : c.year.kind === 'explicit'
                ? `year ${year} stated`
                : c.year.kind === 'relative'
                  ? `year ${year} from ${c.year.word}`
                  : c.year.kind === 'recurring'
                    ? `year ${year}: the document's (${c.year.word} recurs)`
                    : `year ${year}: the document's`;
          // "二、健康知识讲座" / "1、时间：3月7日。": the event is its heading, dated by its own time field.
          const fieldLine =
            c === fieldValue
              ? deadlineField
                ? null
                : i - 1
              : isEventTimeFieldLead(paragraph.text.slice(0, c.dateStart))
                ? i
                : null;
          const heading = fieldLine === null ? null : eventHeadingAbove(texts, fieldLine);
          if (heading && fieldLine !== null && !eventHeadings.has(heading.paragraph)) {
            eventHeadings.add(heading.paragraph);
            const named = doc.paragraphs[heading.paragraph]!;
            const cat = categorize(heading.text, rules);
            note({
              rule: 'activities.event-heading',
              reason: `"${heading.text}" heads its own field lines: the event, dated by its time field "${c.date}"`,
              span: docSpan(heading.paragraph, heading.start, heading.end),
            });
            const headed: ActivityDraft = {
              paragraphIndex: named.index,
              span: [heading.start, heading.end],
              month: c.month,
              monthEnd: c.monthEnd,
              day: c.monthEnd === null ? c.day : null,
              basis: 'stated',
              monthInferred: false,
              confidence: 1,
              year,
              period: null,
              text: heading.text,
              category: cat.category,
              functions: activityFunctions(cat.category, rules, named, heading.text.length),
              source: 'narrative',
              evidence: `an event's heading, dated by its time field "${c.date}"; ${yearWhy}; category by ${cat.terms.join('/') || 'no keyword'}`,
            };
            activities.push(headed);
            headingActivities.add(headed);
            continue;
          }
          // "一、时间:3月23日(周六)" when the opening already says "定于3月23日举办踏青活动": the field repeats the
          // day of the event another line dates, as a field's value on the line below its heading does.
          if (
            c !== fieldValue &&
            isFieldLead(paragraph.text.slice(lineStartOf(paragraph.text, c.dateStart), c.dateStart)) &&
            restatedElsewhere(c.date, doc.text, true)
          ) {
            note({
              rule: 'activities.time-field-restated',
              reason: `"${c.date}" in the time field "${c.text.slice(0, 20)}" is written again elsewhere in the document, which dates the event there`,
              span: docSpan(i, c.dateStart, c.dateStart + c.date.length),
            });
            continue;
          }
          const cat = categorize(c.text, rules);
          const carried = c.carried;
          const activity: ActivityDraft = {
            paragraphIndex: paragraph.index,
            span: [c.start, c.end],
            month: c.month,
            monthEnd: c.monthEnd,
            day: c.monthEnd === null ? c.day : null,
            basis: c.month === null ? null : carried ? 'order' : 'stated',
            monthInferred: carried !== undefined,
            confidence: carried ? CARRIED_DAY_CONFIDENCE : 1,
            year,
            period: null,
            text: c.text,
            category: cat.category,
            functions: activityFunctions(cat.category, rules, paragraph, c.text.length),
            source: 'narrative',
            evidence: `${
              carried
                ? `day "${c.date}" written without a month: month ${c.month}, the text's last date's (${c.month}月${carried.day === null ? '' : `${carried.day}日`}), as the days run on`
                : `date "${c.date}" in the text`
            }; ${yearWhy}; category by ${cat.terms.join('/') || 'no keyword'}`,
          };
          activities.push(activity);
        }
        // A sentence a stated date already dates is not dated again by its festival.
        for (const festival of festivalClauses) {
          const f = beforeLaterDate(festival, clauses, paragraph.text, rules.festivalTiming!.action);
          if (!f) continue;
          const [fm, fd] = f.anchor.date!;
          // "3月1日上午,…召开女工工作会议。在第115个国际妇女节来临之际,主席代表工会向…致以问候": the eve is the
          // occasion of the event the text has just dated in the festival's month, before its day; no event of its own.
          const occasionOf = f.timing === 'eve' ? eventJustBefore(activities, doc, i, f.start) : null;
          if (occasionOf && occasionOf.month === fm && occasionOf.day !== null && occasionOf.day < fd) {
            note({
              rule: 'activities.festival-occasion',
              reason: `"${f.phrase}" follows "${occasionOf.text.slice(0, 20)}", dated ${fm}月${occasionOf.day}日 before the festival: the occasion of that event, not another`,
              span: docSpan(i, f.start, f.start + f.phrase.length),
            });
            continue;
          }
          const onItsDay = festivalDayEvent(activities, doc, i, f, paragraph.text);
          if (onItsDay) {
            noteFestivalDay(f.phrase, onItsDay, docSpan(i, f.start, f.start + f.phrase.length));
            continue;
          }
          const monthWhy = `${festivalMonths(f)} from the festival${f.monthEnd ? 's celebrated together' : ''}: "${f.greeting ?? f.phrase}"${f.greeting ? ', the sentence before' : ''} (${f.anchor.label}, ${fm}月${fd}日${f.month !== fm ? '; its eve falls in the month before' : ''})`;
          activities.push(festivalActivity(f, paragraph, FESTIVAL_CONFIDENCE[f.timing], monthWhy));
        }
        // An event named after a festival ("开展庆祝三八节系列活动"), where nothing else dates its clause (a
        // week calendar's line is read by its week, not again by the festival it names).
        const named = rules.festivalTiming
          ? findFestivalNamedActivities(paragraph.text, rules.anchors, rules.festivalTiming, from, to)
          : [];
        // Built only when there is a candidate: a long schedule has thousands of activities and paragraphs.
        const dated = named.length
          ? [
              ...clauses,
              ...festivalClauses,
              ...activities
                .filter((a) => a.paragraphIndex === paragraph.index && a.span)
                .map((a) => ({ start: a.span![0], end: a.span![1] })),
            ]
          : [];
        for (const f of named) {
          if (dated.some((c) => c.start < f.end && f.start < c.end)) continue;
          // A report tells of one event, dated in its opening as a celebration of a festival ("为庆祝三八节,3月8日下午,
          // …组织…"); a later line naming an event after the same festival with no date of its own ("举办“三八节”活动,
          // 旨在…") speaks of that event again.
          const reported = doc.meta.kind === 'other' ? reportedEvent(activities, doc, i, f) : null;
          if (reported) {
            note({
              rule: 'activities.festival-reported-event',
              reason: `"${f.phrase}" names an event after the festival the report has dated already ("${reported.text.slice(0, 20)}", ${reported.month}月): the same event, not another`,
              span: docSpan(i, f.start, f.end),
            });
            continue;
          }
          const onItsDay = festivalDayEvent(activities, doc, i, f, paragraph.text);
          if (onItsDay) {
            noteFestivalDay(f.phrase, onItsDay, docSpan(i, f.start, f.end));
            continue;
          }
          const [fm, fd] = f.anchor.date!;
          const monthWhy = `${festivalMonths(f)} from the festival${f.monthEnd ? 's' : ''} the event is named after: "${f.phrase}" (${f.anchor.label}, ${fm}月${fd}日)`;
          activities.push(festivalActivity(f, paragraph, FESTIVAL_NAMED_CONFIDENCE, monthWhy));
        }
      }
    });
  }
  // A heading its time field dates ("三、“三八”趣味运动会" / "1、时间：3月6日") is not dated again by its festival.
  const headed = datedEventHeadings(activities, headingActivities, (a) =>
    note({
      rule: 'activities.event-heading-festival',
      reason: `"${a.text.slice(0, 30)}" is an event heading its own time field dates: not dated again by its festival`,
    }),
  );
  // In text order from here: the folds below read neighbours, and item years read the items in turn.
  headed.sort((a, b) => (a.paragraphIndex ?? 0) - (b.paragraphIndex ?? 0) || (a.span?.[0] ?? 0) - (b.span?.[0] ?? 0));
  // A festival item beside the item that dates the same event again (a purpose clause before its stated date, a
  // heading before its sentence) is that event: one item.
  const single = foldDoubledFestivalItems(headed, doc, (gone, into) =>
    note({
      rule: 'activities.festival-told-twice',
      reason: `"${gone.text.slice(0, 30)}" and "${into.text.slice(0, 30)}" next to it tell of one event in ${gone.month}月: one item`,
    }),
  );
  // A report's headline naming its event after a festival ("…举行庆元旦教师拔河比赛") over the body that dates it.
  const told = withoutFestivalHeadline(single, doc, (gone, dated) =>
    note({
      rule: 'activities.festival-headline',
      reason: `"${gone.text.slice(0, 30)}" heads the report whose body dates its event ("${dated.text.slice(0, 20)}", ${dated.month}月): the headline names that event, no other`,
    }),
  );
  // A report's closing line naming again, after its festival, the event a paragraph above dated ("…举办冬至包饺子活动,既…").
  const summed = withoutFestivalRetold(told, rules.anchors, (gone, dated) =>
    note({
      rule: 'activities.festival-retold',
      reason: `"${gone.text.slice(0, 30)}" closes the report by naming again the event dated above ("${dated.text.slice(0, 20)}", ${dated.month}月): one item`,
    }),
  );
  // A festival told as what the union does every year, beside this year's event of its month: that event, told as a habit.
  const events = withoutYearlyCustoms(summed, doc, rules.festivalTiming?.yearlyCustom ?? null, (gone, event) =>
    note({
      rule: 'activities.yearly-custom',
      reason: `"${gone.text.slice(0, 30)}" tells a yearly custom; "${event.text.slice(0, 20)}" is this year's event of ${gone.month}月: one item`,
    }),
  );
  // A lead the body repeats, a headline under each photo: one event told twice in the same words is one item.
  const once = withoutRepeatedItems(events, (gone, kept) =>
    note({
      rule: 'activities.told-again',
      reason: `"${gone.text.slice(0, 30)}" repeats the words of "${kept.text.slice(0, 30)}" (${kept.month}月), read earlier: one event, one item`,
    }),
  );
  // The lead's day told again in detail ("9月28日一大早,…" after "于9月28日开展了…"): the lead's event, one item.
  const leadOnce = withoutSameDayRetold(once, (gone, lead) =>
    note({
      rule: 'activities.same-day-retold',
      reason: `"${gone.text.slice(0, 30)}" tells the lead's day (${lead.month}月${lead.day}日, "${lead.text.slice(0, 20)}") again with its time of day: the lead's event, one item`,
    }),
  );
  // An item's year is the one its own text states, else the document's, else none: a year the text states only
  // for another item (a series' time field, a deadline, an earlier clause, the sign-off) is not passed on.
  const yeared = takeItemYears(leadOnce, (reason) => note({ rule: 'activities.item-year', reason }));
  return categoriesFromTitle(yeared, doc, rules, (reason) => note({ rule: 'activities.title-category', reason }));
}

/** The stated-date activity read last before `at` in paragraph `i`, or at the end of the paragraph before; else null. */
function eventJustBefore(
  activities: readonly ActivityDraft[],
  doc: DocumentDraft,
  i: number,
  at: number,
): ActivityDraft | null {
  const here = doc.paragraphs[i]!.index;
  const before = i > 0 ? doc.paragraphs[i - 1]!.index : null;
  let last: ActivityDraft | null = null;
  for (const a of activities) {
    const inHere = a.paragraphIndex === here && a.span != null && a.span[1] <= at;
    if (!inHere && a.paragraphIndex !== before) continue;
    if (
      !last ||
      (a.paragraphIndex ?? 0) > (last.paragraphIndex ?? 0) ||
      (a.paragraphIndex === last.paragraphIndex && (a.span?.[0] ?? 0) > (last.span?.[0] ?? 0))
    )
      last = a;
  }
  return last && last.basis === 'stated' ? last : null;
}

/** Where the line holding offset `at` starts in a paragraph. */
/** A time field's label before its date, at its line's start or numbered inside a run-on line (…如下: 三、比赛时间:). */
function isFieldLead(lead: string): boolean {
  return isTimeFieldLead(lead) || inlineTimeFieldStart(lead) >= 0;
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Sentence punctuation, to find the sentence a stated date opens or sits in. */
const SENTENCE_STOP = /[。！？!?；;\n]/u;
/** The festival is the occasion the dated event celebrates (为庆祝…, 纪念…), not only a day the sentence names
 * (2011年3月8日是“三八”节, …组织“三八”节系列活动). */
const CELEBRATING = /(?:庆祝?|纪念)\s*[“"]?\s*$/u;

/**
 * The stated-date activity read before position `at` of paragraph `i` in the festival's month whose sentence
 * names the same festival ("为庆祝三八国际劳动妇女节,3月8日下午,…"), or null: the event a report has already dated.
 */
function reportedEvent(
  activities: readonly ActivityDraft[],
  doc: DocumentDraft,
  i: number,
  f: { start: number; month: number; anchor: { pattern: RegExp } },
): ActivityDraft | null {
  const here = doc.paragraphs[i]!.index;
  const festival = new RegExp(f.anchor.pattern.source, 'g');
  for (const a of activities) {
    if (a.basis !== 'stated' || a.month !== f.month || !a.span || a.paragraphIndex == null) continue;
    if (a.paragraphIndex > here || (a.paragraphIndex === here && a.span[1] > f.start)) continue;
    const text = doc.paragraphs.find((p) => p.index === a.paragraphIndex)?.text ?? '';
    let from = a.span[0];
    while (from > 0 && !SENTENCE_STOP.test(text[from - 1]!)) from--;
    const sentence = text.slice(from, a.span[1]);
    for (const m of sentence.matchAll(festival)) {
      if (CELEBRATING.test(sentence.slice(0, m.index))) return a;
    }
  }
  return null;
}

/** A day's place in a year with no leap day, for telling one day from the next across a month's end. */
function dayOfYear(month: number, day: number): number {
  return (Date.UTC(2001, month - 1, day) - Date.UTC(2001, 0, 1)) / 86_400_000;
}

/**
 * The stated-date event read just before offset `at` of paragraph `i` (in it, or at the end of the paragraph before),
 * when it is dated on the festival's day or the day before ("5月31日下午,…到幼儿园慰问…。小朋友们表演了“庆六一”节目",
 * "3月8日下午,…。这是…后的首个三八节,…"): the festival the next words name is that event's occasion,
 * told again, not an event of its own. Else null.
 */
function festivalDayEvent(
  activities: readonly ActivityDraft[],
  doc: DocumentDraft,
  i: number,
  f: { start: number; phrase: string; anchor: { date: readonly [number, number] | null } },
  text: string,
): ActivityDraft | null {
  // Only a festival told in passing: its sentence's own words before it, with no deed of their own. A sentence that
  // opens with the festival ("“三八”节期间,工会走访慰问了…") or tells a deed before it ("学校开展了庆祝…活动") is an event.
  const at = text.indexOf(f.phrase, f.start);
  if (at < 0 || !f.anchor.date) return null;
  const [fm, fd] = f.anchor.date;
  let from = at;
  while (from > 0 && !SENTENCE_STOP.test(text[from - 1]!)) from--;
  const before = text.slice(from, at).trim();
  if (before.length === 0 || isDeedBeforeFestival(before)) return null;
  const event = eventJustBefore(activities, doc, i, f.start);
  if (!event || event.month === null || event.day === null || event.monthEnd !== null) return null;
  const gap = (dayOfYear(fm, fd) - dayOfYear(event.month, event.day) + 365) % 365;
  return gap <= 1 ? event : null;
}

/** "month 3", or "months 9–10" for festivals of two neighbouring months celebrated together. */
function festivalMonths(f: { month: number; monthEnd?: number }): string {
  return f.monthEnd ? `months ${f.month}–${f.monthEnd}` : `month ${f.month}`;
}

/** The activities without a festival-dated one on an event heading that its own time field dates. */
function datedEventHeadings(
  activities: ActivityDraft[],
  headings: ReadonlySet<ActivityDraft>,
  dropped: (a: ActivityDraft) => void,
): ActivityDraft[] {
  if (headings.size === 0) return activities;
  return activities.filter((a) => {
    const onHeading =
      a.basis === 'festival' &&
      [...headings].some(
        (h) =>
          h.paragraphIndex === a.paragraphIndex && h.span && a.span && h.span[0] < a.span[1] && a.span[0] < h.span[1],
      );
    if (onHeading) dropped(a);
    return !onHeading;
  });
}

/** A time field's value that spans days or names a month, not one day ("3月9至31日", "2023年3月"). */
const SPAN_OR_MONTH = new RegExp(`${MONTH_RANGE_SEPARATOR}|月(?:份)?\\s*(?:[上中下]旬|底|末|初)?\\s*$`, 'u');

/** Whether a date's month and day ("2023年9月10日" → "9月10日") are written more than once in the text. A field
 * whose value is a span or a whole month (the programme's own time, "3月1至3月31日", "2023年3月") is its own item
 * even when its events are dated again below (gold audit 2, decision 4). */
function restatedElsewhere(date: string, text: string, notAsDeadline = false): boolean {
  if (SPAN_OR_MONTH.test(date)) return false;
  const day = date.replace(/^[^年]*年\s*(?:度\s*)?/u, '');
  let count = 0;
  for (let at = text.indexOf(day); at >= 0; at = text.indexOf(day, at + day.length)) {
    // "3月8日前上报": a deadline that falls on the day is no telling of the event.
    if (notAsDeadline && DEADLINE_AFTER.test(text.slice(at + day.length, at + day.length + 3))) continue;
    if (++count >= 2) return true;
  }
  return false;
}
const DEADLINE_AFTER = /^\s*(?:之|以)?前/u;

/** Whether an item is only the name of a holiday or part of the year (寒假, 暑 假。): no activity. */
function namesOnlyAPeriod(text: string, rules: ActivityRules): boolean {
  const bare = text.replace(/[\s。；;，,.、]/gu, '');
  return bare.length <= 4 && rules.periods.some((p) => p.opens.test(bare) && bare.replace(p.opens, '') === '');
}

/**
 * A stated date's clause runs on to its sentence's end; a later clause the festival of another month dates is
 * another activity ("一月办了新年茶话会,三八妇女节为女教工送了鲜花"), which ends it.
 */
function beforeFestival(
  c: DatedClause,
  festivals: ReadonlyArray<{ start: number; month: number }>,
  paragraph: string,
): DatedClause {
  const next = festivals.find((f) => f.start > c.dateStart && f.start < c.end && f.month !== c.month);
  if (!next) return c;
  const text = paragraph.slice(c.start, next.start).replace(/[，,；;。\s]+$/u, '');
  return { ...c, end: c.start + text.length, text };
}

/**
 * A festival-dated clause with the stated dates of its paragraph: a date inside its dating phrase or before it
 * dates the sentence instead (null); a date later in the sentence starts another activity, which ends this one
 * ("三八妇女节为女教工送了鲜花,四月组织大家看了一场电影") — if a deed is left it (教师节期间,9月10日召开了大会:
 * none is).
 */
function beforeLaterDate<F extends { start: number; end: number; text: string; phrase: string }>(
  f: F,
  dated: ReadonlyArray<{ start: number; end: number }>,
  paragraph: string,
  deed: RegExp,
): F | null {
  let end = f.end;
  for (const c of dated) {
    if (c.end <= f.start || c.start >= end) continue;
    if (c.start < f.start + f.phrase.length) return null;
    end = c.start;
  }
  if (end === f.end) return f;
  const text = paragraph.slice(f.start, end).replace(/[，,；;。\s]+$/u, '');
  return deed.test(text.slice(f.phrase.length)) ? { ...f, end: f.start + text.length, text } : null;
}
