// The year a document states for itself — in its title, else in its opening lines — never the page's upload
// or publish date. "2013-2014学年度" is a school year (recorded as such; its first year is the year).
// Anonymised years ("20xx", "201_") give no year.
import {
  readChineseYear,
  readShortYear,
  readRocYear,
  readOpeningDate,
  readEventDate,
  readReportYear,
  readWorkYear,
  readSentenceYear,
  readArrivingYear,
  reportYears,
  reviewedYears,
  readPlaceholderYear,
  readSchoolYear,
  readSchoolYearByFirstYear,
  readStatedYear,
  readTitleYear,
  readSummaryAndPlanYears,
  readReviewMeetingYear,
  namedDocumentYearSpans,
  type YearReader,
} from '../../lexicon/layout/years.ts';
import { scheduleStart } from '../../lexicon/layout/month-header.ts';
import { isTimeFieldHeading, isTimeFieldLead, readEventDayMonth } from '../../lexicon/layout/dates.ts';
import { isSalutation } from '../../lexicon/layout/parts.ts';
import { readDocumentNumberYear } from '../../lexicon/layout/titles.ts';
import { belowHeadlineLines } from './document-kind.ts';

export interface DocumentYear {
  year: number | null;
  schoolYear: string | null;
  /** The text the year was read from, or the placeholder that hid it. */
  evidence: string | null;
  anonymised: boolean;
  from: 'title' | 'text' | null;
}

// The year patterns are the layout grammar's (data/years.json): a publish date or a full date in the text
// ("2025年9月5日", an event's or a signature's day) is never the year a document is about.
/** The opening of a text where it states its own year. */
const OPENING = 300;

/** The opening lines: the first two paragraphs that say something (a salutation or a site word is no paragraph). */
const OPENING_PARAGRAPHS = 2;
const SAYS_SOMETHING = 10;

/** Where the text's opening paragraphs end. */
function openingParagraphsEnd(text: string): number {
  let counted = 0;
  let at = 0;
  for (const line of text.split('\n')) {
    at += line.length + 1;
    if (line.trim().length >= SAYS_SOMETHING && !isSalutation(line.trim()) && ++counted === OPENING_PARAGRAPHS)
      return at;
  }
  return text.length;
}

function plausible(year: number, now: number): boolean {
  return year >= 1980 && year <= now + 1;
}

function readYear(
  text: string,
  now: number,
  readYearIn: YearReader = readStatedYear,
  /** In an opening, a year stated after a hidden one is the text's own ("20__年，… 现将2019年工作总结如下"). */
  statedOutranksPlaceholder = false,
): Omit<DocumentYear, 'from'> | null {
  const sy = readSchoolYear(text);
  if (sy && Number(sy[2]) === Number(sy[1]) + 1 && plausible(Number(sy[1]), now)) {
    return { year: Number(sy[1]), schoolYear: `${sy[1]}-${sy[2]}`, evidence: sy[0], anonymised: false };
  }
  const placeholder = readPlaceholderYear(text);
  const y = readYearIn(text);
  const chinese = readChineseYear(text);
  const cn = chinese?.match ?? null;
  const cnYear = chinese?.year ?? null;
  const shortRead = readShortYear(text);
  const short = shortRead?.match ?? null;
  const shortYear = shortRead?.year ?? null;
  // The first 民国 year a document could be of: a founding year (民国五十七年) is passed over for 112学年度.
  const roc = readRocYear(text, (year) => plausible(year, now));
  const candidates = [
    y && plausible(Number(y[1]), now) ? { at: y.index, year: Number(y[1]), evidence: y[0] } : null,
    cn && cnYear !== null && plausible(cnYear, now) ? { at: cn.index, year: cnYear, evidence: cn[0] } : null,
    short && shortYear !== null && plausible(shortYear, now)
      ? { at: short.index, year: shortYear, evidence: short[0] }
      : null,
    roc && plausible(roc.year, now) ? { at: roc.match.index, year: roc.year, evidence: roc.match[0] } : null,
  ]
    .filter((c): c is { at: number; year: number; evidence: string } => c !== null)
    .sort((a, b) => a.at - b.at);
  const first = candidates[0];
  if (placeholder && (!first || (placeholder.index < first.at && !statedOutranksPlaceholder)))
    return { year: null, schoolYear: null, evidence: placeholder[0], anonymised: true };
  if (first) {
    // "2021学年度第二学期": the year the text opens with names a school year by its first year (SCHEMA: 2021-2022).
    const byFirst = readSchoolYearByFirstYear(text);
    // Taiwan's school year (112学年度) runs from its year's autumn: 2023-2024.
    const rocSchoolYear = roc && first.at === roc.match.index && roc.schoolYear;
    const schoolYear =
      (byFirst && byFirst.index === first.at) || rocSchoolYear ? `${first.year}-${first.year + 1}` : null;
    return { year: first.year, schoolYear, evidence: first.evidence, anonymised: false };
  }
  return null;
}

