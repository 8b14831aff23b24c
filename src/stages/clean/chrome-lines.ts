// Site chrome by line shape and place, not by wording. A page's main text is a block of sentence-like lines
// (punctuated sentences, numbered headings and items); the chrome a site wraps around it — menus, crumbs,
// counters, dates, widgets, notices to the reader, lists of other articles — is short, punctuation-poor and
// stands before the text or after it. Each line gets named features; their weights (data/chrome-lines.json)
// add up to a score. Outside the body block a line goes at the outside threshold; inside it only at the
// (higher) inside threshold, so a plan's own short lines survive. Headings, titles, signatures and part
// markers are protected whatever they score. Every removal carries its feature values as its reason.
import { z } from 'zod';
import { isTitleLine, TITLE_KIND } from '../../lexicon/plan-structure.ts';
import { readMarker } from '../../lexicon/layout/markers.ts';
import {
  isSalutation,
  mentionsPart,
  readBracketedNumeral,
  readNumberedPart,
  readPartMarker,
} from '../../lexicon/layout/parts.ts';
import {
  isBareTitleLine,
  isDocumentNumberLine,
  isHeadlineLine,
  isSummaryLabel,
  isUnitNameLine,
  namesHeadlineSubject,
  readSubtitleLine,
  withoutEdgeMarks,
} from '../../lexicon/layout/titles.ts';
import { isNumericDateLine, isSignerBeforeDate, isSignerLine, isSignOffDate } from '../../lexicon/layout/sign-offs.ts';
import { loadRuleFile, ruleList, rulePattern, ruleTerm, Why } from '../../lexicon/rule-file.ts';

export const CHROME_FEATURES = [
  'short',
  'no-sentence-punctuation',
  'menu-run',
  'nav-separator',
  'nav-separators',
  'timestamp',
  'counter',
  'web-word',
  'web-words',
  'reader-address',
  'byline',
  'credit',
  'bracketed',
  'latin',
  'web-address',
  'site-name',
  'empty-label',
  'field-pairs',
  'contact',
  'bars-only',
  'bar-label',
  'headline-run',
  'file-name',
  'caption',
  'school-byline',
  'restated',
  'repeated',
  'headline-copy',
  'title-list',
  'other-title',
  'introduction',
  'in-chrome-run',
  'footer',
  'page-end-label',
  'title-copy',
  'sentence',
  'heading',
  'title',
  'signature',
  'part-marker',
  'table-cell',
] as const;
export type ChromeFeature = (typeof CHROME_FEATURES)[number];

/**
 * A plan's own lines no glued-credit pattern may cut anything from. (A numbered item or month ending in the
 * unit responsible, 。（工会）, is kept by place: no cut is made on a heading's line.)
 */
const GLUED_ORDINARY = [
  '一、指导思想',
  '以服务教职工为宗旨，认真履行工会各项职能。',
  '（一）加强民主管理',
  '各项工作按计划完成。（附件一）',
  '（试行）',
];

/** A plan's own lines no caption pattern may match: an agenda's items, a report named, a place an item ends in. */
const CAPTION_ORDINARY = [
  '校长讲话',
  '三、校长讲话',
  '代表工会委员会作工作报告',
  '组织青年教师观摩教学现场',
  '教职工代表大会',
];

const FeatureRule = z.strictObject({
  id: z.enum(CHROME_FEATURES),
  weight: z.number(),
  protects: z.boolean().optional(),
  why: Why,
});
const ChromeFile = z.strictObject({
  $comment: z.string().optional(),
  thresholds: z.strictObject({ outside: z.number().positive(), inside: z.number().positive() }),
  shortLine: z.number().int().min(4),
  sentenceLine: z.number().int().min(4),
  longestChrome: z.number().int().min(20),
  /**
   * Photos' captions in a run between a report's sentences (markCaptionRuns): how many lines at fewest, how long
   * (characters, spaces aside) each line at most.
   */
  captionRun: z.strictObject({ why: Why, fewest: z.number().int().min(2), longest: z.number().int().min(8) }),
  /**
   * A list of people, each a name then their unit and post (某某 某某大学某学院教师): a run holding this many such
   * lines is the text's list (honourees, a delegation), never a photo's captions.
   */
  captionRoster: z
    .strictObject({
      id: z.literal('caption-roster'),
      why: Why,
      example: z.string().min(2),
      pattern: z.string().min(2),
      fewest: z.number().int().min(2),
    })
    .optional(),
  /** Whether a page that captions one photo captions the others too (lone caption-shaped lines between paragraphs). */
  captionSiblings: z
    .strictObject({ id: z.literal('caption-siblings'), why: Why, example: z.string().min(2), on: z.boolean() })
    .optional(),
  /**
   * The page's title printed again inside the text (markTitleCopies): how many lines into the body a copy may
   * stand (after the body's first line), how long (characters, spaces aside) a title must be at least.
   */
  titleCopy: z
    .strictObject({
      id: z.literal('title-copy'),
      why: Why,
      example: z.string().min(2),
      nearStart: z.number().int().min(1),
      shortest: z.number().int().min(4),
    })
    .optional(),
  features: ruleList(FeatureRule).superRefine((fs, ctx) => {
    for (const id of CHROME_FEATURES)
      if (!fs.some((f) => f.id === id)) ctx.addIssue({ code: 'custom', message: `feature "${id}" has no weight` });
  }),
  vocabularies: ruleList(
    z.strictObject({
      id: z.enum(['web-words', 'reader-words', 'byline-words']),
      why: Why,
      terms: z.array(ruleTerm(2)).min(1),
    }),
  ),
  /**
   * Credits glued to the text: a desk and credit opening the first line of the text, a reporter's name in
   * brackets closing its last one. Each pattern matches the part to cut, at the line's start or end.
   */
  glued: ruleList(
    z.strictObject({
      id: z.string().min(1),
      why: Why,
      at: z.enum(['first', 'last']),
      pattern: rulePattern({ flags: 'u', ordinaryText: GLUED_ORDINARY }),
    }),
  ),
  /**
   * A photo's caption by what it says: a picture's word (…会议现场, …合影), or a speaker and only that they spoke
   * (某校长发表讲话). 'anything': wherever the line stands; 'prose': only right under a sentence of the text (or
   * under another caption), where a report sets its photos, never among an agenda's own short lines. Each rule's
   * example must match its pattern.
   */
  captions: ruleList(
    z
      .strictObject({
        id: z.string().min(1),
        why: Why,
        example: z.string().min(2),
        after: z.enum(['anything', 'prose']),
        pattern: rulePattern({ flags: 'u', ordinaryText: CAPTION_ORDINARY }),
      })
      .refine((c) => new RegExp(c.pattern, 'u').test(c.example), {
        message: "a caption rule's example must match its pattern",
        path: ['example'],
      }),
  ),
  /** A credit line's words: newsroom roles (one character may be a role: 文/, 图/) and a desk's reporters. */
  credits: ruleList(
    z.strictObject({
      id: z.enum(['roles', 'desks', 'spaced-roles', 'name-first-roles']),
      why: Why,
      terms: z.array(ruleTerm(1)).min(1),
    }),
  ).refine(
    (cs) => cs.some((c) => c.id === 'roles') && cs.some((c) => c.id === 'desks'),
    'credits need roles and desks',
  ),
});

