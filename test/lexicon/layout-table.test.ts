// The layout grammar's table test (issue 16): every entry of every file in src/lexicon/layout/data/ runs its
// example (and its counter-example, where it has one) through the reader that uses it. An entry without a
// working example, or a new entry no reader is listed for here, fails.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compactDateScanner,
  isBirthDateAfter,
  isLunarDateBefore,
  readDayAndTimeOfDay,
  unglueListNumbers,
  datedMentionScanner,
  isDescribedMonth,
  isSeasonMonthLead,
  isSeasonMonthTail,
  isSceneAfterDate,
  isEventTimeFieldLead,
  isSinceWithDeed,
  isTimeAfterItem,
  isTimeFieldHeading,
  isDayAloneLine,
  readEventDayMonth,
  isDeadlineFieldHeading,
  isEventLabelLead,
  isTimeFieldLead,
  inlineTimeFieldStart,
  givesFieldValue,
  givesContestParticular,
  namesPlanFields,
  readHeadDay,
  readHeadMonth,
  readRunTogetherDate,
  isDeedBeforeFestival,
} from '../../src/lexicon/layout/dates.ts';
import { MONTH_RANGE_SEPARATOR, TITLE_WORD } from '../../src/lexicon/layout/layout-grammar.ts';
import {
  isBracketOrdinal,
  isHeaderLead,
  itemNumberScanner,
  opensAsHeading,
  opensWithItemNumber,
  opensWithListItem,
  readCellItemLead,
  readClauseLead,
  readSectionLead,
  readSectionNumberOpening,
  sectionAfterSentenceScanner,
  WEEK_LINE_LEAD,
} from '../../src/lexicon/layout/leads.ts';
import { readMarker } from '../../src/lexicon/layout/markers.ts';
import {
  isHeaderBoundary,
  isMonthLedLine,
  monthHeaderScanner,
  namesSchedule,
  opensWithDay,
  readChildrenHeader,
  readGluedMonth,
  readPeriodMonth,
  readTimeCell,
} from '../../src/lexicon/layout/month-header.ts';
import {
  opensDocumentText,
  opensWithPartMarker,
  isSalutation,
  mentionsPart,
  readBracketedNumeral,
  readNumberedPart,
  readNumberedTitle,
  readOrdinalSuffix,
  readPartMarker,
  readHiddenTextGap,
  readMarkerLine,
  readDatedHeadline,
  isReadMoreEnd,
  isolateDocumentEnds,
  withoutPartLead,
  readTrailingCounter,
} from '../../src/lexicon/layout/parts.ts';
import { loadPatterns, type NamedPattern } from '../../src/lexicon/layout/patterns.ts';
import {
  isNumericDateLine,
  isSignerBeforeDate,
  isSignerLine,
  isSignOffDate,
} from '../../src/lexicon/layout/sign-offs.ts';
import { structureLine } from '../../src/lexicon/layout/structure-lines.ts';
import { loadTableColumns } from '../../src/lexicon/layout/table-columns.ts';
import {
  gluedTitle,
  isBareTitleLine,
  isTwoPartHeadline,
  isUnitNameLine,
  bracketedLeadTitle,
  isNoticeTitle,
  isAnnouncingNoticeTitle,
  isDocumentNumberLine,
  rejoinedNoticeTitle,
  joinedTitle,
  withoutRunOn,
  headingKind,
  isDocumentTitleLine,
  endsAsKindTitle,
  isHeadlineLine,
  isTitleLikeLine,
  isTitleLine,
  isYearTitle,
  namesTitleTime,
  periodNamed,
  readSubtitleLine,
  isSummaryLabel,
  titleKind,
  namesHeadlineSubject,
  titleCore,
  withoutAsides,
  withoutEdgeMarks,
  withoutTitleMarks,
} from '../../src/lexicon/layout/titles.ts';
import {
  readChineseYear,
  readShortYear,
  readRocYear,
  readSentenceYear,
  readOpeningDate,
  readEventDate,
  readPlaceholderYear,
  readReportYear,
  readWorkYear,
  readSummaryAndPlanYears,
  readReviewMeetingYear,
  reviewedYears,
  readArrivingYear,
  readHonourYear,
  dayDateYears,
  readSchoolYear,
  readGluedSchoolYear,
  readSchoolYearByFirstYear,
  readStatedYear,
  namedDocumentYearSpans,
  readTitleYear,
  TITLE_DATE_LEAD,
} from '../../src/lexicon/layout/years.ts';
import { structureCore } from '../../src/stages/segment/structure.ts';

const DATA = new URL('../../src/lexicon/layout/data/', import.meta.url);

/** A reader: does it accept this text? (a counter-example must be refused). */
type Reader = (text: string, entry: NamedPattern) => boolean;