/** Where a text states its own year: its first two paragraphs, before any schedule, within OPENING. */
function openingOf(text: string): string {
  return text.slice(0, Math.min(OPENING, scheduleStart(text, OPENING), openingParagraphsEnd(text)));
}

/** How far down a headline left in the text is still read as the text's head (a browser notice, a column name
 * above it). */
const HEADLINE_LINES = 5;
const HEADLINE_REACH = 160;

/** The text below its title's line when a few short lines stand above it (请升级浏览器… / 新闻快讯 / the headline):
 * what stands above a report's headline is the site's, and the report opens below it (zb011); else the text. */
function belowTitleDownTheText(text: string, title: string | null): string {
  if (title === null || !title.trim()) return text;
  let at = text.indexOf('\n') + 1;
  for (let n = 1; at > 0 && n < HEADLINE_LINES && at < HEADLINE_REACH; n++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    if (text.slice(at, nl).trim() === title.trim()) return text.slice(nl + 1);
    at = nl + 1;
  }
  return text;
}

/** The text without its first line when that line is the title (a headline the splitter left in the text), or
 * without the lines down to the title a few lines down. */
function withoutTitleLine(text: string, title: string | null): string {
  const nl = text.indexOf('\n');
  return title !== null && nl > 0 && text.slice(0, nl).trim() === title.trim()
    ? text.slice(nl + 1)
    : belowTitleDownTheText(text, title);
}

/** Where a line's first year starts (2023年, 二〇二三年). */
const FIRST_YEAR = /(?:19|20)\d{2}|[一二][〇○零0][一二三四五六七八九〇○零0]{2}/u;

/**
 * The opening without the dates of an event plan's time field (活动时间：2023年3月, 三、活动时间 ⏎ 2023年3月8日):
 * that year is the event's, not one the document states for itself (SCHEMA: a year found only in an activity
 * field is no document year). The lines stay, emptied, so the opening keeps its length.
 */
function withoutTimeFields(opening: string): string {
  const lines = opening.split('\n');
  return lines
    .map((line, k) => {
      const at = line.search(FIRST_YEAR);
      if (at < 0) return line;
      const underHeading = k > 0 && isTimeFieldHeading(lines[k - 1]!) && line.slice(0, at).trim() === '';
      return underHeading || isTimeFieldLead(line.slice(0, at)) ? ' '.repeat(line.length) : line;
    })
    .join('\n');
}

/**
 * The text without the years it names for other documents (a cited 《…》 name, a plan it follows: 根据区工会
 * 2023年工作要点): those are theirs, not this text's (SCHEMA audit 3), nor does a year they hide (xx年工作要点)
 * make this text anonymised. The years are blanked, so every offset stays.
 */
function withoutNamedDocuments(text: string): string {
  // One pass over the spans, in order of their start; an overlapping one blanks only what is left of it.
  let out = '';
  let at = 0;
  for (const [start, end] of namedDocumentYearSpans(text)) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + ' '.repeat(end - from);
    at = end;
  }
  return at === 0 ? text : out + text.slice(at);
}