export interface ChromeModel {
  outside: number;
  inside: number;
  shortLine: number;
  sentenceLine: number;
  longestChrome: number;
  captionRun: { fewest: number; longest: number };
  /** A roster's line (name, then unit and post) and how many of them make a run the text's list; null: none. */
  captionRoster: { line: RegExp; fewest: number } | null;
  captionSiblings: boolean;
  titleCopy: { nearStart: number; shortest: number } | null;
  weights: Map<ChromeFeature, number>;
  protecting: Set<ChromeFeature>;
  webWords: RegExp;
  readerWords: RegExp;
  bylineWords: RegExp;
  creditLine: RegExp;
  glued: Array<{ id: string; at: 'first' | 'last'; pattern: RegExp }>;
  captions: Array<{ id: string; after: 'anything' | 'prose'; pattern: RegExp }>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A line that is nothing but credits: roles joined to names by a slash or colon (文/某某 图/某某, 初审：某某,
 * 初审(一审)：某某, /文  某某),
 * or a desk's reporter standing alone (本报记者, 本报记者 某某), or a reporter's role and name parted by a space
 * (记者 某某). A plan's own roster (组长：某某, 通讯员：某某)
 * names no newsroom role, so it is left alone.
 */
function creditLinePattern(
  roles: string[],
  desks: string[],
  spacedRoles: string[] = [],
  nameFirstRoles: string[] = [],
): RegExp {
  const role = `(?:${roles.map(escape).join('|')})`;
  const name = '[\\p{Script=Han}·A-Za-z]{1,12}';
  // A review chain may number its roles in brackets (初审(一审)：某某, 终审（三审）：某某).
  const credit = `${role}(?:\\s*[(（][一二三四五六七八九十]审[)）])?\\s*[/／:：]\\s*${name}(?:[\\s、，,]+${name})*?`;
  const desk = `(?:${desks.map(escape).join('|')})(?:\\s*[/／:：]?\\s*${name}(?:[\\s、，,]+${name})*)?`;
  // A credit whose slash stands before its role (/文  某某): the role's mark set the other way round.
  const slashFirst = `[/／]\\s*${role}\\s+${name}(?:[\\s、，,]+${name})*?`;
  // A reporter's role parted from the name by a space alone (记者 某某): a person's name, two to four characters.
  const person = '[\\p{Script=Han}·]{2,4}';
  const spaced = spacedRoles.length
    ? `|(?:${spacedRoles.map(escape).join('|')})\\s+${person}(?:[\\s、，,]+${person})*`
    : '';
  // A name and then what the person did (某某 文/图, 某某 摄), perhaps after a medium's reporter (某某网通讯员 某某 文/图).
  const nameFirst = nameFirstRoles.length
    ? `|(?:[\\p{Script=Han}]{0,10}?(?:通讯员|记者)\\s+)?${person}(?:[\\s、，,]+${person})*\\s+(?:${nameFirstRoles.map(escape).join('|')})`
    : '';
  const english =
    '(?:[A-Z][A-Za-z]*\\s+){0,3}(?:Reporter|Correspondent|Editor)s?|By\\s+[A-Z][A-Za-z]+(?:\\s+[A-Z][A-Za-z]+)*';
  return new RegExp(
    `^[(（【\\[]?\\s*(?:(?:${credit})(?:[\\s;；|｜]+${credit})*|${slashFirst}${spaced}${nameFirst}|${desk}|${english})\\s*[)）】\\]]?$`,
    'u',
  );
}

export const DEFAULT_CHROME_FILE = new URL('./data/chrome-lines.json', import.meta.url);

export function loadChromeModel(file: URL | string = DEFAULT_CHROME_FILE): ChromeModel {
  const data = loadRuleFile(file, ChromeFile);
  const terms = (id: string) => data.vocabularies.filter((v) => v.id === id).flatMap((v) => v.terms);
  const credits = (id: string) => data.credits.filter((c) => c.id === id).flatMap((c) => c.terms);
  const vocabulary = (id: string) => new RegExp(terms(id).map(escape).join('|'), 'gu');
  return {
    outside: data.thresholds.outside,
    inside: data.thresholds.inside,
    shortLine: data.shortLine,
    sentenceLine: data.sentenceLine,
    longestChrome: data.longestChrome,
    captionRun: { fewest: data.captionRun.fewest, longest: data.captionRun.longest },
    captionRoster: data.captionRoster
      ? { line: new RegExp(data.captionRoster.pattern, 'u'), fewest: data.captionRoster.fewest }
      : null,
    captionSiblings: data.captionSiblings?.on ?? false,
    titleCopy: data.titleCopy ? { nearStart: data.titleCopy.nearStart, shortest: data.titleCopy.shortest } : null,
    weights: new Map(data.features.map((f) => [f.id, f.weight])),
    protecting: new Set(data.features.filter((f) => f.protects).map((f) => f.id)),
    webWords: vocabulary('web-words'),
    readerWords: vocabulary('reader-words'),
    bylineWords: vocabulary('byline-words'),
    creditLine: creditLinePattern(
      credits('roles'),
      credits('desks'),
      credits('spaced-roles'),
      credits('name-first-roles'),
    ),
    glued: data.glued.map((g) => ({ id: g.id, at: g.at, pattern: new RegExp(g.pattern, 'u') })),
    captions: data.captions.map((c) => ({ id: c.id, after: c.after, pattern: new RegExp(c.pattern, 'u') })),
  };
}

const SENTENCE_PUNCTUATION = /[，。；！？、,;!?]/u;
const SENTENCE_END = /[。；！？;!?]/u;
const MENU_LABEL = /^[\p{Script=Han}A-Za-z]{2,6}$/u;
/** A separator between two labels (not a table cell's closing bar). */
const NAV_SEPARATOR = /[^\s|｜>»›＞]\s*(?:\||｜|>>?|»|›|＞)\s*(?=[^\s|｜>»›＞])/gu;
const SLASH_CRUMB = /^\p{Script=Han}{2,8}(?:[/／]\p{Script=Han}{2,8}){1,3}$/u;
const TABLE_CELL = /\s\|\s*$/u;
/** A line opening with a link bar's separator (| 某某, | 来源:…): the label it joined was lost in extraction. */
const LEADING_BAR = /^[|｜]\s*[^\s|｜]/u;
/** A machine date or time: ISO-like, a clock, a relative time, or zero-padded (2023年03月01日) as no writer signs. */
const TIMESTAMP =
  /(?<!\d)(?:(?:19|20)?\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\s*(?:分钟|小时|天)前|(?:19|20)\d{2}年(?:0\d月\d{1,2}|\d{1,2}月0\d)日)(?!\d)/u;
/**
 * A clock range (上午9:00~12:00, 19:00-20:30, 9:30至10:10): when an event runs, never when a page was stamped, whose clock
 * is one moment. Taken out of the line before the timestamp test, so a schedule's own time field (时间:…上午9:00-9:30)
 * does not read as a publish line.
 */
const CLOCK_RANGE = /(?<!\d)\d{1,2}:\d{2}\s*[-~～—–至到]+\s*\d{1,2}:\d{2}(?!\d)/gu;
/**
 * How a site's name ends (范文网, 某某文库, 学习平台, 教育门户), or a site's name then its slogan after a dash or a bar
 * (某某大全网 - 海量某某在线查询, 某某网—中国第一某某门户): the masthead, not the document.
 */
const SITE_NAME =
  /(?:网|网站|文库|平台|门户)$|^[^，。,；;：:]{2,12}(?:网|网站|文库|门户)[-—－–|｜_]+[^，。,；;：:]{2,}$/u;
/**
 * Counts a page shows: views with a magnitude (2.3W, 1.2万, 3k), counts in brackets (评论(0)), 亿/万 catalogues,
 * and a file's size (45.00 KB, 26.83KB, 1.2MB): a download page's numbers, never a plan's.
 */
const COUNTER =
  /(?<![\d.])\d+(?:\.\d+)?\s*(?:[wWkK](?![A-Za-z])|[KkMG]B(?![A-Za-z])|万(?!元)|亿(?!元))|[(（]\d+[)）]\s*$/u;
/** A site's address (www.example.com, fanwen.example.cn, Example.Com): the page names where it lives. */
const WEB_ADDRESS =
  /(?<![A-Za-z0-9.@-])(?:www\.)?[a-z0-9-]{2,}(?:\.[a-z0-9-]{2,})*\.(?:com|cn|net|org|edu|gov|top|cc|tw|hk|info)(?![A-Za-z0-9])/iu;
/** A line that only gives a file's length (• 13页, • 约2.02千字): a 文库 preview's card, never a plan's line. */
const LENGTH_ONLY = /^[•·\-\s]*约?\s*\d+(?:\.\d+)?\s*(?:千字|万字|字|页)$/u;
/** Whom a site addresses: you, everyone, the reader. */
const READER = /[你您]|大家|读者/u;
const COMMA = /[，,]/gu;
/** A field's label with nothing after it (浏览:, 作者：): a page's form whose value the extraction lost. */
const EMPTY_LABEL = /^\p{Script=Han}{1,6}[:：]$/u;
/** A bullet or dash a page sets before each of its fields (- 作者:某某, • 分享至:). */
const LIST_MARK = /^\s*[-•·*]\s+/u;
/** A label and its value (索引号: 0001-2021, 发布机构：某局): two or more on a line are a record's fields. */
const FIELD = /(?:^|\s)\p{Script=Han}{2,6}\s*[:：]\s*[^\s:：]+/gu;
/** An index code or serial (00001434-9/2021-00055): six or more digits and joiners in a row. */
const MACHINE_CODE = /\d[\d\-/.]{5,}/u;
/** A phone, hotline or QQ number: a site's contact line (热线:0556-1234567, 客服QQ:12345678). */
const CONTACT =
  /(?<!\d)(?:0\d{2,3}[-－—]\d{7,8}|1[3-9]\d{9}|400[-－]?\d{3}[-－]?\d{4})(?!\d)|(?:QQ|qq|扣扣)\s*(?:群)?\s*[:：]?\s*\d{5,11}/u;
/** A picture's file name: a camera's own (DSC04029, IMG_2031) or any name with an image extension. */
const FILE_NAME =
  /^(?:(?:IMG|DSC[NF]?|PIC|PXL|MVIMG|VID|P)[_-]?\d{4,}(?:[_-]\d+)*(?:\.(?:jpe?g|png|gif|bmp|webp|heic))?|[^\s。，；]{1,40}\.(?:jpe?g|png|gif|bmp|webp|heic))$/iu;
/** A photographer's credit after a caption ((摄影:某某), （图/某某）): the caption is judged without it. */
const PHOTO_CREDIT = /[(（]\s*(?:摄影|摄|图片|图)\s*[:：/／]?\s*[\p{Script=Han}·]{2,8}\s*(?:摄)?\s*[)）]$/u;
/**
 * A line of marks only, without a letter, digit or character (|, [ ], ---, ####, \\\\, • • •): a link's or a
 * field's frame without its words, a rule drawn across the page, a markup sign the extraction left.
 */
const BARS_ONLY = /^[^\p{L}\p{N}]+$/u;
/** A link bar's separator alone on its line (|, ｜): the labels it joined stand on the lines around it. */
const LONE_BAR = /^\s*[|｜]\s*$/u;
/** The bullets a site's link list puts before each headline. */
const LIST_BULLET = /[●■◆▪•※★☆►▶]/u;
/** A listed headline's length (a bullet's short item, 拔河比赛, is a plan's own list) and how many make a list. */
const LISTED_HEADLINE = { min: 8, max: 40 };
const HEADLINE_RUN = 3;
/** A slogan wholly in quotes (“和谐校园，志愿先行”): the head of a title that goes on after it. */
const QUOTED_SLOGAN = /^“[^“”]{2,24}”$/u;
/** Two runs of words parted by a space: a slogan's halves when they match in length. */
const COUPLET = /^(\p{Script=Han}{3,9})\s+(\p{Script=Han}{3,9})$/u;

/**
 * One headline of a site's list of other news: a short line without a sentence's full stop (a ? or ! may end a
 * headline) that names neither the union nor the school nor its staff (the layout grammar's headline subjects),
 * with the list's bullet and bar set aside. A union's own news names them; a plan's items are numbered or
 * shorter.
 */
function isForeignHeadline(text: string): boolean {
  const t = withoutEdgeMarks(text);
  const bare = t.replace(/\s+/gu, '');
  if (bare.length < LISTED_HEADLINE.min || bare.length > LISTED_HEADLINE.max || /[。；;]/u.test(t)) return false;
  // Two labelled fields (索引号: … 文件编号:) are a record's, not a headline; nor is an official notice's number
  // (发文字号:某县教师字第48号), which stands among its header's fields.
  if (count(FIELD, t) >= 2 || isDocumentNumberLine(t)) return false;
  // A couplet of two matched halves (同心筑梦谋发展 携手奋进创佳绩) is a report's own slogan, not another story.
  const couplet = COUPLET.exec(t);
  if (couplet && Math.abs(couplet[1]!.length - couplet[2]!.length) <= 1) return false;
  return !readMarker(t, { months: true, chapters: true }) && !namesHeadlineSubject(t);
}

/** A line holding a whole list of such headlines, each after its bullet (●某某:… ●某某:… ●…). */
function isBulletedHeadlineList(text: string): boolean {
  const items = text
    .split(LIST_BULLET)
    .map((x) => x.trim())
    .filter((x) => x !== '' && !/^[|｜]+$/u.test(x));
  return items.length >= HEADLINE_RUN && !LIST_BULLET.test(text.trim().slice(-1)) && items.every(isForeignHeadline);
}

/** A school or unit, then a person's name alone (某某市某某小学 王某某): an author's byline above the text. */
const SCHOOL_BYLINE =
  /^\S{2,24}(?:小学|中学|学校|幼儿园|大学|学院|中心校|完小|初中|高中|职校)\s+(\p{Script=Han}{2,4})$/u;
/**
 * A labelled line (摘要:…, 导读:…), perhaps after the title the page ran into it (…工作制度提要:…): when the text
 * after the label stands again on a line below, the page restated it.
 */
const LABELLED = /^(?:[^:：。；！？，,]{4,40}?)?\p{Script=Han}{2,4}[:：](.{12,})$/u;
/** The glued rule whose match leaves a credit's bracket open at the end of the text's last line. */
const OPEN_CREDIT_RULE = 'open-credit-closing';
/** Names alone closing a bracket (某某), 某某 某某) |): the rest of a credit the line above opened. */
const CLOSING_NAMES = /^[\p{Script=Han}·]{2,4}(?:[\s、，,]+[\p{Script=Han}·]{2,4}){0,3}\s*[)）]\s*[|｜]?$/u;