/** A piece used inside larger patterns: it must match the whole example. */
const wholePiece: Reader = (text, e) => new RegExp(`^(?:${e.source})$`, e.flags).test(text);
/** A pattern read as it stands (a reader's own internal test). */
const asItStands: Reader = (text, e) => new RegExp(e.source, e.flags).test(text);
const found = (f: (t: string) => unknown) => (t: string) => {
  const r = f(t);
  return r !== null && r !== false && r !== undefined;
};
const period = (p: string) => (t: string) => periodNamed(t) === p;

/** For each pattern file, the reader every entry's example goes through. */
const READERS: Record<string, Record<string, Reader>> = {
  numerals: {
    'month-numeral': wholePiece,
    'blank-numeral': wholePiece,
    'day-numeral': wholePiece,
    'not-after-number': (t, e) =>
      new RegExp(`${e.source}(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|元)月`).test(t),
  },
  leads: {
    'item-scan': found((t) => itemNumberScanner().exec(t)),
    'clause-lead': found(readClauseLead),
    'header-lead': isHeaderLead,
    'item-ahead': opensWithItemNumber,
    'opens-item': opensWithListItem,
    'week-lead': (t) => new RegExp(`^${WEEK_LINE_LEAD}$`).test(t),
    'cell-item-lead': found(readCellItemLead),
    'section-lead': found(readSectionLead),
    'section-after-sentence': found((t) => sectionAfterSentenceScanner().exec(t)),
    'heading-opening': opensAsHeading,
    'section-number-opening': found(readSectionNumberOpening),
    'bracket-ordinal': isBracketOrdinal,
  },
  'month-headers': {
    'header-list': wholePiece,
    'header-year': wholePiece,
    'header-months': wholePiece,
    'header-paren': wholePiece,
    'header-decor-open': wholePiece,
    'header-decor-close': wholePiece,
    'header-tail': wholePiece,
    'month-header': (t) => monthHeaderScanner('寒假|暑假').exec(t)?.[0] === t,
    'header-boundary-before': isHeaderBoundary,
    'header-day-ahead': opensWithDay,
    'period-month': found(readPeriodMonth),
    'month-led-line': isMonthLedLine,
    'time-cell': found(readTimeCell),
    'glued-month': found(readGluedMonth),
    'schedule-heading': namesSchedule,
    'children-header-label': (t) => readChildrenHeader(t, '') !== null,
    'children-header-title': (t) => readChildrenHeader('', t) !== null,
  },
  parts: {
    'part-numeral': wholePiece,
    'part-word': wholePiece,
    'part-marker': found(readPartMarker),
    'hidden-text-gap': (t) => readHiddenTextGap(t) !== null,
    'marker-line': (t) => readMarkerLine(t) !== null,
    'dated-headline': (t) => readDatedHeadline(t) !== null,
    'read-more-end': isReadMoreEnd,
    'read-more-glued': (t) => isolateDocumentEnds(t).length > 1,
    'numbered-part': found(readNumberedPart),
    'bracketed-numeral': found(readBracketedNumeral),
    'numbered-title': found(readNumberedTitle),
    'ordinal-suffix': found(readOrdinalSuffix),
    'trailing-counter': found(readTrailingCounter),
    'opens-document': opensDocumentText,
    'numbered-part-lead': (t) => withoutPartLead(t) !== t,
    'part-marker-lead': opensWithPartMarker,
    salutation: isSalutation,
    'part-mention': mentionsPart,
  },
  years: {
    'school-year': found(readSchoolYear),
    'school-year-glued': found(readGluedSchoolYear),
    'school-year-by-first-year': found(readSchoolYearByFirstYear),
    'stated-year': found(readStatedYear),
    'title-year': found(readTitleYear),
    'placeholder-year': found(readPlaceholderYear),
    'chinese-year': (t) => readChineseYear(t)?.year === 2023,
    'short-year': (t) => readShortYear(t)?.year === 2008,
    'roc-year': (t) => readRocYear(t)?.year === 2023,
    'roc-named-year': (t) => readRocYear(t)?.year === 2010,
    'sentence-year': (t) => readSentenceYear(t)?.[1] === '2014',
    'opening-date': found(readOpeningDate),
    'event-date': found(readEventDate),
    'report-year': found(readReportYear),
    'work-year': (t) => readWorkYear(t)?.[1] === '2016',
    'reviewed-year': (t) => reviewedYears(t).includes(2016),
    'reviewed-year-object': (t) => reviewedYears(t).includes(2016),
    'summary-and-plan-years': (t) => readSummaryAndPlanYears(t) !== null,
    'review-meeting-year': found(readReviewMeetingYear),
    'new-year-arriving': (t) => readArrivingYear(t)?.[1] === '2019',
    'honour-year': found(readHonourYear),
    'day-date-year': (t) => dayDateYears(t).length > 0,
    'title-date-lead': (t) => new RegExp(`^${TITLE_DATE_LEAD}$`).test(t),
    'cited-document': (t) => namedDocumentYearSpans(t).length > 0,
    'named-document-year': (t) => namedDocumentYearSpans(t).length > 0,
    'outline-document-year': (t) => namedDocumentYearSpans(t).length > 0,
    'heard-report-year': (t) => namedDocumentYearSpans(t).length > 0,
  },
  titles: {
    'title-kind': wholePiece,
    'title-tail': wholePiece,
    'title-line': isTitleLine,
    'title-subject': asItStands,
    'glued-title': (t) => gluedTitle(t) !== null,
    'glued-title-opening': (t) => gluedTitle(t) !== null,
    'bare-title-line': isBareTitleLine,
    'unit-name-line': isUnitNameLine,
    'bracketed-lead-title': (t) => bracketedLeadTitle(t) !== null,
    'notice-title': isNoticeTitle,
    'notice-title-open': (t) => rejoinedNoticeTitle(t, '通   知') !== null,
    'notice-title-close': (t) => rejoinedNoticeTitle('关于开展全县女职工体检工作的', t) !== null,
    'document-number-line': isDocumentNumberLine,
    'notice-title-announces': isAnnouncingNoticeTitle,
    'site-category-tail': (t) => withoutRunOn(t) !== t,
    'site-column-head': (t) => withoutRunOn(t) !== t,
    'photo-credit-tail': (t) => withoutRunOn(t) !== t,
    'title-edge-marks': (t) => withoutEdgeMarks(t) !== t,
    'title-unpaired-quote': (t) => withoutTitleMarks(t) !== t,
    'title-copy-marks': (t) => titleCore(t) !== t,
    'title-copy-aside': (t) => withoutAsides(t) !== t,
    'headline-subject': namesHeadlineSubject,
    'book-title-wrap': (t) => withoutRunOn(t) !== t,
    'quoted-title-before-column': (t) => withoutRunOn(t) !== t,
    'title-continuation-clause': (t) => joinedTitle('城南小学工会2006年工作总结', t) !== null,
    'title-continuation-kind': (t) => joinedTitle('2019机关工会', t) !== null,
    // A stem naming only when and how much makes no title of "…工作计划".
    'generic-title-stem': (t) => !isBareTitleLine(`${t}工作计划`),
    'headline-line': isHeadlineLine,
    'two-part-headline': isTwoPartHeadline,
    'subtitle-line': (t) => readSubtitleLine(t) !== null,
    'summary-label': isSummaryLabel,
    'document-title-end': isDocumentTitleLine,
    'kind-title-end': endsAsKindTitle,
    'document-title-cue': isDocumentTitleLine,
    'quoted-name': (t) => titleKind(t)?.kind === 'plan',
    'official-document-head': (t) => titleKind(t) === null,
    'rules-title-end': (t) => titleKind(t) === null,
    'summary-title': (t) => titleKind(t)?.kind === 'summary',
    'plan-title': (t) => titleKind(t)?.kind === 'plan',
    'year-title': isYearTitle,
    'heading-summary': (t) => headingKind(t) === 'summary',
    'heading-plan': (t) => headingKind(t) === 'plan',
    'title-like-line': isTitleLikeLine,
    'title-time': namesTitleTime,
    'period-quarter': period('季度'),
    'period-first-half': period('上半年'),
    'period-second-half': period('下半年'),
    'period-term': period('学期'),
    'period-school-year': period('学年'),
    'period-year': period('年度'),
  },
  'sign-offs': {
    'sign-off-date': isSignOffDate,
    'numeric-sign-off-date': isNumericDateLine,
    'signer-line': isSignerLine,
    'signer-before-date': isSignerBeforeDate,
  },
  dates: {
    'date-year': wholePiece,
    'date-relative-year': wholePiece,
    'date-range-first': wholePiece,
    'dated-mention': found((t) => datedMentionScanner().exec(t)),
    'head-day': (t) => readHeadDay(t) !== null,
    'head-month': (t) => readHeadMonth(t) !== null,
    'compact-date': (t) => {
      const md = compactDateScanner().exec(t)?.groups?.['md'];
      return md !== undefined && readRunTogetherDate(md).kind === 'date';
    },
    'since-deed': isSinceWithDeed,
    'birth-date-after': (t) => isBirthDateAfter(t, false),
    'birthday-month-after': (t) => isBirthDateAfter(t, false),
    'lunar-date-before': isLunarDateBefore,
    'day-with-time-of-day': (t) => readDayAndTimeOfDay(t)?.timeOfDay === true,
    'described-month': isDescribedMonth,
    'season-month-lead': isSeasonMonthLead,
    'season-month-tail': isSeasonMonthTail,
    'scene-after-date': isSceneAfterDate,
    'deed-before-festival': isDeedBeforeFestival,
    'field-number': wholePiece,
    'time-field': isTimeFieldLead,
    'time-field-inline': (t) => inlineTimeFieldStart(t) >= 0,
    'time-field-heading': isTimeFieldHeading,
    'event-day': (t) => readEventDayMonth(t) !== null,
    'day-alone-line': isDayAloneLine,
    'deadline-field-heading': isDeadlineFieldHeading,
    'event-time-field': isEventTimeFieldLead,
    'plan-field-section': namesPlanFields,
    'field-with-value': givesFieldValue,
    'contest-particular': givesContestParticular,
    'time-after-item': isTimeAfterItem,
    'event-label': isEventLabelLead,
    'list-number-on-year': (t) => unglueListNumbers(t) !== t,
  },
};