/**
 * The year of work the opening names by 年度 (召开了2016年度工作总结大会, 总结2016年度工会工作), where the year read
 * first is only the date of the event it opens with (2017年元月，…): a summary given at the next year's first
 * meeting is of the year whose work it sums up, not of that meeting. Null when the first year is the work's too,
 * a school year, or stated otherwise than by its month (2017年，学校…).
 */
function workYearOver(
  first: Omit<DocumentYear, 'from'>,
  opening: string,
  now: number,
): Omit<DocumentYear, 'from'> | null {
  if (first.year === null || first.schoolYear) return null;
  const work = readWorkYear(opening);
  if (!work || Number(work[1]) === first.year || !plausible(Number(work[1]), now)) return null;
  // Every mention of the first year dates a month (2017年元月, 2017年1月8日): the year of an event, not stated.
  const mentions = opening.match(new RegExp(`(?<!\\d)${first.year}(?!\\d)`, 'gu'))?.length ?? 0;
  const dated =
    opening.match(
      new RegExp(`(?<!\\d)${first.year}\\s*年\\s*(?:元|正|[一二三四五六七八九十]{1,2}|\\d{1,2})\\s*月`, 'gu'),
    )?.length ?? 0;
  if (mentions === 0 || dated !== mentions) return null;
  return { year: Number(work[1]), schoolYear: null, evidence: work[0], anonymised: false };
}

export interface YearOptions {
  /** Read the title only: a news report's dates are its events', not a year it is about… */
  titleOnly?: boolean;
  /** …except where its first sentence (after a desk or byline) opens with the event's full date, or states a
   * year in its first sentence ("召开2007年上半年女工工作总结会议"), or every year its opening states for what it
   * reports is one: the year the report is of. */
  newsOpening?: string;
  /** A plan or a notice: it announces an event, and the full date its opening sets that event on is its year (拟于
   * 2025年1月4日举行…; 2025年3月8日是第115个“三八”国际劳动妇女节), where its opening states none otherwise. */
  announcement?: boolean;
}

/** A news report's first sentence, past the headline and slogan lines it may stand under. */
function firstSentence(opening: string): string {
  return belowHeadlineLines(opening).split(/[。！？\n]/u)[0]!;
}

/** A text's sentences, in order (a line break ends one too); a quotation's closing mark stays with the sentence it
 * closes (“…挑刺大会。”2026年2月4日,… opens its next sentence on the date). */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？!?][”’"」』]*)(?![”’"」』])|\n/u)
    .map((x) => x.replace(/[。！？!?]$/u, ''))
    .filter((x) => x.trim() !== '');
}

/** The closing mark of a quotation a text's cut left at its start. */
const QUOTE_CLOSED_BEFORE = /^[\s”’"」』]+/u;

/** A sentence that is a full date alone (2023年12月26日, 2023-12-26): a sign-off's line. */
const BARE_DATE =
  /^\s*(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})\s*$/u;

/** A day in December (12月28日, 十二月): a report's event dated so falls before the new year it welcomes. */
const DECEMBER_DAY = /(?<!\d)12\s*月\s*\d{1,2}\s*[日号]|十二月/u;

/** The year a report's first sentence names is the new year its occasion welcomes, while its event is in December
 * (12月28日下午，在2019年元旦即将来临之际，…): the event falls in the year before (SCHEMA audit 3). */
function welcomedBeforeItsDay(first: string, year: number): boolean {
  const arriving = readArrivingYear(first);
  return arriving !== null && Number(arriving[1]) === year && DECEMBER_DAY.test(first);
}