/** How many lines below a labelled line its copy may stand, and how much of it must match. */
const RESTATE_REACH = 12;
const RESTATE_CHARS = 12;

/** A name slot that is a body or a group of the unit, not a person (某某小学 工会, 某某中学 初三年级, 某某小学 少先队). */
const UNIT_WORD = /(?:[会部处室组校院局委级班队科所站团]|中心)$/u;
const LATIN = /[A-Za-z]/gu;
const HAN = /\p{Script=Han}/gu;
const KIND_WORD = new RegExp(TITLE_KIND, 'gu');

export interface LineVerdict {
  line: number;
  text: string;
  features: ChromeFeature[];
  score: number;
  protectedBy: ChromeFeature | null;
  place: 'before' | 'inside' | 'after';
  chrome: boolean;
  /** The first half of a heading broken in two under its removed title bar: the next line joins it. */
  joinsNext?: true;
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  return (text.match(re) ?? []).length;
}

function distinct(re: RegExp, text: string): string[] {
  re.lastIndex = 0;
  return [...new Set(text.match(re) ?? [])];
}

function isMenuRun(t: string): boolean {
  const labels = t.split(/[\s|｜/／·•]+/u).filter(Boolean);
  return labels.length >= 3 && labels.every((l) => MENU_LABEL.test(l)) && labels.some((l) => l.length >= 4);
}