/** The data files and what they hold: pattern files (id/pattern/example/why entries) and the others. */
const files = readdirSync(DATA).filter((f) => f.endsWith('.json'));
const patternFiles = files
  .filter((f) => 'patterns' in JSON.parse(readFileSync(new URL(f, DATA), 'utf8')))
  .map((f) => f.slice(0, -5));
/** The examples of layout.json and table-columns.json are lists written "a · b · c". */
const parts = (example: string) => example.split(' · ').map((x) => x.trim());

describe('layout grammar table', () => {
  it('knows every data file', () => {
    expect(files.sort()).toEqual(
      [...patternFiles.map((f) => `${f}.json`), 'layout.json', 'structure.json', 'table-columns.json'].sort(),
    );
    expect(patternFiles.sort()).toEqual(Object.keys(READERS).sort());
  });

  describe.each(patternFiles)('%s.json', (file) => {
    const entries = [...loadPatterns(file).values()];
    it.each(entries.map((e) => [e.id, e] as const))('%s: its example reads, its counter-example does not', (id, e) => {
      const reader = READERS[file]![id];
      expect(reader, `no reader is listed for ${file}.json "${id}"`).toBeDefined();
      expect(reader!(e.example, e), `example ${JSON.stringify(e.example)}`).toBe(true);
      if (e.counterExample !== undefined)
        expect(reader!(e.counterExample, e), `counter-example ${JSON.stringify(e.counterExample)}`).toBe(false);
    });
  });

  describe('layout.json', () => {
    const layout = JSON.parse(readFileSync(new URL('layout.json', DATA), 'utf8')) as {
      titleWords: Array<{ id: string; example: string }>;
      monthRangeSeparators: Array<{ id: string; example: string }>;
      markers: Array<{ id: string; example: string }>;
    };
    it.each(layout.titleWords.map((e) => [e.id, e.example]))('title word %s ends "%s"', (_id, example) => {
      expect(new RegExp(`${TITLE_WORD}$`).test(example)).toBe(true);
    });
    it.each(layout.monthRangeSeparators.flatMap((e) => parts(e.example).map((x) => [e.id, x])))(
      'month range %s: "%s" is a time cell with two months',
      (_id, example) => {
        const m = readTimeCell(example);
        expect(m?.groups?.['a']).toBeDefined();
        expect(new RegExp(MONTH_RANGE_SEPARATOR).test(example)).toBe(true);
      },
    );
    it.each(layout.markers.flatMap((e) => parts(e.example).map((x) => [e.id, x])))(
      'marker %s: "%s" is read as that form',
      (id, example) => {
        expect(readMarker(example, { months: true, chapters: true })?.style).toBe(id);
      },
    );
  });

  describe('structure.json', () => {
    const structure = JSON.parse(readFileSync(new URL('structure.json', DATA), 'utf8')) as {
      entries: Array<{ id: string; kind: string; examples: string[] }>;
    };
    it.each(structure.entries.flatMap((e) => e.examples.map((x) => [e.id, x, e.kind])))(
      '%s: "%s" is a %s line',
      (_id, example, kind) => {
        expect(structureLine(structureCore(example), true)?.kind).toBe(kind);
      },
    );
  });

  describe('table-columns.json', () => {
    const columns = JSON.parse(readFileSync(new URL('table-columns.json', DATA), 'utf8')) as {
      columns: Array<{ id: string; kind: string; example: string }>;
    };
    const table = loadTableColumns();
    it.each(columns.columns.flatMap((e) => parts(e.example).map((x) => [e.id, x, e.kind])))(
      '%s: header cell "%s" is a %s column',
      (_id, example, kind) => {
        expect(table.kindOf(example)).toBe(kind);
      },
    );
  });
});