/** How many of a report's first sentences may date its event (its purpose, a slogan line, then its day). */
const LEAD_SENTENCES = 3;
/** A day an event is dated by (3月9日, 9日上午)… */
const DAY_OF_EVENT = /(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?<![\d月])\d{1,2}\s*[日号](?:上午|下午|中午|晚上?)/u;
/** A day set ahead (定于, 拟于, 将于…): a report's later sentence may tell what its meeting scheduled, not its event. */
const SET_AHEAD = /(?:(?<!决)定|拟|将|计划|准备|预计)于\s*(?:19|20)\d{2}/u;
/** …not a day something is due by (…3月20日前报送); 前往/前来/前去 after a date are verbs of going. */
const DEADLINE = /\d\s*[日号]\s*(?:之)?前(?![往来去])/u;

/** A sentence opening on the full date of the occasion it announces (2025年3月8日是第115个“三八”国际劳动妇女节). */
const OCCASION_DAY = /^\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*是/u;

/**
 * The full date an announcement's first sentences set its event on (拟定于2015年12月31日下午…举办; 我校拟于2025年
 * 1月4日举行…), or the day of the occasion it opens on, below its address and headline lines: group 1 the year. A
 * deadline (于…日前报送) sets no event (event-date).
 */
function announcedDate(opening: string): RegExpExecArray | null {
  const lines = opening.split('\n').filter((line) => !isSalutation(line.trim()));
  for (const sentence of sentencesOf(belowHeadlineLines(lines.join('\n'))).slice(0, LEAD_SENTENCES)) {
    const dated = OCCASION_DAY.exec(sentence) ?? readEventDate(sentence);
    if (dated) return dated;
  }
  return null;
}

/** How far down a news report's opening its lead sentence may date the reported event, past an occasion's paragraph
 * or a poster's short lines above it (the opening's reach, not its first two paragraphs). */
const LEAD_REACH = 300;
/** How much of a news report's opening may state its year (its first sentence within this). */
const NEWS_OPENING = 200;
/** The months early in a year a meeting that reviews the year before and plans this one is held in. */
const EARLY_MONTHS = 6;

/** The full date a report's opening dates its event on: its first sentence's opening date, else the date its
 * first sentence sets the event on after a purpose (为…，2018年1月17日下午，…召开). Group 1 the year. */
function heldYear(newsOpening: string): RegExpExecArray | null {
  return readOpeningDate(newsOpening) ?? readEventDate(firstSentence(newsOpening.slice(0, NEWS_OPENING)));
}