/** The named features one line shows (page-level ones — repeated, other-title — are added by the caller). */
export function lineFeatures(text: string, model: ChromeModel): Set<ChromeFeature> {
  const t = text.trim();
  const bare = t.replace(/\s+/gu, '');
  const f = new Set<ChromeFeature>();
  if (readMarker(t, { months: true, chapters: true })) f.add('heading');
  // A crumb ends with the page's title (首页 > 工作总结 > 学校工会工作总结): it is no title line.
  if (isTitleLine(t) && count(NAV_SEPARATOR, t) === 0) f.add('title');
  // A unit signing at the end, or the date it was written (the grammar's sign-offs).
  // A credit's field naming a unit (来源:某某区总工会) is the page's byline, not the unit signing its text.
  const credited = count(model.bylineWords, t) > 0;
  if (!credited && (isSignerLine(bare) || isSignerBeforeDate(bare) || isSignOffDate(bare))) f.add('signature');
  if (mentionsPart(t) && bare.length <= 60 && !SENTENCE_END.test(t)) f.add('part-marker');
  if (bare.length <= model.shortLine) f.add('short');
  if (!SENTENCE_PUNCTUATION.test(t)) f.add('no-sentence-punctuation');
  if (isMenuRun(t)) f.add('menu-run');
  // Short labels joined by slashes alone (报刊/特刊, 新闻/通知/正文) are a column's crumb; a slash in text has words.
  // A bar opening the line joined a label the extraction lost (作者 | 某某): the rest of a link bar.
  const joins = count(NAV_SEPARATOR, t) + (SLASH_CRUMB.test(bare) ? 1 : 0) + (LEADING_BAR.test(t) ? 1 : 0);
  if (joins >= 1) f.add('nav-separator');
  if (joins >= 2) f.add('nav-separators');
  if (TABLE_CELL.test(t)) f.add('table-cell');
  if (TIMESTAMP.test(t.replace(CLOCK_RANGE, ' '))) {
    f.add('timestamp');
    // A machine date on a title-shaped line (2022-01-01 工会工作计划, 2025/04/08优秀方案) makes it a list entry or a
    // publish line: a document writes its own title without one.
    f.delete('title');
  }
  if (COUNTER.test(t) || LENGTH_ONLY.test(t)) f.add('counter');
  // An official notice's number under its label (发文字号:…字第48号) is the notice's header, not a font-size widget (字号).
  const web = isDocumentNumberLine(t) ? [] : distinct(model.webWords, t);
  if (web.length >= 1) f.add('web-word');
  if (web.length >= 2) f.add('web-words');
  if (READER.test(t) && count(model.readerWords, t) > 0) f.add('reader-address');
  if (credited) f.add('byline');
  // A page listing its fields as bullets (- 作者:某某, • 分享至:) marks each; the field is judged without the mark.
  const field = t.replace(LIST_MARK, '');
  if (bare.length <= 40 && model.creditLine.test(field)) f.add('credit');
  if (/^[(（][^()（）]+[)）]$/u.test(bare) && !/\d/u.test(bare)) f.add('bracketed');
  const latin = count(LATIN, bare);
  if (latin >= 4 && latin > count(HAN, bare)) f.add('latin');
  if (WEB_ADDRESS.test(t)) f.add('web-address');
  if (f.has('short') && SITE_NAME.test(bare)) f.add('site-name');
  if (EMPTY_LABEL.test(field.replace(/\s+/gu, '')) && !isSalutation(bare)) f.add('empty-label');
  // A record's fields carry a machine value (an index code, a padded date, a count); a meeting's own header
  // (时间：3月5日 地点：会议室) carries none.
  const machineValue = f.has('timestamp') || f.has('counter') || f.has('web-word') || MACHINE_CODE.test(t);
  if (count(FIELD, t) >= 2 && !SENTENCE_PUNCTUATION.test(t) && machineValue) {
    f.add('field-pairs');
    f.delete('title');
  }
  if (bare.length <= 40 && CONTACT.test(t)) f.add('contact');
  if (BARS_ONLY.test(bare)) f.add('bars-only');
  if (FILE_NAME.test(bare)) f.add('file-name');
  if (captionRules(t, f, model).some((c) => c.after === 'anything')) f.add('caption');
  const byline = SCHOOL_BYLINE.exec(t);
  if (byline && !UNIT_WORD.test(byline[1]!)) f.add('school-byline');
  if (count(KIND_WORD, t) >= 3 && !SENTENCE_PUNCTUATION.test(t)) {
    f.add('title-list');
    f.delete('title');
  }
  if (bare.length >= model.sentenceLine && (SENTENCE_END.test(t) || count(COMMA, t) >= 2)) f.add('sentence');
  return f;
}

/**
 * The caption rules (data/chrome-lines.json, captions) a line matches: a short unpunctuated line, no heading, judged
 * without its photographer's credit ((摄影:某某), （图/某某）).
 */
function captionRules(t: string, f: Set<ChromeFeature>, model: ChromeModel): ChromeModel['captions'] {
  const bare = t.replace(/\s+/gu, '');
  if (bare.length > 40 || SENTENCE_PUNCTUATION.test(t) || f.has('heading')) return [];
  const uncredited = bare.replace(PHOTO_CREDIT, '');
  return model.captions.filter((c) => c.pattern.test(uncredited));
}

function scoreOf(features: Set<ChromeFeature>, model: ChromeModel): number {
  let s = 0;
  for (const f of features) s += model.weights.get(f) ?? 0;
  return s;
}

/** Signs of chrome a line shows by itself (not mere shortness): one of them lets a chrome run take the line. */
const OWN_SIGNS: ChromeFeature[] = [
  'web-word',
  'timestamp',
  'counter',
  'nav-separator',
  'reader-address',
  'byline',
  'latin',
  'web-address',
  'site-name',
  'empty-label',
  'contact',
];

/** Whether a part marker numbers the first part (篇一：, 【篇1】, 第一篇): what comes above it is no part. */
function isFirstPart(line: string): boolean {
  const marker = readPartMarker(line);
  const number = marker ? marker[3] : readNumberedPart(line)?.[1];
  return number !== undefined && /^(?:一|0?1|１)$/u.test(number.trim());
}

/** How many lines below the last sentence a document's sign-off date may stand. */
const SIGN_OFF_REACH = 8;

/** A column's name is at most this long (工会动态, 校园新闻热点). */
const COLUMN_NAME_CHARS = 6;
/** A sentence's marks: a line holding one is no headline. */
const SENTENCE_MARK = /[。；！？;!?:：]/u;

/** How many lines above the text a title may stand (page title, author, the article's heading). */
const TITLE_REACH = 3;
/** A headline's copy above the text is at least this long (a menu's label printed twice is the 'repeated' feature's). */
const HEADLINE_COPY_CHARS = 8;

/** How many lines from the top a site's introduction may stand, and how far above the document's title. */
const INTRO_WINDOW = 8;
const INTRO_REACH = 3;

/**
 * 范文 sites put a paragraph of their own (a definition of the genre, a word to the reader) between the page's
 * title and the document's title, which restates it (…工作总结范文 / intro / …工作总结范文1, or 篇1). A
 * sentence there — below a title, above a title or part marker, near the top, not numbered — is introduction.
 */
function markIntroductions(items: Array<{ text: string }>, feats: Array<Set<ChromeFeature>>): void {
  // Without a page title the intro opens the page, and only a compilation's first part marker (篇一：《…》)
  // shows that a document starts below it: a sentence above a mere title may be the document's own.
  const pageTitle = items.findIndex((_, k) => k < INTRO_WINDOW && feats[k]!.has('title'));
  const core = pageTitle < 0 ? null : items[pageTitle]!.text.replace(/\s+/gu, '');
  const startsDocument = (k: number) => {
    const f = feats[k]!;
    if (f.has('heading') || f.has('sentence')) return false;
    if (core === null) return f.has('part-marker') && isFirstPart(items[k]!.text.trim());
    const bare = items[k]!.text.replace(/\s+/gu, '');
    return f.has('title') || f.has('part-marker') || (bare.length > core.length && bare.startsWith(core));
  };
  // A title numbered as a part (【一】…总结范文, 篇一：…计划) opens the document: a sentence below it is its text,
  // unless the sentence speaks to the reader or of the site (…以下是为大家整理的…, 欢迎阅读).
  const opensPart = (k: number) => {
    const t = items[k]!.text.trim();
    return !feats[k]!.has('sentence') && (readBracketedNumeral(t) ?? readPartMarker(t) ?? readNumberedPart(t)) !== null;
  };
  const speaksForSite = (f: Set<ChromeFeature>) => f.has('reader-address') || f.has('web-word');
  for (let k = pageTitle + 1; k < Math.min(items.length, INTRO_WINDOW); k++) {
    const f = feats[k]!;
    if (f.has('heading') || (k > 0 && opensPart(k - 1) && !speaksForSite(f))) return;
    if (!f.has('sentence')) continue;
    for (let j = k + 1; j <= Math.min(items.length - 1, k + INTRO_REACH); j++) {
      if (startsDocument(j)) {
        f.add('introduction');
        break;
      }
      if (!feats[j]!.has('sentence') && !feats[j]!.has('short')) break;
    }
  }
}

/**
 * A page closes with its footer: after the body's last sentence, once a line shows a sign of chrome (a credit, a
 * file name, an empty field), the short lines that follow it to the page's end are the footer's too (the site's
 * or the publisher's name, a column label, an empty attachment field) — the run must reach the page's end with
 * no sentence in it. Protected lines (a signature, a written date) are never taken.
 */
function markFooter(
  items: Array<{ text: string }>,
  feats: Array<Set<ChromeFeature>>,
  last: number,
  candidate: (k: number) => boolean,
): void {
  let start = items.length;
  while (start - 1 > last && (feats[start - 1]!.has('short') || candidate(start - 1))) start--;
  const signed = (k: number) => candidate(k) || OWN_SIGNS.some((x) => feats[k]!.has(x));
  while (start < items.length && !signed(start)) start++;
  for (let k = start; k < items.length; k++) if (feats[k]!.has('short')) feats[k]!.add('footer');
}

/** A bare label: two to five Han characters and nothing else (普通新闻, 某某市). */
const BARE_LABEL = /^\p{Script=Han}{2,5}$/u;
/** A unit's name (…党支部, …工會, …学校) in either script: a signer, whatever the signer patterns know. */
const UNIT_ENDING =
  /(?:工会|工會|支部|总支|總支|党委|黨委|委员会|委員會|小学|小學|中学|中學|学校|學校|幼儿园|幼兒園|大学|大學|学院|學院|协会|協會)$/u;

/** A line's text with its spaces gone: how copies and captions are compared. */
const spaceless = (x: { text: string }) => x.text.replace(/\s+/gu, '');

/** Guards a title's copy must not show: a numbered heading, a signer or date, a compilation's part, a table's cell. */
const COPY_GUARDS: readonly ChromeFeature[] = ['heading', 'signature', 'part-marker', 'table-cell'];

/**
 * The page's title printed again inside its text (data/chrome-lines.json, titleCopy): a line the same, spaces
 * aside, as a title-long line above the body's first line (no sentence's stop, no field's colon, no signer), standing
 * within the body's first lines (after its first heading or paragraph: a 文库 page's title repeated into the text)
 * or in the page's tail, where every line below it is another copy or chrome (a photo's alt text the page prints
 * as the title). A copy with text below it, deep in the body, may open a compilation's next part and stays.
 */
function markTitleCopies(
  items: Array<{ text: string }>,
  feats: Array<Set<ChromeFeature>>,
  first: number,
  candidate: (k: number) => boolean,
  rule: { nearStart: number; shortest: number },
): void {
  const bare = items.map(spaceless);
  const titles = new Set<string>();
  for (let k = 0; k < first; k++) {
    const b = bare[k]!;
    if (b.length < rule.shortest || SENTENCE_MARK.test(b) || feats[k]!.has('signature')) continue;
    titles.add(b);
  }
  if (titles.size === 0) return;
  const copy = bare.map((b, k) => k > first && titles.has(b) && !COPY_GUARDS.some((g) => feats[k]!.has(g)));
  let tail = items.length;
  while (tail > first + 1 && (copy[tail - 1] || candidate(tail - 1))) tail--;
  const copied = new Set<string>();
  copy.forEach((c, k) => {
    if (!c || (k - first > rule.nearStart && k < tail)) return;
    feats[k]!.add('title-copy');
    copied.add(bare[k]!);
  });
  // The title over the text is printed twice because of its copy, not as a column's label is: it stays.
  for (let k = 0; k < first; k++) if (copied.has(bare[k]!)) feats[k]!.delete('repeated');
}

/**
 * The page's very last line, a bare label of two to five Han characters standing right under the body's last
 * sentence (one that ends the sentence, perhaps with its credit in brackets): the site's column or place name
 * closing the page, never the report's (a document signs off with its unit, kept by the signature's guard, or with a
 * date). A page cut off mid-text ends in a fragment under a line that does not end a sentence.
 */
function markPageEndLabel(items: Array<{ text: string }>, feats: Array<Set<ChromeFeature>>, last: number): void {
  const k = items.length - 1;
  if (k < 1 || k !== last + 1) return;
  const above = items[k - 1]!.text.trim();
  if (!feats[k - 1]!.has('sentence') || !/[。！？!?”)）]$/u.test(above)) return;
  const t = items[k]!.text.trim();
  if (BARE_LABEL.test(t) && !UNIT_ENDING.test(t)) feats[k]!.add('page-end-label');
}