export function documentYear(
  title: string | null,
  text: string,
  now = new Date().getFullYear(),
  options: YearOptions = {},
): DocumentYear {
  const fromTitle = title ? readYear(title, now, readTitleYear) : null;
  if (fromTitle) {
    // A news report's opening, when there is one: where a review meeting's headline year gives way to when it was held.
    const news = options.titleOnly ? options.newsOpening : undefined;
    // A report of a meeting that reviews one year and plans the next is of the year it was held in: the plan's
    // when its opening dates it early in the year (3月3日), the summary's otherwise.
    const both = news !== undefined ? readSummaryAndPlanYears(title!) : null;
    if (both && fromTitle.year === both.summary) {
      const month = readEventDayMonth(openingOf(belowTitleDownTheText(news!, title)));
      if (month !== null && month <= EARLY_MONTHS)
        return {
          ...fromTitle,
          year: both.plan,
          evidence: `${both.match} (held in ${month}月)`,
          from: 'title',
        };
    }
    // A report of a meeting that reviews the year its headline names (召开2017年度工会工作总结会) is of the year its
    // opening dates the meeting: the next one's when held early in it (2018年1月17日下午，…; SCHEMA audit 9).
    const reviewed = news !== undefined ? readReviewMeetingYear(title!) : null;
    if (reviewed && Number(reviewed[1]) === fromTitle.year) {
      const held = heldYear(withoutNamedDocuments(withoutTitleLine(news!, title)));
      if (held && Number(held[1]) === fromTitle.year + 1)
        return {
          ...fromTitle,
          year: Number(held[1]),
          evidence: `${reviewed[0]} (held ${held[0].trim()})`,
          from: 'title',
        };
    }
    return { ...fromTitle, from: 'title' };
  }
  // A headline left as the text's first line is the title read above, not one of the opening's paragraphs.
  text = withoutNamedDocuments(withoutTitleLine(text, title));
  if (options.titleOnly && options.newsOpening !== undefined) {
    // A lead cut after a quotation keeps its closing mark (”2026年2月4日,…): the sentence opens past it.
    const newsOpening = withoutNamedDocuments(belowTitleDownTheText(options.newsOpening, title)).replace(
      QUOTE_CLOSED_BEFORE,
      '',
    );
    const dated = readOpeningDate(newsOpening);
    if (dated && plausible(Number(dated[1]), now))
      return { year: Number(dated[1]), schoolYear: null, evidence: dated[0], anonymised: false, from: 'text' };
    const first = firstSentence(newsOpening.slice(0, NEWS_OPENING));
    const event = readEventDate(first);
    if (event && plausible(Number(event[1]), now))
      return { year: Number(event[1]), schoolYear: null, evidence: event[0], anonymised: false, from: 'text' };
    const stated = readReportYear(first);
    if (stated && plausible(Number(stated[1]), now) && !welcomedBeforeItsDay(first, Number(stated[1])))
      return { year: Number(stated[1]), schoolYear: null, evidence: stated[0], anonymised: false, from: 'text' };
    // A report may open on its purpose or a slogan line (为贯彻…。; 楚湘，引领湖湘), below its headline's lines, and date
    // its event by month and day in the next sentence, naming the event with its year there (3月9日，2023年某教育工会工作会议召开): the opening
    // lines reach the first sentence that dates the reported event (SCHEMA audit 3).
    const eventSentence = sentencesOf(openingOf(belowHeadlineLines(newsOpening)))
      .slice(0, LEAD_SENTENCES)
      .find((sentence) => DAY_OF_EVENT.test(sentence) && !DEADLINE.test(sentence));
    if (eventSentence && eventSentence !== first) {
      // Its full date (我校决定于2012年3月1日起开展…), else the year its event's name states.
      const named =
        (SET_AHEAD.test(eventSentence) ? null : readEventDate(eventSentence)) ?? readReportYear(eventSentence);
      const year = named ? Number(named[1]) : null;
      if (
        year !== null &&
        plausible(year, now) &&
        !reviewedYears(eventSentence).includes(year) &&
        !welcomedBeforeItsDay(eventSentence, year)
      )
        return { year, schoolYear: null, evidence: named![0], anonymised: false, from: 'text' };
    }
    // A report may open with the occasion (节日来临，某校工会为教师准备了…) and date its event in the next sentence
    // (某年某月某日下午，教师们参加了…): the first sentence of its opening paragraphs that opens with a full date
    // dates the reported event (SCHEMA audit 3).
    // A line that is a date and nothing more (…的放松。⏎2023年12月26日) is the report's sign-off, not its event
    // (SCHEMA: a sign-off's date is no year).
    const laterDated = sentencesOf(openingOf(newsOpening))
      .slice(1)
      .filter((sentence) => !BARE_DATE.test(sentence))
      .map((sentence) => readOpeningDate(sentence))
      .find((m) => m !== null);
    if (laterDated && plausible(Number(laterDated[1]), now))
      return {
        year: Number(laterDated[1]),
        schoolYear: null,
        evidence: laterDated[0],
        anonymised: false,
        from: 'text',
      };
    // A report may open on an occasion's or a history's paragraph, or under a poster's short lines, and tell its
    // event in a later sentence with the full date its subject held it on (…工会于2017年3月8日…举行; 由…主办的
    // 《…》从2020年9月11日拉开序幕): the first such sentence within its opening's reach dates the reported event
    // (SCHEMA audit 3), unless it sets a day ahead, reviews a year or welcomes one before its day.
    const leadEvent = sentencesOf(belowHeadlineLines(newsOpening).slice(0, LEAD_REACH))
      .filter((sentence) => !BARE_DATE.test(sentence) && !SET_AHEAD.test(sentence))
      .map((sentence) => ({ sentence, dated: readEventDate(sentence) }))
      .find(({ dated }) => dated !== null);
    if (leadEvent) {
      const year = Number(leadEvent.dated![1]);
      if (
        plausible(year, now) &&
        !reviewedYears(leadEvent.sentence).includes(year) &&
        !welcomedBeforeItsDay(leadEvent.sentence, year)
      )
        return { year, schoolYear: null, evidence: leadEvent.dated![0], anonymised: false, from: 'text' };
    }
    // A sentence of its opening paragraphs that opens with a year as its topic (2014年，是…) states the text's year.
    const topic = readSentenceYear(openingOf(text));
    if (topic && plausible(Number(topic[1]), now))
      return { year: Number(topic[1]), schoolYear: null, evidence: topic[0].trim(), anonymised: false, from: 'text' };
    // A report dated by month and day only names its year where it tells what was done (会上…部署了2023年工作):
    // taken when its opening states one year, at least twice, and no other; named once it is as often a year
    // the report mentions (a target, a plan it heard) as the one it is of, and no year is then the better guess.
    // A document it cites with that year (《关于开展某年…活动的通知》) bears it out, but a year named only for
    // documents it heard or follows (传达了某年…工作要点) is theirs: one mention must be the report's own.
    const years = reportYears(options.newsOpening.slice(0, OPENING));
    const named = new Set(years);
    const own = new Set(reportYears(newsOpening.slice(0, OPENING)));
    // The year of work its meeting looked back on (会长总结了2016年度…工作。2016年支会…) is that work's, however
    // often the report narrates it.
    const reviewed = new Set(reviewedYears(newsOpening.slice(0, OPENING)));
    const only =
      named.size === 1 && years.length >= 2 && own.has(years[0]!) && !reviewed.has(years[0]!) ? years[0]! : null;
    if (only !== null && plausible(only, now))
      return {
        year: only,
        schoolYear: null,
        evidence: `${only}年 (the one year its opening names)`,
        anonymised: false,
        from: 'text',
      };
  }
  // A schedule's lines state their events' years ("四月：2023年教职工篮球比赛"), not the document's; nor do the
  // paragraphs after the first two (a table's caption, 表1 2023年…情况表, an honour won): past its opening.
  const opening = withoutTimeFields(openingOf(text));
  const fromText = options.titleOnly ? null : readYear(opening, now, readStatedYear, true);
  if (fromText) return { ...(workYearOver(fromText, opening, now) ?? fromText), from: 'text' };
  // …a news item's too, when its title names it a notice: the date it sets its event on (SCHEMA audit 3).
  if (options.announcement) {
    const announced = announcedDate(opening);
    if (announced && plausible(Number(announced[1]), now))
      return { year: Number(announced[1]), schoolYear: null, evidence: announced[0], anonymised: false, from: 'text' };
  }
  // An official document's number heading it (某工字〔2017〕40号) states the year it was issued in: its own year, where
  // nothing else states one (a notice's or a news item's alike: a number is no publish date).
  const numbered = numberLineYear(text);
  if (numbered && plausible(Number(numbered), now))
    return { year: Number(numbered), schoolYear: null, evidence: `〔${numbered}〕`, anonymised: false, from: 'text' };
  return { year: null, schoolYear: null, evidence: null, anonymised: false, from: null };
}

/** How many of a text's first lines may hold its document number (a red-head's unit line may stand above it). */
const NUMBER_LINE_REACH = 3;

/** The year of the document number among a text's first lines, or null. */
function numberLineYear(text: string): string | null {
  for (const line of text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, NUMBER_LINE_REACH)) {
    const year = readDocumentNumberYear(line);
    if (year !== null) return year;
  }
  return null;
}