/** A photo's caption numbered among its siblings (某某现场1 / 某某现场2): the same words, then a numeral. */
const NUMBERED_CAPTION = /^(.*\p{Script=Han}{2})([1-9]|[一二三四五六七八九])$/u;
/** A list item's or heading's opening: a number, a bullet, a part (篇) or an appendix (附). */
const LISTED_OPENING =
  /^(?:[(（【[<]?[一二三四五六七八九十\d]+[)）】\]>、.．]|第[一二三四五六七八九十\d]|[*#\-•·●◆■□※>]|篇|附)/u;
/** A date, a clock time or a weekday: a schedule's line, never a caption. */
const SCHEDULE_MARK = /\d{1,2}[月:：]|\d{4}[-/.年]|周[一二三四五六日]|星期/u;
/** A month, a day, a clock time or a weekday: a schedule's line even where a caption might name a year. */
const DAY_OR_TIME = /\d{1,2}[月日:：]|\d{4}[-/.]|周[一二三四五六日]|星期/u;
/** A sentence's or a field's marks (a caption may list with 、). */
const CAPTION_BREAK = /[，。；！？,;!?:：]/u;

/** A caption's shape: short, no sentence's or field's marks, no heading or list item, its 《》 closed. */
function captionShaped(text: string, f: Set<ChromeFeature>, model: ChromeModel): boolean {
  return (
    text.length >= 2 &&
    text.length <= model.captionRun.longest &&
    !CAPTION_BREAK.test(text) &&
    !f.has('heading') &&
    !LISTED_OPENING.test(text) &&
    count(/《/gu, text) === count(/》/gu, text)
  );
}

/**
 * Photos' captions in a run: two or more short lines without a sentence's or a field's marks, none a heading, title,
 * part, list item or schedule line, set between the paragraphs of a report — an unnumbered sentence ending in 。！？
 * right above and one (or the newsroom's credit) right below; between a plan's numbered items they are the item's.
 * A subheading stands alone over its paragraph; lines all ending alike (…小队 / …小队) are a list of one kind. A run
 * holding numbered siblings (…现场1 / …现场2) is captions also at the page's edge. A line read as a signer between
 * two captions of the run is one of them (kept by its guard).
 */
function markCaptionRuns(items: Array<{ text: string }>, feats: Array<Set<ChromeFeature>>, model: ChromeModel): void {
  const bares = items.map(spaceless);
  const shape = items.map((_, k) => {
    const f = feats[k]!;
    if (!captionShaped(bares[k]!, f, model) || SCHEDULE_MARK.test(bares[k]!)) return null;
    if ([...f].some((id) => model.protecting.has(id))) return f.has('signature') ? 'signer' : null;
    return 'caption';
  });
  const inRun = shape.map(
    (s, k) => s === 'caption' || (s === 'signer' && shape[k - 1] === 'caption' && shape[k + 1] === 'caption'),
  );
  // A list of people by name, unit and post (honourees under their honour's line): the text's, no captions.
  const roster = model.captionRoster;
  const listed = items.map(() => false);
  // A report's paragraph, not a plan's numbered item (1、…。 / 组长 某某 / 2、…。: the item's own lines).
  const prose = (k: number) =>
    feats[k]!.has('sentence') && /[。！？!?]$/u.test(items[k]!.text.trim()) && !LISTED_OPENING.test(bares[k]!);
  for (let k = 0; k < items.length; k++) {
    if (!inRun[k]) continue;
    let end = k;
    while (end < items.length && inRun[end]) end++;
    const run = bares.slice(k, end);
    if (roster && items.slice(k, end).filter((it) => roster.line.test(it.text.trim())).length >= roster.fewest) {
      for (let m = k; m < end; m++) listed[m] = true;
      k = end;
      continue;
    }
    const numbered = run.some((t, i) => {
      const m = NUMBERED_CAPTION.exec(t);
      const n = i + 1 < run.length ? NUMBERED_CAPTION.exec(run[i + 1]!) : null;
      return m !== null && n !== null && m[1] === n[1] && m[2] !== n[2];
    });
    const above = k === 0 ? 'edge' : prose(k - 1) ? 'prose' : 'other';
    const below = end === items.length ? 'edge' : prose(end) || feats[end]!.has('credit') ? 'prose' : 'other';
    const parallel = run.every((t) => t.slice(-2) === run[0]!.slice(-2));
    const between = above === 'prose' && below === 'prose' && !parallel;
    const edged = numbered && above !== 'other' && below !== 'other' && (above === 'prose' || below === 'prose');
    if (run.length >= model.captionRun.fewest && (between || edged))
      for (let m = k; m < end; m++) if (shape[m] === 'caption') feats[m]!.add('caption');
    k = end;
  }
  markCaptionSiblings(items, feats, shape, prose, model, listed);
}

/**
 * A page that captions its photos (a line already read as a caption: …会议现场, …园长致辞, a run of them) captions
 * each of them: a lone caption-shaped line (short, no sentence's or field's marks, no heading, list item, schedule or
 * protected line) standing between two of the report's paragraphs, or next to a caption, is one of its siblings.
 * A page without any caption keeps such a line: there it is a subheading over its paragraph.
 */
function markCaptionSiblings(
  items: Array<{ text: string }>,
  feats: Array<Set<ChromeFeature>>,
  shape: Array<'caption' | 'signer' | null>,
  prose: (k: number) => boolean,
  model: ChromeModel,
  listed: readonly boolean[],
): void {
  if (!model.captionSiblings || !feats.some((f) => f.has('caption'))) return;
  const beside = (j: number) => j >= 0 && j < items.length && (prose(j) || feats[j]!.has('caption'));
  // A caption may name the year of what it shows (…2012年…); a month, a day or a clock time still marks a schedule.
  const sibling = (k: number) => {
    if (listed[k]) return false;
    if (shape[k] === 'caption') return true;
    const t = spaceless(items[k]!);
    return (
      shape[k] === null &&
      SCHEDULE_MARK.test(t) &&
      !DAY_OR_TIME.test(t) &&
      captionShaped(t, feats[k]!, model) &&
      ![...feats[k]!].some((id) => model.protecting.has(id))
    );
  };
  // The paragraph below may be the page's last, cut off before its full stop.
  const under = (j: number) =>
    beside(j) || (j === items.length - 1 && feats[j]!.has('sentence') && !LISTED_OPENING.test(spaceless(items[j]!)));
  for (let k = 0; k < items.length; k++) {
    if (!sibling(k) || feats[k]!.has('caption')) continue;
    let end = k;
    while (end < items.length && sibling(end)) end++;
    const run = items.slice(k, end).map(spaceless);
    const parallel = run.length > 1 && run.every((t) => t.slice(-2) === run[0]!.slice(-2));
    const below = end < items.length && (under(end) || feats[end]!.has('credit'));
    if (beside(k - 1) && below && !parallel) for (let m = k; m < end; m++) feats[m]!.add('caption');
    k = end - 1;
  }
}

/**
 * Which lines of a page are chrome. The body block runs from the first to the last anchor: a sentence-like
 * line (or a heading) that does not itself score as chrome. Before and after it a line goes at the outside
 * threshold; inside it, only at the inside one.
 */
export function classifyLines(lines: readonly string[], model: ChromeModel): LineVerdict[] {
  const items = lines.map((text, line) => ({ text, line })).filter((x) => x.text.trim() !== '');
  const bareCount = new Map<string, number>();
  for (const x of items) {
    const k = x.text.replace(/\s+/gu, '');
    bareCount.set(k, (bareCount.get(k) ?? 0) + 1);
  }
  const feats = items.map((x) => {
    const f = lineFeatures(x.text, model);
    const k = x.text.replace(/\s+/gu, '');
    if (bareCount.get(k)! >= 2 && f.has('short') && !f.has('title')) f.add('repeated');
    return f;
  });
  // A caption that names only a speaker (某校长发表讲话) is one right under a sentence of the text or another caption:
  // a report's photo between its paragraphs. An agenda's item of the same words stands among the agenda's lines.
  items.forEach((x, k) => {
    const f = feats[k]!;
    if (k === 0 || f.has('caption') || !(feats[k - 1]!.has('sentence') || feats[k - 1]!.has('caption'))) return;
    if (captionRules(x.text.trim(), f, model).some((c) => c.after === 'prose')) f.add('caption');
  });
  markCaptionRuns(items, feats, model);
  // A reporter's credit the page broke over two lines (…的意义。(通讯员 ⏎ 某某) |): the names closing the bracket the
  // text's last line opened (a glued 'last' rule whose match ends the line in an open bracket) are the credit.
  const openCredits = model.glued.filter((g) => g.at === 'last' && g.id === OPEN_CREDIT_RULE);
  items.forEach((x, k) => {
    if (k === 0 || !CLOSING_NAMES.test(x.text.trim())) return;
    if (openCredits.some((g) => g.pattern.test(items[k - 1]!.text.trim()))) feats[k]!.add('credit');
  });
  // A link bar the extraction split over lines leaves each label above its own bar (某某局 / | / 2024-10-14): a short
  // line right above a line of a bar alone is one of the bar's labels, not the text's.
  items.forEach((x, k) => {
    if (feats[k]!.has('short') && k + 1 < items.length && LONE_BAR.test(items[k + 1]!.text)) feats[k]!.add('bar-label');
  });
  // A date printed the page's way right under the unit that signs, with no text after it (我院工会 / 2022.4.28, 校工会 / 2012-11-8):
  // the document's sign-off date, as a written one (2022年4月28日) would be. A page's stamp has the text below it.
  const lastSentence = feats.findLastIndex((f) => f.has('sentence'));
  items.forEach((x, k) => {
    if (k === 0 || !isNumericDateLine(x.text)) return;
    const signer = items[k - 1]!.text.trim();
    // A short unit signs too (校工会, 院工会), as the signer before a written date does.
    const unit = signer.replace(/\s+/gu, '');
    if (SENTENCE_PUNCTUATION.test(signer) || !(isSignerLine(unit) || isSignerBeforeDate(unit))) return;
    if (lastSentence > k) return;
    feats[k]!.add('signature');
  });
  // A site's summary copies the text under a label (摘要:为丰富…): the copy goes, the text stays. It copies the
  // opening (the next line starts with it) or a line further down (提要:提案。每次… above 三、提案。每次…).
  // A copy under the same label is no summary but a field that recurs (时间:5月1日上午8:30-9:00 over 时间:5月1日上午
  // 9:00-11:00, 成员:… in two groups): a schedule's or a roster's own lines.
  items.forEach((x, k) => {
    const bare = x.text.replace(/\s+/gu, '');
    const m = LABELLED.exec(bare);
    if (!m) return;
    const label = bare.slice(0, bare.length - m[1]!.length);
    const copy = m[1]!.slice(0, RESTATE_CHARS);
    const below = items.slice(k + 1, k + 1 + RESTATE_REACH).map((y) => y.text.replace(/\s+/gu, ''));
    if (below.some((y) => y.includes(copy) && !y.startsWith(label))) feats[k]!.add('restated');
  });
  // A line that is a whole bulleted list of other news is no sentence of the text, whatever its ? and commas.
  const bulletedList = items.map((x, k) => !feats[k]!.has('heading') && isBulletedHeadlineList(x.text));
  // A table has rows: a line ending in | with no cell next to it is a link bar's last label, not a table's. A
  // paragraph or a list of headlines ending in | (a page that draws every block with a bar) is no cell beside it.
  const cells = feats.map((f, k) => f.has('table-cell') && !f.has('sentence') && !bulletedList[k]);
  feats.forEach((f, k) => {
    if (bulletedList[k] || (f.has('table-cell') && !cells[k - 1] && !cells[k + 1])) f.delete('table-cell');
  });
  bulletedList.forEach((b, k) => b && feats[k]!.delete('sentence'));
  const protectedBy = (f: Set<ChromeFeature>) => [...f].find((x) => model.protecting.has(x)) ?? null;
  markIntroductions(items, feats);
  const candidate = (k: number) => protectedBy(feats[k]!) === null && scoreOf(feats[k]!, model) >= model.outside;
  const anchors = items.flatMap((_, k) => {
    const f = feats[k]!;
    // A sentence about the site's machinery (…的文档，不可在线预览…) does not start the text.
    return f.has('heading') || (f.has('sentence') && !f.has('web-word') && scoreOf(f, model) < model.outside)
      ? [k]
      : [];
  });
  // The block is dense: an anchor cut off from the next by two or more chrome lines (a question above 最佳答案
  // 推荐答案 and a date) is a stray sentence of the page's furniture, not where the text begins or ends. A
  // picture's file name or caption does not cut: a report sets its photos between its own paragraphs.
  const picture = (k: number) => feats[k]!.has('file-name') || feats[k]!.has('caption');
  const between = (a: number, b: number) => {
    let n = 0;
    for (let k = a + 1; k < b; k++) if (candidate(k) && !picture(k)) n++;
    return n;
  };
  let s0 = 0;
  while (s0 < anchors.length - 1 && between(anchors[s0]!, anchors[s0 + 1]!) >= 2) s0++;
  let s1 = anchors.length - 1;
  while (s1 > s0 && between(anchors[s1 - 1]!, anchors[s1]!) >= 2) s1--;
  const [first, lastAnchor] = anchors.length ? [anchors[s0]!, anchors[s1]!] : [items.length, items.length - 1];
  // A document ends at its sign-off: a written date (2024年6月19日) a few lines below the last sentence closes
  // the body, and what stands between them — a notice's particulars (联系人:…, 邮箱:…), its signers — is the
  // document's own. A site's footer dates by machine (2024-06-19), which is no sign-off date.
  let last = lastAnchor;
  if (anchors.length)
    for (let k = lastAnchor + 1; k < Math.min(items.length, lastAnchor + 1 + SIGN_OFF_REACH); k++)
      if (isSignOffDate(items[k]!.text.replace(/\s+/gu, ''))) last = k;

  const brokenHeading = new Set<number>();
  // Above the text, a headline the page printed again nearer the text, with nothing but chrome between the two: the
  // same line, or the line the next two make together (a title bar's copy over the heading broken in two). The copy
  // nearer the text is the article's heading and stays; this one is the page's title bar. (A copy further up, over
  // a motto or a label of the page's own, is a blog's header, judged as before.)
  // Each line looks down to the first line that is no chrome (that line included) for the nearest copy: found
  // by walking up from the text with the nearest line below of each text and of each pair of lines joined, as a
  // scan of the lines below each line was quadratic on a page of thousands of chrome lines.
  const bares = items.slice(0, first).map((x) => x.text.replace(/\s+/gu, ''));
  const nearestSame = new Map<string, number>();
  const nearestJoined = new Map<string, number>();
  let stop = first - 1; // the first line at or below k + 1 that is no chrome, or the last line above the text
  for (let k = first - 1; k >= 0; k--) {
    const bare = bares[k]!;
    if (k + 1 < first && !candidate(k + 1)) stop = k + 1;
    if (bare.length >= HEADLINE_COPY_CHARS) {
      const j = Math.min(nearestSame.get(bare) ?? first, nearestJoined.get(bare) ?? first);
      if (j <= stop && j < first) {
        const y = bares[j]!;
        feats[k]!.add('headline-copy');
        // The heading broken in two below its bar after its slogan in quotes (“某某口号” ⏎ 某某活动实施方案): the two
        // lines are one heading again. (A column's label and date over a headline, 【某会】20230912讯息 ⏎ 某某导读, are not.)
        if (y !== bare && QUOTED_SLOGAN.test(y)) brokenHeading.add(j);
      }
    }
    nearestSame.set(bare, k);
    const next = k + 1 < first ? bares[k + 1]! : '';
    if (bare.length > 0 && next.length > 0) nearestJoined.set(bare + next, k);
  }

  // Right above the text, a line shaped like a title that names no unit ("学生社团工作计划") is the document's
  // title, also when the page repeats it (page title, then the article's heading).
  for (let k = Math.max(0, first - TITLE_REACH); k < first; k++) {
    if (feats[k]!.has('title-list') || feats[k]!.has('timestamp') || !isBareTitleLine(items[k]!.text)) continue;
    feats[k]!.delete('repeated');
    feats[k]!.add('title');
  }
  // …and so is a news headline right above the report, which a page prints twice (above its publish line and
  // again over the text): the copy next to the text stays for the splitter, which reads it as the title.
  // The copy may stand one line higher, over its subtitle (——某某中学举办…) or a summary's label (摘要): the page
  // printed its title twice and both are not chrome, the nearer one is the article's heading.
  const nextToText = first - 1 >= 0 ? items[first - 1]!.text.trim() : '';
  const subtitled = readSubtitleLine(nextToText) !== null;
  const gap = subtitled || (isSummaryLabel(nextToText) && !feats[first - 1]!.has('repeated')) ? 1 : 0;
  const above = first - 1 - gap;
  if (above >= 0 && feats[above]!.has('repeated')) {
    const text = items[above]!.text.trim();
    // Over a subtitle, a line is a headline by its place (我运动我健康 我工作我快乐 / —某某中学举办…). A copy one line
    // up is longer than a column's name (工会动态, 校园新闻热点), which a site may print there too.
    const placed = subtitled && !SENTENCE_MARK.test(text);
    const headed = (isHeadlineLine(text) || placed) && (gap === 0 || text.length > COLUMN_NAME_CHARS);
    if (headed && !isUnitNameLine(text)) feats[above]!.delete('repeated');
  }
  // A headline the page printed twice or more in a row just above the text (a 文库 page's title in each of its
  // frames, a page title over the article's heading), a byline or a speaker's line between it and the text: the
  // last copy is the article's heading and stays, whatever word it ends in (…述职, …方案策划). Copies in a row
  // are one heading printed again, not a menu's label printed in the header and the footer.
  // (Over a subtitle the copy must stand right above it, as said above.)
  for (let k = first - 1; !subtitled && k >= Math.max(1, first - TITLE_REACH); k--) {
    const text = items[k]!.text.trim();
    if (items[k - 1]!.text.trim() !== text) continue;
    if (!feats[k]!.has('repeated')) break;
    // A widget's label a page prints twice (打开某某新闻 查看精彩图片) names the site's machinery, no article.
    // Nor is a pair of lines under a sentence of the text above it: a widget set between its paragraphs.
    const top = !feats.slice(0, k).some((f) => f.has('sentence'));
    const heading = top && !SENTENCE_MARK.test(text) && text.length > COLUMN_NAME_CHARS && !feats[k]!.has('web-word');
    if (heading && !isUnitNameLine(text)) {
      feats[k]!.delete('repeated');
      feats[k]!.add('title');
    }
    break;
  }

  // A site's list of other news outside the body: three or more foreign headlines in a row, or one line holding
  // them all after their bullets. Inside the body the same lines are a plan's own list, judged as before.
  // Between the document's title and its first sentence, with nothing of the page's chrome under the title, short
  // lines are the document's own opening (a poem's lines, a motto), no list of other news.
  let opening = -1;
  for (let k = first - 1; k >= 0 && opening < 0; k--) if (feats[k]!.has('title')) opening = k;
  if (opening >= 0) for (let k = opening + 1; k < first && opening >= 0; k++) if (candidate(k)) opening = -1;
  const opens = (k: number) => opening >= 0 && k > opening && k < first;
  const foreign = items.map((x, k) => protectedBy(feats[k]!) === null && !opens(k) && isForeignHeadline(x.text));
  for (let k = 0; k < items.length; k++) {
    let end = k;
    while (end < items.length && foreign[end]) end++;
    const outside = (m: number) => m < first || m > last;
    for (let m = k; m < end; m++) if (end - k >= HEADLINE_RUN && outside(m)) feats[m]!.add('headline-run');
    if (bulletedList[k] && outside(k) && protectedBy(feats[k]!) === null) feats[k]!.add('headline-run');
    k = Math.max(k, end);
  }

  // Titles of other documents clustered after the body (related articles, next and previous): two or more
  // title-shaped lines in a row without a sentence between them.
  for (let k = last + 1; k < items.length; k++) {
    let end = k;
    while (end < items.length && feats[end]!.has('title') && !feats[end]!.has('sentence')) end++;
    if (end - k >= 2) for (let m = k; m < end; m++) feats[m]!.add('other-title');
    // The lines of the run are taken: the next run starts after it (each line rescanned its run to the end).
    k = Math.max(k, end - 1);
  }

  // Outside the body, a line with a sign of chrome of its own between two chrome lines belongs to their run
  // (a notice in a list of notices): judged on the features before this pass, so runs do not feed themselves.
  const chromeBefore = items.map((_, k) => candidate(k));
  for (let k = 1; k < items.length - 1; k++) {
    const f = feats[k]!;
    const outside = k < first || k > last;
    if (outside && chromeBefore[k - 1] && chromeBefore[k + 1] && OWN_SIGNS.some((x) => f.has(x)))
      f.add('in-chrome-run');
  }

  markFooter(items, feats, last, candidate);
  markPageEndLabel(items, feats, last);
  if (model.titleCopy && anchors.length) markTitleCopies(items, feats, first, candidate, model.titleCopy);

  return items.map((x, k): LineVerdict => {
    const f = feats[k]!;
    // A bracketed line is a filing desk only after the text; above it, it is a title's (试行) or (草案).
    if (k <= last) f.delete('bracketed');
    // A record's fields and an author's byline stand above the text; after it they are a roster or a signer.
    if (k >= first) {
      f.delete('field-pairs');
      f.delete('school-byline');
    }
    // Above the text a machine-printed date is when the page went up; only after the text is a date a sign-off.
    if (k < first && f.has('timestamp')) f.delete('signature');
    // An other document's title in a cluster after the body is no longer protected by its title shape.
    if (f.has('other-title') || f.has('title-copy')) f.delete('title');
    const score = scoreOf(f, model);
    const place = k < first ? 'before' : k > last ? 'after' : 'inside';
    const guard = protectedBy(f);
    // Between the last sentence and the sign-off, a line naming a site (…官方网站, www.…) is still the site's:
    // no document signs off with one.
    const siteLine = k > lastAnchor && (f.has('site-name') || f.has('web-address'));
    const threshold = place === 'inside' && !siteLine ? model.inside : model.outside;
    return {
      line: x.line,
      text: x.text,
      features: CHROME_FEATURES.filter((id) => f.has(id)),
      score,
      protectedBy: guard,
      place,
      chrome: guard === null && score >= threshold && x.text.trim().length <= model.longestChrome,
      ...(brokenHeading.has(k) ? { joinsNext: true as const } : {}),
    };
  });
}

/** "short 1 + web-word 2 + … = 3.5 ≥ 2.5 (before the body)": the reason a note gives for a removal. */
export function explainVerdict(v: LineVerdict, model: ChromeModel): string {
  const parts = v.features.map((f) => `${f} ${model.weights.get(f) ?? 0}`);
  const threshold = v.place === 'inside' ? model.inside : model.outside;
  const where = v.place === 'inside' ? 'inside the body' : v.place === 'before' ? 'before the body' : 'after the body';
  return `line shape: ${parts.join(' + ')} = ${v.score} ≥ ${threshold} (${where})`;
}

/** A credit cut from the first or last line of the text: which rule, the line, and what went. */
export interface GluedCut {
  rule: string;
  line: number;
  cut: string;
}

/**
 * Credits glued to the text's first line (新闻中心讯(文/某某 图/某某)4月6日…, (通讯员 某某)3月9日…) or closing its
 * last (…的温暖。(通讯员:某某)). Only at the two ends of the body block, and never on a heading's line, where a
 * bracket is a plan's own (the unit responsible for an item).
 */
function cutGlued(lines: string[], verdicts: LineVerdict[], model: ChromeModel): GluedCut[] {
  const inside = verdicts.filter((v) => v.place === 'inside' && !v.chrome);
  // The text's last line may stand just after the body block: a sentence the block left out for a machinery word
  // of its own (a credit naming a site's 会员中心) is still kept, and the text ends there.
  let last = inside.at(-1);
  if (last)
    for (const v of verdicts.slice(verdicts.indexOf(last) + 1)) {
      if (v.chrome) continue;
      if (!v.features.includes('sentence')) break;
      last = v;
    }
  const ends = { first: inside[0], last };
  const cuts: GluedCut[] = [];
  for (const rule of model.glued) {
    const v = ends[rule.at];
    if (!v || v.features.includes('heading')) continue;
    const text = lines[v.line]!;
    const m = rule.pattern.exec(text);
    if (!m || m[0].trim() === '') continue;
    const rest = rule.at === 'first' ? text.slice(m.index + m[0].length) : text.slice(0, m.index);
    if (rest.trim().length < 10) continue;
    lines[v.line] = rest;
    cuts.push({ rule: rule.id, line: v.line, cut: m[0].trim() });
  }
  return cuts;
}

/** The page without its chrome lines, and the verdicts of the lines that went. */
export function removeChromeLines(
  text: string,
  model: ChromeModel,
): { text: string; removed: LineVerdict[]; glued: GluedCut[] } {
  const lines = text.split('\n');
  const verdicts = classifyLines(lines, model);
  const removed = verdicts.filter((v) => v.chrome);
  const glued = cutGlued(lines, verdicts, model);
  if (removed.length === 0 && glued.length === 0) return { text, removed, glued };
  const gone = new Set(removed.map((v) => v.line));
  // A heading broken in two under the title bar that went is joined again, as the bar printed it whole.
  verdicts.forEach((v, k) => {
    const next = verdicts[k + 1];
    if (!v.joinsNext || !next || v.chrome || next.chrome) return;
    if (!verdicts.slice(0, k).some((w) => w.chrome && w.features.includes('headline-copy'))) return;
    lines[v.line] = `${lines[v.line]!.trim()}${lines[next.line]!.trim()}`;
    gone.add(next.line);
  });
  const out = lines
    .filter((_, i) => !gone.has(i))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: out, removed, glued };
}
