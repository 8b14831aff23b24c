// The school or unit a document belongs to: "武进区漕桥小学工会委员会2022年度工作计划" → 武进区漕桥小学. The
// title names it first; otherwise the opening of the text ("我们祖杰小学工会…"). A placeholder where the name
// was ("_小学", "xx小学", "__中学", "xxx工会", "某中学") means the page anonymised it: no org, flagged.
import { z } from 'zod';
import { withoutPartLead } from '../../lexicon/layout/parts.ts';
import { opensWithItemNumber, readSectionLead } from '../../lexicon/layout/leads.ts';
import { TITLE_DATE_LEAD } from '../../lexicon/layout/years.ts';
import { TITLE_KIND } from '../../lexicon/layout/titles.ts';
import { isHanCodePoint } from '../../lexicon/chinese-script.ts';
import { tagWords } from '../segment/jieba.ts';
import { loadRuleFile, ruleList, RuleId, rulePattern, ruleTerm, Why } from '../../lexicon/rule-file.ts';

export interface Organisation {
  org: string | null;
  anonymised: boolean;
  /** Where it came from: the title, the text, or the news credit the page removed as chrome. */
  from: 'title' | 'text' | 'credit' | null;
}

const SuffixFile = z.strictObject({
  $comment: z.string().optional(),
  groups: ruleList(
    z.strictObject({
      id: RuleId,
      why: Why,
      suffixes: z.array(ruleTerm(2, 'a suffix has 2+ characters (one would end every name)')).min(1),
    }),
  ).min(1),
});

const PatternRule = z.strictObject({ id: RuleId, why: Why, pattern: rulePattern({ flags: 'u' }) });
/** A pattern rule that carries its example, for the rules written from gold audits (inspected, level unions, bodies). */
const ExampledPatternRule = PatternRule.extend({ example: z.string() });
const SelfRule = z.strictObject({
  id: RuleId,
  why: Why,
  self: rulePattern({ flags: 'u' }),
  names: rulePattern({ flags: 'u' }),
});
/** A data list of words (not patterns), each of at least `min` characters. */
const termRules = (min: number, what: string) =>
  ruleList(z.strictObject({ id: RuleId, why: Why, terms: z.array(ruleTerm(min, what)).min(1) })).min(1);
const PatternsFile = z.strictObject({
  $comment: z.string().optional(),
  notNames: ruleList(PatternRule).min(1),
  units: ruleList(PatternRule).min(1),
  titleUnits: ruleList(PatternRule).min(1),
  passing: ruleList(PatternRule).min(1),
  anywhere: ruleList(PatternRule).min(1),
  hosts: ruleList(PatternRule).min(1),
  bareHeadlines: ruleList(PatternRule).min(1),
  congresses: ruleList(PatternRule).min(1),
  congressHolders: termRules(2, 'a unit ending has 2+ characters'),
  fieldColleges: termRules(3, 'a college has 3+ characters'),
  shortName: PatternRule,
  shortNames: ruleList(PatternRule).min(1),
  genericNames: termRules(2, 'a generic name has 2+ characters'),
  notShortNames: termRules(2, 'a short name has 2+ characters'),
  ownKinds: termRules(2, 'a kind of unit has 2+ characters'),
  ownKindNames: z.strictObject({
    id: RuleId,
    why: Why,
    example: z.string(),
    nameTags: z.array(z.string().min(1)).min(1),
  }),
  bareUnits: ruleList(PatternRule).min(1),
  openings: ruleList(PatternRule).min(1),
  associations: ruleList(PatternRule).min(1),
  datedSubjects: ruleList(PatternRule).min(1),
  bodySubjects: ruleList(PatternRule).min(1),
  letterheads: ruleList(PatternRule).min(1),
  clauseSubjects: ruleList(PatternRule).min(1),
  unionSubjects: ruleList(PatternRule).min(1),
  educationSubjects: ruleList(PatternRule).min(1),
  levelSubjects: ruleList(PatternRule).min(1),
  clauseLevelSubjects: ruleList(ExampledPatternRule).min(1),
  inspected: ruleList(ExampledPatternRule).min(1),
  hiddenBodies: ruleList(PatternRule).min(1),
  unitBodies: ruleList(ExampledPatternRule).min(1),
  signature: ruleList(PatternRule).min(1),
  selfNamed: ruleList(
    z.strictObject({
      id: RuleId,
      why: Why,
      example: z.string(),
      self: rulePattern({ flags: 'u' }),
      suffixes: z.array(ruleTerm(1, 'a suffix')).min(1),
    }),
  ).min(1),
  selfUnits: ruleList(
    z.strictObject({
      id: RuleId,
      why: Why,
      example: z.string(),
      self: rulePattern({ flags: 'u' }),
      notNames: z.array(ruleTerm(2, 'a word ending in the unit character')).min(1),
    }),
  ).min(1),
  selfKinds: ruleList(SelfRule).min(1),
  selfLevels: ruleList(SelfRule).min(1),
  shortAssociations: ruleList(
    z.strictObject({
      id: RuleId,
      why: Why,
      example: z.string(),
      self: rulePattern({ flags: 'u' }),
      names: rulePattern({ flags: 'u' }),
    }),
  ).min(1),
  verbLedNames: z.strictObject({
    id: RuleId,
    why: Why,
    example: z.string(),
    verbTags: z.array(z.string().min(1)).min(1),
    nameTags: z.array(z.string().min(1)).min(1),
    notOwnVerbs: z.array(ruleTerm(2, 'a verb has 2+ characters')).min(1),
  }),
  onceNamedGuards: z.strictObject({
    place: PatternRule,
    visited: PatternRule,
    clauseLead: PatternRule,
    personPost: PatternRule,
  }),
});

/** The org patterns as written (SUFFIX stands for the suffix alternation, SHORT for the short-name shape, COVERB
 * for COVERBS, filled in by the finder). */
export interface OrgPatterns {
  notNames: string[];
  units: string[];
  /** Units that are the org only at the head of a title (a district's education union). */
  titleUnits: string[];
  passing: string[];
  /** A school named in a shape that is its own anywhere in the text (group 1 + group 2), after the opening's. */
  anywhere: string[];
  /** A unit whose union hosts the text's event (由东湖区教育工会主办): the unit is the text's own. */
  hosts: string[];
  /** A headline whose subject is the text's own unit by its bare kind (学校举办…, 校工会召开…). */
  bareHeadlines: string[];
  /** A unit's staff congress, named right after the unit holding it (…第七届教代会): the unit is the text's own. */
  congresses: string[];
  /** What a congress's holder may end with besides the suffixes (东湖幼专, 东湖集团). */
  congressHolders: string[];
  /** Colleges named by a field whose word alone is a kind of unit (教育学院): names though their stem is generic. */
  fieldColleges: string[];
  /** The shape of a short school name (石小, 昆中, 广水二中, 一职校, 附小). */
  shortName: string;
  /** Where a text calls its school by a short name (石小, 昆中): SHORT stands for the short-name shape. */
  shortNames: string[];
  /** Names that are a kind of school or unit, not one (初中学校, 机关工会, 车间工会, 二级学院). */
  genericNames: string[];
  /** Words of the short-name shape that are no school (其中, 初中, 中小). */
  notShortNames: string[];
  /** The kinds of unit a text calls its own unit by, bare (学院工会, 学校工会): a verb run into one is no name. */
  ownKinds: string[];
  /** The tags of a two-character word before the bare kind that make it a name, not a verb run into it (机电|学院). */
  ownKindNameTags: string[];
  /** Units that are an org with no place name before them (教育局, 县教育局): the whole org matches. */
  bareUnits: string[];
  /** A unit the text opens with as its subject or letterhead (group 1), matched at the start of the text only. */
  openings: string[];
  /** A teachers' union or association heading one of the opening's lines as its letterhead or subject (Taiwan's and
   * Hong Kong's 教师职业工会, 教育产业工会, 教师会, 教育工作者联会; a school's 教师会 names the school): group 1. */
  associations: string[];
  /** The unit a news report names right after when (3月8日，东湖小学召开…), at any sentence's start in the opening. */
  datedSubjects: string[];
  /** A body named in full — a student union, a league or party branch, a volunteers' association — as the subject
   * of a headline or of the opening's lead sentence (东湖学院外语系教工党支部开展…): group 1, the body itself. */
  bodySubjects: string[];
  /** A unit's letterhead line in the opening (东湖学院工会委员会文件, 西山县教师会 函): group 1, the unit. */
  letterheads: string[];
  /** A school (its name or a place's short name) as the subject of a clause in the opening, maybe with its bodies
   * (东湖小学行政、工会…组织), doing something (group 1). */
  clauseSubjects: string[];
  /** A unit's union, whatever its name ends with, as the subject of a clause in the opening doing something (group 1). */
  unionSubjects: string[];
  /** A district's education union, named with its place, as a sentence's subject in the opening. */
  educationSubjects: string[];
  /** A union named by its level only (市总, 区教育) opening a headline or a text as the subject of an act, a news
   * lead's subject after its day, or its event's host (group 1, or group 1 + group 2, or group 3). */
  levelSubjects: string[];
  /** A union named by its level (市教育, 县总), maybe after its place, as the subject of an act at a clause's start in
   * the opening (根据…精神，市教育工会组织开展了…; 9月2日，县总工会举行…), or an office's 机关工会 as a headline's or dated
   * lead's subject (机关工会为…举办…): read after every named unit's rule (group 1). */
  clauseLevelSubjects: string[];
  /** A unit a level union's leaders inspect or survey for its union work (…工会主席…检查东湖小学“教工之家”建设工作; …一行
   * 来到南山区教育工会调研…): the report tells that unit's work, so it is the org (gold audit 10); group 1. */
  inspected: string[];
  /** A placeholder for the text's own unit before the unit's word and one of its bodies (xx公司工会, x村党支部). */
  hiddenBodies: string[];
  /** A unit named with one of its own bodies (东湖学院外语系教工党支部, 南岭中学女职工委员会), read on a found org as a
   * whole: group 1 is the unit, the org (gold audit 15b). */
  unitBodies: string[];
  signature: string[];
  /** How a text calls itself (我校, 全园) and the kinds of name it then gives its own unit once (…小学, …幼儿园). */
  selfNamed: Array<{ self: string; suffixes: string[] }>;
  /** How a text calls its own unit by the unit's last character (我局, 我场; group 1 is that character), and the
   * words ending in it that are no unit (大局, 现场). */
  selfUnits: Array<{ self: string; notNames: string[] }>;
  /** How a text calls its own unit (我校, 我院) and how the names of units of that kind end (…小学, …学院). */
  selfKinds: Array<{ self: string; names: string }>;
  /** The same for the level of region an office speaks for (全县, 全盟) and its bureau's name (县教育局). */
  selfLevels: Array<{ self: string; names: string }>;
  /** An association a text speaking as it (本会, 该会) calls by its short name (教联会, 教协, 工联; group 1). */
  shortAssociations: Array<{ self: string; names: string }>;
  /** A name given once right after its clause's verb (畅谈东湖小学教师…): the verb's tags, the tags every word of the
   * name has (a person, a place, a word the dictionary lacks), and verbs whose object is another's school (学习). */
  verbLedNames: { verbTags: string[]; nameTags: string[]; notOwnVerbs: string[] };
  /** What tells a name given once from a clause or another's school: a place in it, a visit, a clause's lead, a post. */
  onceNamedGuards: { place: string; visited: string; clauseLead: string; personPost: string };
}

export function loadOrgPatterns(
  file: URL | string = new URL('./data/org-patterns.json', import.meta.url),
): OrgPatterns {
  const data = loadRuleFile(file, PatternsFile);
  const sources = (rules: Array<{ pattern: string }>) => rules.map((r) => r.pattern);
  return {
    notNames: sources(data.notNames),
    units: sources(data.units),
    titleUnits: sources(data.titleUnits),
    passing: sources(data.passing),
    anywhere: sources(data.anywhere),
    hosts: sources(data.hosts),
    bareHeadlines: sources(data.bareHeadlines),
    congresses: sources(data.congresses),
    congressHolders: data.congressHolders.flatMap((g) => g.terms),
    fieldColleges: data.fieldColleges.flatMap((g) => g.terms),
    shortName: data.shortName.pattern,
    shortNames: sources(data.shortNames),
    genericNames: data.genericNames.flatMap((g) => g.terms),
    notShortNames: data.notShortNames.flatMap((g) => g.terms),
    ownKinds: data.ownKinds.flatMap((g) => g.terms),
    ownKindNameTags: data.ownKindNames.nameTags,
    bareUnits: sources(data.bareUnits),
    openings: sources(data.openings),
    associations: sources(data.associations),
    datedSubjects: sources(data.datedSubjects),
    bodySubjects: sources(data.bodySubjects),
    letterheads: sources(data.letterheads),
    clauseSubjects: sources(data.clauseSubjects),
    unionSubjects: sources(data.unionSubjects),
    educationSubjects: sources(data.educationSubjects),
    levelSubjects: sources(data.levelSubjects),
    clauseLevelSubjects: sources(data.clauseLevelSubjects),
    inspected: sources(data.inspected),
    hiddenBodies: sources(data.hiddenBodies),
    unitBodies: sources(data.unitBodies),
    signature: sources(data.signature),
    selfNamed: data.selfNamed.map((r) => ({ self: r.self, suffixes: r.suffixes })),
    selfUnits: data.selfUnits.map((r) => ({ self: r.self, notNames: r.notNames })),
    selfKinds: data.selfKinds.map((r) => ({ self: r.self, names: r.names })),
    selfLevels: data.selfLevels.map((r) => ({ self: r.self, names: r.names })),
    shortAssociations: data.shortAssociations.map((r) => ({ self: r.self, names: r.names })),
    verbLedNames: {
      verbTags: data.verbLedNames.verbTags,
      nameTags: data.verbLedNames.nameTags,
      notOwnVerbs: data.verbLedNames.notOwnVerbs,
    },
    onceNamedGuards: {
      place: data.onceNamedGuards.place.pattern,
      visited: data.onceNamedGuards.visited.pattern,
      clauseLead: data.onceNamedGuards.clauseLead.pattern,
      personPost: data.onceNamedGuards.personPost.pattern,
    },
  };
}

export function loadOrgSuffixes(file: URL | string = new URL('./data/org-suffixes.json', import.meta.url)): string[] {
  const all = loadRuleFile(file, SuffixFile).groups.flatMap((g) => g.suffixes);
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

/** Words that end a clause before a name ("我们祖杰小学", "我们的祖杰小学", "2025年东四尺小学", "推进学校工作南山市
 * 第五中学", "我代表东湖小学工会委员会", a passive's agent: "被区教育局工会评为…", "受县总工会表彰"): the name starts
 * after them. A bare 的 is not one: "提高组织的凝聚力幼儿园工会" names no school. */
const LEAD_IN =
  /^.*(?:我们的|我们|我的|我|本|全|各|该|在|由|对|和|与|及|为|是|年|度|了|将|以|把|向|从|给|之|所|下|中|上|里|被|受|工作|学校|代表)/u;
/** Grammar words a proper name never holds: a candidate with one is a clause run into a suffix ("教代会是学校",
 * "一起来看看幼儿园", "…王丽任主任的新一届女职工委员会", a verb's 了: "会议讨论了东湖小学…"), nor people and how
 * they act: a plural of persons (老师们, 同事们), a crowd (大家), together (纷纷), thanking (感谢) — "老师们纷纷感谢工会为
 * 举办…" is a clause before 工会为…, not a union's unit (zf023 once took it). Kept here, not in the data: the rule-file
 * breadth check refuses patterns that match such ordinary words on their own. */
const CLAUSE_WORD = /[的是在了们]|看看|一起|纷纷|大家|感谢/u;
const PLACEHOLDER = /(?:[_＿]+|[xX×*＊]{1,4}|某|□+|○+)\s*$/u;
/** The coverbs that lead a unit as its clause's agent or object, never its subject (由东湖小学举办的…, 对东湖供电公司
 * 举行的…): the subject patterns refuse a name opening on one (COVERB in org-patterns.json). Kept here, not in the
 * data: the rule-file breadth check refuses patterns that match such ordinary words on their own. */
const COVERBS = '由|对|被|把|给|让|使|与|跟|经由|按照|根据|依照';
/** Words that point at a school rather than name it (本, 我们, 这所, 所在): kept here, as the rule-file breadth check
 * refuses terms such as 我们 that ordinary text holds; the kinds of school and unit are data (genericNames). */
const POINTING_NAME = /^(?:本|我|我们|全|各|该|这所|此|一所|所在)$/u;
/** A stem with no name before a unit's words: the text's own or a bare level ("校工会女职工委员会",
 * "区教育工会女职工委员会", "县总工会"). */
const NO_NAME_STEM = /^(?:我|本)?(?:校|院|园|系|部|学校|[省市区县镇乡旗]?(?:教育|总)|[省市区县镇乡旗])?$/u;
/** A faculty (文学院, 理学部) or a numbered vocational school (一职校) is named by one character. */
const ONE_CHARACTER_NAME = /^(?:学院|学部|书院|职校)$/u;
/** A short name repeated this often in a text is the text's own school ("在昆中…", "“昆中老师”", "昆中人…"). */
const REPEATED_SHORT_NAME = 3;
/** A school's own bodies, besides its union, that head or sign their documents with the school's name (东湖中学女工委,
 * 东湖中学教工团支部): the school is the unit the document is about. A women's committee named in full (…女职工委员会)
 * is a unit of its own (units: women-committee). Not a branch union (分工会): a faculty's or an
 * office's, read by its own unit rules, and "…代表学院分工会" opens a sentence as often as a title. */
const SCHOOL_BODIES = '女工委(?!员)|妇委会|妇工委|(?:教工)?团支部|(?:教工)?团委|团总支|党总支';
/** Words before a unit that make it one whose orders the text follows (按照县财政局…, 根据市交通局…). */
const FOLLOWED = /(?:按照|根据|依据|遵照|响应|配合|在)$/u;
/** How a school's short name ends (西山镇小, 东湖一中, 城关幼, 一职校). */
const SHORT_TAIL = /(?:[中小幼]|职校)$/u;
/** A full name (东湖小学) the text repeats this often, and no other as often, is the text's own school: a school
 * named in passing (a visit, a partner, a contest's host) is named once or twice. */
const REPEATED_NAME = 3;
/** How far before a suffix a repeated name may reach (南湾区公办|幼儿园). */
const NAME_REACH = 10;
/** How far before a kind of school a name named once may reach (中牟县第一初级|中学). */
const ONCE_REACH = 12;
/** Where the run of Han characters ending at `at` starts, reaching back at most ONCE_REACH: a name's stem. */
const BRANCH_UNION = '分工会';
/** A line that is only a union's name (物电学院分工会, 图书馆工会): one of a list when the line above is one too. */
const UNION_NAME_LINE = /^[\p{Script=Han}.．·]{2,20}(?:工会|分会)$/u;

/** Whether the name matched at `at` (on its line, or on the line after a newline the match starts with) stands in a
 * list of units: its line is only a union's name and so is the line above or below it (a notice's recipients, a
 * quota table), which no unit signs and none of which is the text's own. */
function inUnitList(text: string, at: number): boolean {
  const lineStart = text[at] === '\n' ? at + 1 : text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const own = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  if (!UNION_NAME_LINE.test(own)) return false;
  const before = text.slice(0, Math.max(0, lineStart - 1)).trimEnd();
  const above = before.slice(before.lastIndexOf('\n') + 1).trim();
  const after = lineEnd < 0 ? '' : text.slice(lineEnd + 1).trimStart();
  const below = after.split('\n', 1)[0]!.trim();
  return UNION_NAME_LINE.test(above) || UNION_NAME_LINE.test(below);
}

function hanRunStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < ONCE_REACH && isHanCodePoint(text.charCodeAt(from - 1))) from--;
  return from;
}
/** LEAD_IN without the characters that open place names as often as they end clauses (中牟县, 上饶市, 下关区). */
const ONCE_LEAD_IN =
  /^.*(?:我们的|我们|我的|我|本|全|各|该|在|由|对|和|与|及|为|是|年|度|了|将|以|把|向|从|给|被|受|工作|学校|代表)/u;
/** The verb a congress's holder follows in its clause (…会议室召开|东湖小学第七届教代会, 衷心祝贺|东湖小学…). */
const HOLDER_LEAD = /^.*(?:召开|举行|举办|祝贺|出席|迎来|筹备|开好)/u;
/** Whether the name ends with one of the words (a word that is no short name, a kind of unit). */
function endsWithOneOf(name: string, words: Iterable<string>): boolean {
  for (const w of words) if (name.endsWith(w)) return true;
  return false;
}
/** What joins the items of a list of units (东湖小学工会、西山中学工会和南山一中工会). */
const LIST_JOINER = /^[、和及与]$/u;
/** Whether the unit found at [at, end) is an item of a list of units: a joiner right after it, or before it or
 * before the Han run its match left out of the name (、党群|二分工会: the run reaches back at most 6 characters). */
function listedAt(text: string, at: number, end: number): boolean {
  if (LIST_JOINER.test(text[end] ?? '') || LIST_JOINER.test(text[at - 1] ?? '')) return true;
  let from = at;
  while (from > 0 && at - from < 6 && isHanCodePoint(text.charCodeAt(from - 1))) from--;
  return from < at && text[from - 1] === '、';
}
/**
 * Whether a name found by repetition is only the ending several longer names share (信息|工程学院、机电|工程学院、
 * 食品|工程学院 → 工程学院; 东区|实验小学, 西区|实验小学): it never stands alone, every occurrence runs on into a
 * longer name once the clause's lead-in is gone, and those longer names differ. The count of a college list's
 * shared tail is no school's.
 */
function sharedEnding(lefts: ReadonlyMap<string, number>, stem: string): boolean {
  const heads = new Set<string>();
  for (const left of lefts.keys()) {
    if (!left.endsWith(stem)) continue;
    // ONCE_LEAD_IN: 中, 上 and 下 open names as often as they end clauses (朝阳|中心幼儿园, 郭坑|中心幼儿园): cut
    // there, every occurrence would look like the stem standing alone.
    const own = left.replace(ONCE_LEAD_IN, '');
    if (own.length <= stem.length) return false;
    heads.add(own.slice(0, -stem.length));
  }
  return heads.size >= 2;
}
/** Superior bodies a school's text names again and again (区教育局, 市教研室): never its own org by repetition. */
const SUPERIOR_BODY = /(?:局|教研室|教育中心)$/u;
/** The year or school year a title may open with (the grammar's): a hidden year (XX年) is not a hidden org. */
const LEADING_DATE = new RegExp(`^${TITLE_DATE_LEAD}`, 'u');
/**
 * A 范文 site's catalogue label joining a column's title and a title by an underscore (医院科室个人总结_医院工会年度总结):
 * the part before it ends in a title's kind word, so the underscore parts two titles and is no blank hiding a name;
 * a label of the site's catalogue names no unit that owns the text, which is read instead.
 */
const TITLE_THEN_TITLE = new RegExp(`^[^_＿]{2,30}?${TITLE_KIND}[_＿][^_＿]{4,}$`, 'u');
/** What a headline says after its slogan's dash or exclamation (情暖寒冬——东湖小学开展…, 送清凉！东川教育工会开展…),
 * its leading date gone; null without one. */
function afterSlogan(line: string): string | null {
  return /(?:——|—|--|[！!])\s*(.+)$/u.exec(line)?.[1]?.replace(LEADING_DATE, '') ?? null;
}

/** A placeholder inside a name ("某某县第二小学", "XX市实验中学"): the page hid where the school is. */
const PLACEHOLDER_INSIDE = /某某|[xX×*＊]{2,4}|[_＿]+|□+|○+/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Found {
  name: string;
  anonymised: boolean;
}

/** Whether the text writes the name right after a placeholder (**师范大学, xx师范大学, 某某师范大学). */
function hiddenBefore(name: string, text: string): boolean {
  return new RegExp(`(?<![A-Za-z])(?:[xX×*＊]{2,4}|某某|[_＿]{2,}|□+|○+)${escape(name)}`, 'u').test(text);
}

export class OrganisationFinder {
  private readonly named: RegExp;
  private readonly placeholder: RegExp;
  private readonly hiddenUnit: RegExp;
  private readonly union: RegExp;
  private readonly shortestFirst: string[];
  private readonly notName: RegExp;
  private readonly units: RegExp[];
  private readonly titleUnits: RegExp[];
  private readonly passing: RegExp[];
  private readonly anywhere: RegExp[];
  private readonly hosts: RegExp[];
  private readonly bareHeadlines: RegExp[];
  private readonly congresses: RegExp[];
  /** The suffixes and the congress holders' endings, longest first. */
  private readonly holderEndings: string[];
  private readonly shortNames: RegExp[];
  private readonly shortName: RegExp;
  private readonly notShortNames: Set<string>;
  private readonly genericNames: Set<string>;
  private readonly fieldColleges: Set<string>;
  private readonly ownKinds: string[];
  private readonly ownKindNameTags: Set<string>;
  /** The text being read by fromText, while it is (verbIntoOwnKind needs it where properName is asked). */
  private reading: string | null = null;
  private readonly bareUnit: RegExp;
  private readonly bareTitle: RegExp;
  /** A bare unit opening a title with no 工会 after it (教育局纪念三八节活动方案). */
  private readonly bareTitleLead: RegExp;
  private readonly openings: RegExp[];
  private readonly associations: RegExp[];
  private readonly datedSubjects: RegExp[];
  private readonly bodySubjects: RegExp[];
  private readonly letterheads: RegExp[];
  private readonly clauseSubjects: RegExp[];
  private readonly unionSubjects: RegExp[];
  private readonly educationSubjects: RegExp[];
  private readonly levelSubjects: RegExp[];
  private readonly clauseLevelSubjects: RegExp[];
  private readonly inspected: RegExp[];
  private readonly hiddenBodies: RegExp[];
  private readonly unitBodies: RegExp[];
  private readonly signature: RegExp[];
  private readonly selfNamed: Array<{ self: RegExp; suffixes: string[] }>;
  private readonly selfUnits: Array<{ self: RegExp; notNames: Set<string> }>;
  private readonly selfKinds: Array<Array<{ self: RegExp; names: RegExp }>>;
  private readonly shortAssociations: Array<{ self: RegExp; names: RegExp }>;
  private readonly onceGuards: { place: RegExp; visited: RegExp; clauseLead: RegExp; personPost: RegExp };
  private readonly verbLed: { verbTags: Set<string>; nameTags: Set<string>; notOwnVerbs: Set<string> };

  constructor(suffixes: string[], patterns: OrgPatterns = loadOrgPatterns()) {
    this.shortestFirst = [...suffixes].sort((a, b) => a.length - b.length);
    const alt = suffixes.map(escape).join('|');
    // A title opens with the org — "武进区漕桥小学工会委员会…", "莲峰学区2025年…", "李集小学三届二次教代会…",
    // "西山小学：工会活动促和谐", a headline's "东湖小学召开…" — or with the year before it ("2024年红旗中学…"). A
    // kindergarten's or school's union may repeat its kind: 东湖幼儿园园工会, 东湖小学校工会; kindergartens of an area
    // may share one: 东湖幼儿园联合工会; a Taiwanese school's teachers' association heads its minutes as a union does
    // (东山二中教师会第十届理监事会议). A headline or plan may name the occasion the school marks right after it
    // (东湖中学庆祝教师节活动方案, 东湖中学庆建校60周年, 东湖小学喜迎国庆), or an inspection it receives (东湖中学
    // 接受市教育工会…验收: the name stops before 接受, not at the inspector's 市教育). A school's own bodies head their
    // documents with its name as its union does (东湖中学女工委…, 东湖中学教工团支部…); its first term is an Nth
    // (东湖一中首届教职工代表大会).
    this.named = new RegExp(
      `^${TITLE_DATE_LEAD}([\\p{Script=Han}xX×*＊_＿□○]{1,20}?(?:${alt}))(?=\\s*(?:[园校]?工会|联合工会|教师会|教代会|职代会|教职工代表大会|职工代表大会|少先队|团委|党支部|大队部|学生会|${SCHOOL_BODIES})|\\d|20[xX_]|[一二〇]{4}|第|(?:[一二三四五六七八九十]{1,3}|首)届|[:：]|[(（]|年|(?:春季|秋季|[上下本]|第[一二])?学期|学年|[上下]半年|开展|举行|举办|召开|组织|荣获|喜获|获评|庆祝|庆|喜迎|迎接|纪念|接受|教职工|全体|$)`,
      'u',
    );
    const short = patterns.shortName;
    const fill = (source: string, flags = 'u') =>
      new RegExp(
        source
          .replace(/SUFFIX/g, alt)
          .replace(/SHORT/g, short)
          .replace(/COVERB/g, COVERBS),
        flags,
      );
    this.notName = new RegExp(patterns.notNames.map((p) => `(?:${p})`).join('|'), 'u');
    this.units = patterns.units.map((p) => fill(p, 'gu'));
    this.titleUnits = patterns.titleUnits.map((p) => fill(p));
    this.passing = patterns.passing.map((p) => fill(p, 'gu'));
    this.anywhere = patterns.anywhere.map((p) => fill(p, 'gu'));
    this.hosts = patterns.hosts.map((p) => fill(p, 'gu'));
    this.bareHeadlines = patterns.bareHeadlines.map((p) => fill(p));
    this.congresses = patterns.congresses.map((p) => fill(p, 'gu'));
    this.holderEndings = [...new Set([...suffixes, ...patterns.congressHolders])].sort((a, b) => b.length - a.length);
    this.shortNames = patterns.shortNames.map((p) => fill(p, 'gu'));
    this.shortName = new RegExp(`(?<![\\p{Script=Han}])(${short})`, 'gu');
    this.notShortNames = new Set(patterns.notShortNames);
    this.genericNames = new Set(patterns.genericNames);
    this.fieldColleges = new Set(patterns.fieldColleges);
    this.ownKinds = [...patterns.ownKinds].sort((a, b) => b.length - a.length);
    this.ownKindNameTags = new Set(patterns.ownKindNameTags);
    const bare = patterns.bareUnits.map((p) => `(?:${p})`).join('|');
    this.bareUnit = new RegExp(`^(?:${bare})$`, 'u');
    this.bareTitle = new RegExp(`^(${bare})(?:工会|委员会)`, 'u');
    this.bareTitleLead = new RegExp(`^(${bare})`, 'u');
    this.openings = patterns.openings.map((p) => fill(p));
    this.associations = patterns.associations.map((p) => fill(p));
    this.datedSubjects = patterns.datedSubjects.map((p) => fill(p, 'gu'));
    this.bodySubjects = patterns.bodySubjects.map((p) => fill(p, 'gu'));
    this.letterheads = patterns.letterheads.map((p) => fill(p, 'gu'));
    this.clauseSubjects = patterns.clauseSubjects.map((p) => fill(p, 'gu'));
    this.unionSubjects = patterns.unionSubjects.map((p) => fill(p, 'gu'));
    this.educationSubjects = patterns.educationSubjects.map((p) => fill(p, 'gu'));
    this.levelSubjects = patterns.levelSubjects.map((p) => fill(p));
    this.clauseLevelSubjects = patterns.clauseLevelSubjects.map((p) => fill(p, 'gu'));
    this.inspected = patterns.inspected.map((p) => fill(p, 'gu'));
    this.hiddenBodies = patterns.hiddenBodies.map((p) => fill(p));
    this.unitBodies = patterns.unitBodies.map((p) => fill(p));
    this.signature = patterns.signature.map((p) => fill(p));
    this.selfUnits = patterns.selfUnits.map((r) => ({ self: new RegExp(r.self, 'u'), notNames: new Set(r.notNames) }));
    this.selfNamed = patterns.selfNamed.map((r) => ({
      self: new RegExp(r.self, 'u'),
      suffixes: [...r.suffixes].sort((a, b) => b.length - a.length),
    }));
    this.selfKinds = [patterns.selfKinds, patterns.selfLevels].map((rules) =>
      rules.map((r) => ({ self: new RegExp(r.self, 'u'), names: new RegExp(r.names, 'u') })),
    );
    this.shortAssociations = patterns.shortAssociations.map((r) => ({
      self: new RegExp(r.self, 'u'),
      names: new RegExp(r.names, 'gu'),
    }));
    const guards = patterns.onceNamedGuards;
    this.verbLed = {
      verbTags: new Set(patterns.verbLedNames.verbTags),
      nameTags: new Set(patterns.verbLedNames.nameTags),
      notOwnVerbs: new Set(patterns.verbLedNames.notOwnVerbs),
    };
    this.onceGuards = {
      place: new RegExp(guards.place, 'u'),
      visited: new RegExp(guards.visited, 'u'),
      clauseLead: new RegExp(guards.clauseLead, 'u'),
      personPost: new RegExp(guards.personPost, 'u'),
    };
    this.placeholder = new RegExp(
      `(?:^|[^\\p{Script=Han}A-Za-z])(?:[_＿]+|[xX×*＊]{2,4}|某|□+|○+)\\s*(?:${alt}|工会)`,
      'u',
    );
    // Anywhere in a text that names no unit: a placeholder standing for the union's school or education office, or
    // for the body leading it, even inside a word (在乡xx小学的统一领导下, 20**年**镇教育工会计划…): the page hid the
    // names. Underscores are left out: they are blanks for numbers as often (20__区教体局文件, 第__届).
    this.hiddenUnit = new RegExp(
      `(?:[xX×*＊]{2,4}|某某)[省市区县镇乡]?(?:${alt}|教育)(?:工会|的(?:统一|正确)?领导)`,
      'u',
    );
    // In the text: "…祖杰小学工会", "东四尺小学工会", "东湖幼儿园园工会", "_小学工会". Not "学校工会": in running text that is
    // nearly always "the school's union" (全面推进学校工会…), not a school called "…学校".
    const specific = suffixes
      .filter((s) => s !== '学校')
      .map(escape)
      .join('|');
    this.union = new RegExp(`([\\p{Script=Han}_＿xX×*＊□○]{0,12}?)(${specific})(?:[园校]?工会|教代会|全体)`, 'gu');
  }

  /**
   * Whether a candidate is a name, not a phrase that ends like one: no clause words (在, 是, 的, 发挥, 成立…), not
   * the text's own or every school (我校…, 校工会…, 全盟各学校), not a kind of school (初中学校, 最新学校), and a
   * name before its suffix (one character only for a faculty: 文学院). A bare bureau (教育局) is its own name.
   */
  private properName(org: string, oneCharacter = false): boolean {
    if (CLAUSE_WORD.test(org) || this.notName.test(org)) return false;
    if (this.bareUnit.test(org) || this.fieldColleges.has(org)) return true;
    const suffix = this.shortestFirst.find((s) => org.endsWith(s));
    const name = suffix ? org.slice(0, -suffix.length) : org;
    if (POINTING_NAME.test(name) || this.genericNames.has(name) || NO_NAME_STEM.test(name)) return false;
    if (this.reading !== null && this.verbIntoOwnKind(org, this.reading)) return false;
    if (!suffix) return name.length >= 2;
    return name.length >= 2 || (oneCharacter && name.length === 1 && ONE_CHARACTER_NAME.test(suffix));
  }

  /**
   * Whether the text speaks as a unit of another kind than the candidate: it calls itself 我校 or 我院 (a school's,
   * a hospital's text) and the candidate is a bureau or a university's faculty it names (教育局, 某大学医学部), or it
   * speaks for a league (全盟) where the candidate is a county's bureau. Kind and level are read apart (a bare
   * 教育局 has no level: 全市 does not contradict it). A candidate of no known kind, or a text that calls itself
   * nothing, never contradicts.
   */
  private otherKind(org: string, text: string): boolean {
    return this.selfKinds.some((rules) => {
      const kinds = rules.filter((k) => k.names.test(org));
      if (kinds.length === 0) return false;
      const selves = rules.filter((k) => k.self.test(text));
      return selves.length > 0 && !selves.some((k) => kinds.includes(k));
    });
  }

  private fromTitle(title: string): Organisation | null {
    // 第N篇 and the leading date go first: a hidden year (XX年幼儿园…) is not a hidden org.
    const t = withoutPartLead(title.trim()).replace(LEADING_DATE, '');
    if (TITLE_THEN_TITLE.test(t)) return null;
    // A headline after its slogan names its subject after the dash ("情暖寒冬——东湖小学开展春节慰问活动").
    const subtitle = afterSlogan(t);
    const m = this.named.exec(t) ?? (subtitle ? this.named.exec(subtitle) : null);
    if (m) {
      const org = m[1]!;
      const name = this.nameBeforeSuffix(org);
      if (name && PLACEHOLDER_INSIDE.test(org)) return { org: null, anonymised: true, from: 'title' };
      if (this.properName(org, true)) return { org, anonymised: false, from: 'title' };
    }
    if (this.placeholder.test(t)) return { org: null, anonymised: true, from: 'title' };
    const association = this.association(t);
    if (association) return { org: association, anonymised: false, from: 'title' };
    const bare = this.bareTitle.exec(t);
    if (bare) return { org: bare[1]!, anonymised: false, from: 'title' };
    // A headline of a level union's leaders surveying a unit's union work (市总工会副主席…调研 南山区教育工会工作) is
    // that unit's report, though the visitors head it (gold audit 10).
    const visited = this.unitNamed(t, this.inspected);
    if (visited)
      return { org: visited.anonymised ? null : visited.name, anonymised: visited.anonymised, from: 'title' };
    const level = this.levelSubject(t) ?? (subtitle ? this.levelSubject(subtitle) : null);
    if (level) return { org: level, anonymised: false, from: 'title' };
    // A union after the slogan is the headline's subject as one at its head is (关爱教师——南山镇教育工会慰问…).
    const unit =
      this.unitNamed(t, this.titleUnits) ??
      (subtitle ? this.unitNamed(subtitle, this.titleUnits) : null) ??
      this.unitNamed(t);
    if (unit) return { org: unit.anonymised ? null : unit.name, anonymised: unit.anonymised, from: 'title' };
    // A notice calling its unit's own congress names the holder in its title as a text does (关于召开东湖大学第一届
    // 教代会…的通知): the own-congress rule, read on the title.
    const holder = this.congressHolder(t);
    if (holder) return { org: holder, anonymised: false, from: 'title' };
    // A body named in full heading the headline as its subject (东湖学院外语系教工党支部开展…): that body.
    const body = this.unitNamed(t, this.bodySubjects);
    if (body) return { org: body.anonymised ? null : body.name, anonymised: body.anonymised, from: 'title' };
    return null;
  }

  /** A union named by its level only (市总, 区教育) as the subject of an act at the head of a headline or text. */
  private levelSubject(line: string): string | null {
    for (const re of this.levelSubjects) {
      const m = re.exec(line);
      // The union's place given once by the bureau before it (西山县|教育局、|教育|工会主办): place and kind join.
      if (m) return m[1] !== undefined ? m[1] + (m[2] ?? '') : m[3]!;
    }
    return null;
  }

  /**
   * The one union known by its level the opening's clauses have as the subject of an act (根据…精神，市教育工会组织开展
   * 了…; 9月2日，县总工会举行…): that union's own event (gold audit 6). Two different ones (a city's and a district's
   * unions each acting) leave it unnamed.
   */
  private clauseLevelSubject(opening: string): string | null {
    const names = new Set<string>();
    for (const re of this.clauseLevelSubjects) for (const m of opening.matchAll(re)) names.add(m[1]!);
    return names.size === 1 ? [...names][0]! : null;
  }

  /** A teachers' union or association heading the line (东湖县教师职业工会 1060310…, 「东湖国小教师会」开启…). */
  private association(line: string): string | null {
    for (const re of this.associations) {
      const m = re.exec(line);
      const name = m?.[1];
      if (name && !CLAUSE_WORD.test(name) && !this.notName.test(name) && !PLACEHOLDER_INSIDE.test(name)) return name;
    }
    return null;
  }

  /** A unit name as found: anonymised when a placeholder stands for its place, rejected when it is no name. */
  /** A signer's name; a branch union keeps its 分工会 (体育部分工会, 机关分工会: SCHEMA keeps the name whole), checked
   * without its 工会 as any signer is. */
  private checkedSigner(name: string): Found | null {
    if (!name.endsWith(BRANCH_UNION)) return this.checked(name);
    const found = this.checked(name.slice(0, -'工会'.length));
    return found && { ...found, name };
  }

  private checked(name: string): Found | null {
    if (PLACEHOLDER_INSIDE.test(name)) return { name, anonymised: true };
    return this.properName(name) ? { name, anonymised: false } : null;
  }

  /** The unit named, and whether a placeholder hides its place (xx区教育工会: anonymised, no name). */
  private unitNamed(text: string, units: RegExp[] = this.units): Found | null {
    for (const re of units) {
      const matches = re.global ? text.matchAll(re) : [re.exec(text)];
      for (const m of matches) {
        if (!m) continue;
        // The unit's own 工会 (机关工会一分会, 行政一分工会) is part of its name, not a clause run into it; a women's
        // committee needs a school's name before it (我校工会女职工委员会, 区教育工会女职工委员会, 重视女工委员会 name none).
        const stem = m[1]!.replace(/工会/gu, '');
        const owner = stem.replace(/(?:女教职工|女职工|女工)委员会$/u, '');
        if (this.notName.test(stem) || CLAUSE_WORD.test(stem)) continue;
        // One of several units listed (外语系分工会和7011分工会的比赛, 教辅二分工会、党群二分工会分获…, 直属单位工会、
        // 资产公司工会、图书馆工会举办…) is a participant, as one of several unions listed is in the opening's.
        const at = m.index + m[0].indexOf(m[1]!);
        if (listedAt(text, at, m.index + m[0].length) || inUnitList(text, at)) continue;
        if (PLACEHOLDER_INSIDE.test(m[1]!)) return { name: m[1]!, anonymised: true };
        const ownerNamed = owner === stem || this.shortestFirst.some((s) => owner.endsWith(s));
        if (ownerNamed && this.properName(owner)) return { name: m[1]!, anonymised: false };
      }
    }
    return null;
  }

  /** A school named in passing in the opening, the unit signing the text at its end, or a school named in its own
   * shape anywhere (《东湖大学…办法》, 东湖学院第一届…). */
  private namedInPassing(text: string, opening: string, ending: string): Found | null {
    const first = (rules: RegExp[], where: string): Found | null => {
      for (const re of rules) {
        for (const m of where.matchAll(re)) {
          if (inUnitList(where, m.index + m[0].indexOf(m[1]!))) continue;
          const found = this.checked(m[1]! + m[2]!);
          if (found) return found;
        }
      }
      return null;
    };
    const passing = first(this.passing, opening);
    if (passing) return passing;
    for (const re of this.signature) {
      const m = re.exec(ending);
      // A notice's closing list of branch unions (its recipients or a quota table) is signed by none of them.
      if (m && !inUnitList(ending, m.index)) {
        const found = this.checkedSigner(m[1]!);
        if (found) return found;
      }
    }
    return first(this.anywhere, text);
  }

  /** The short name a text calls its own school by (我们石小工会, 为官小教育稳步发展, 上中工会, 昆中 ×3). */
  private shortNameIn(text: string): string | null {
    const isShort = (s: string) => !this.notShortNames.has(s) && !CLAUSE_WORD.test(s) && !this.notName.test(s);
    for (const re of this.shortNames) {
      for (const m of text.matchAll(re)) if (isShort(m[1]!)) return m[1]!;
    }
    const counted = new Set<string>();
    for (const m of text.matchAll(this.shortName)) {
      const s = m[1]!;
      // 廖小华 is a person: count a short name only where it ends a word (“昆中老师”, 昆中的, 昆中人).
      // Counted only in its tightest shape (one character and its type, or a number: 昆中, 广水二中): a two-character
      // head is too often a word (活动中, 工作中).
      if (counted.has(s) || !isShort(s) || (s.length > 2 && !/[一二三四五六七八九十]/u.test(s))) continue;
      counted.add(s);
      const standing = new RegExp(`${s}(?=[^\\p{Script=Han}]|的|人|老师|教师|工会|全体|学生)`, 'gu');
      if ([...text.matchAll(standing)].length >= REPEATED_SHORT_NAME) return s;
    }
    return null;
  }

  /**
   * Whether the list item starting at `from` (up to its clause's end) is another unit or union (…、西山中学工会和…):
   * a school's union listed with one of its own bodies (东湖中学校工会、体育教研组精心筹划…, …工会、退教协会举办…) is
   * still the clause's subject, and the school the text's own.
   */
  private unitListedAfter(text: string, from: number): boolean {
    const item = /^[^，,。；;：:\n]{0,16}/u.exec(text.slice(from))![0];
    return item.includes('工会') || this.shortestFirst.some((s) => item.includes(s));
  }

  /** The fuller form of a name the text also gives (a headline's 江北小学, the report's 江北中心小学). */
  private fuller(org: string, text: string): string {
    const suffix = this.shortestFirst.find((s) => org.endsWith(s));
    if (!suffix) return org;
    const name = org.slice(0, -suffix.length);
    const longer = this.shortestFirst.filter((s) => s.length > suffix.length && s.endsWith(suffix));
    return longer.map((s) => name + s).find((full) => text.includes(full)) ?? org;
  }

  /** The name without its type: the shortest suffix it ends with leaves the longest name (武进区漕桥|小学). */
  private nameBeforeSuffix(org: string): string {
    const suffix = this.shortestFirst.find((s) => org.endsWith(s));
    return suffix ? org.slice(0, -suffix.length) : org;
  }

  /**
   * Whether a candidate is a two-character word run into the bare kind the text calls its own unit by (…，完成学院工会
   * 年度各项工作目标 / …，丰富学院教职工的业余文化生活, where the text says 学院工会副主席…, 学院登山协会… on their
   * own; 为丰富学院教职工…, after a purpose's 为): a verb or an adverb before "the college", not a college's name. A
   * college named by two characters (光电学院)
   * is named again; one named once in a text that never uses the bare kind is read as before.
   */
  private verbIntoOwnKind(candidate: string, text: string): boolean {
    // A purpose clause's 为 (为丰富学院教职工文化生活，…) leads the verb; a name never opens on it.
    const org = candidate.replace(/^为了?/u, '');
    const kind = this.ownKinds.find((k) => org.endsWith(k));
    if (!kind || org.length - kind.length !== 2) return false;
    // A field's noun (机电, 外语, 光电) names a college as the text's own union does (机电学院工会邀请…): no verb.
    const head = tagWords(org.slice(0, 2));
    if (head.length === 1 && this.ownKindNameTags.has(head[0]!.tag)) return false;
    let named = 0;
    let headed = false;
    let bare = 0;
    for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + kind.length)) {
      if (at >= 2 && text.startsWith(org, at - 2)) {
        named++;
        // At a line's head the name heads or signs the text (机械学院工会妇委会 / 2023年…): a name, not a clause.
        let from = at - 2;
        while (from > 0 && /[ \t\u3000“"]/u.test(text[from - 1]!)) from--;
        if (from === 0 || text[from - 1] === '\n') headed = true;
      } else bare++;
    }
    return named === 1 && !headed && bare >= 1;
  }

  private fromText(text: string): Organisation | null {
    this.reading = text;
    try {
      return this.fromOpeningAndBody(text);
    } finally {
      this.reading = null;
    }
  }

  private fromOpeningAndBody(text: string): Organisation | null {
    const opening = text.slice(0, 400);
    // A text that opens with its org, as a title would ("东湖中学2023学年第一学期工会计划 …"), maybe under a
    // line of site furniture ("…欢迎您!" / "西山小学：工会活动促和谐").
    // A headline line may name it after its slogan, as a title does ("…促和谐——东湖小学工会工作总结"); a placeholder
    // there ("XX中学团委工作总结") hides it, as in a title.
    const lines = opening.trimStart().split('\n', 3);
    for (const line of lines) {
      const subtitle = afterSlogan(line);
      for (const part of subtitle ? [line.trim(), subtitle] : [line.trim()]) {
        const head = this.named.exec(part.slice(0, 40));
        if (!head || !this.properName(head[1]!, true)) continue;
        if (PLACEHOLDER_INSIDE.test(head[1]!)) return { org: null, anonymised: true, from: 'text' };
        return { org: head[1]!, anonymised: false, from: 'text' };
      }
      const level = this.levelSubject(line.trim()) ?? (subtitle ? this.levelSubject(subtitle) : null);
      if (level) return { org: level, anonymised: false, from: 'text' };
      const association = this.association(line.trim());
      if (association) return { org: association, anonymised: false, from: 'text' };
      // A headline line's union after its slogan, read as a title's (…关爱暖人心 —北坡镇教育工会慰问…).
      const unit = subtitle ? this.unitNamed(subtitle, this.titleUnits) : null;
      if (unit) return { org: unit.anonymised ? null : unit.name, anonymised: unit.anonymised, from: 'text' };
    }
    // A unit's letterhead (东湖学院工会委员会文件, 西山县教师会 函) issues the document: that unit.
    const letterhead = this.unitNamed(opening, this.letterheads);
    if (letterhead)
      return { org: letterhead.anonymised ? null : letterhead.name, anonymised: letterhead.anonymised, from: 'text' };
    // A level union's leaders inspecting a unit's union work (区教育工会主席…检查东湖小学“教工之家”建设工作): the report
    // tells the inspected unit's work, so it is the org, not the visitors (gold audit 10).
    const visited = this.unitNamed(opening, this.inspected);
    if (visited) return { org: visited.anonymised ? null : visited.name, anonymised: visited.anonymised, from: 'text' };
    let anonymised = false;
    for (const m of opening.matchAll(this.union)) {
      const before = m[1]!;
      if (PLACEHOLDER.test(before)) {
        anonymised = true;
        continue;
      }
      // ONCE_LEAD_IN: 上, 中 and 下 open place names (上海理工学院, 中原理工大学) as often as they end clauses.
      const name = before.replace(ONCE_LEAD_IN, '');
      // One of several unions listed (东湖小学工会、西山中学工会和南山一中工会分别作了交流) is a participant, not the
      // text's own.
      const start = m.index + before.length - name.length;
      const end = m.index + m[0].length;
      if (
        (LIST_JOINER.test(opening[end] ?? '') && this.unitListedAfter(opening, end + 1)) ||
        LIST_JOINER.test(opening[start - 1] ?? '')
      )
        continue;
      // A bureau known only by its level (区教体局工会, 县教育局工会) is, in running text, the superior body whose
      // events the school joins; a title or 现将… names it as the owner (bareUnits, fromTitle).
      const org = name + m[2]!;
      if (this.otherKind(org, text)) continue;
      if (name.length <= 8 && /^\p{Script=Han}+$/u.test(name) && this.properName(org) && !this.bareUnit.test(org)) {
        return { org, anonymised: false, from: 'text' };
      }
    }
    if (anonymised || /(?:^|[^\p{Script=Han}A-Za-z])(?:[_＿]+|[xX×*＊]{2,4})\s*工会/u.test(opening))
      return { org: null, anonymised: true, from: 'text' };
    const unit =
      this.unitNamed(opening, this.hosts) ??
      this.unitNamed(text.trimStart(), this.openings) ??
      this.unitNamed(opening, this.datedSubjects) ??
      this.unitNamed(opening, this.bodySubjects) ??
      this.unitNamed(opening, this.educationSubjects) ??
      this.unitNamed(opening) ??
      this.unitNamed(text.slice(-300));
    if (unit) return { org: unit.anonymised ? null : unit.name, anonymised: unit.anonymised, from: 'text' };
    const subject = this.clauseSubject(opening);
    if (subject) return { org: subject, anonymised: false, from: 'text' };
    const passing = this.namedInPassing(text, opening, text.slice(-200));
    if (passing)
      return passing.anonymised
        ? { org: null, anonymised: true, from: 'text' }
        : { org: this.fuller(passing.name, text), anonymised: false, from: 'text' };
    const holder = this.congressHolder(text);
    if (holder) return { org: holder, anonymised: false, from: 'text' };
    const repeated = this.repeatedName(text);
    if (repeated) return { org: repeated, anonymised: false, from: 'text' };
    const short = this.shortNameIn(text);
    if (short) return { org: short, anonymised: false, from: 'text' };
    const once = this.namedOnceBeside(text) ?? this.unitCalledSelf(text);
    if (once) return { org: once, anonymised: false, from: 'text' };
    // A union known by its level as the subject of the opening's act (市教育工会组织开展了…), read after every rule that
    // names a unit: a school's page naming its school anywhere is the school's, whoever held the event it joined.
    const level = this.clauseLevelSubject(leadBeforeSections(opening));
    if (level) return { org: level, anonymised: false, from: 'text' };
    // Last, as every name rule has had its turn: a placeholder for the unit itself (xx公司工会决定…, x村党支部).
    if (this.hiddenUnit.test(text) || this.hiddenBodies.some((re) => re.test(text)))
      return { org: null, anonymised: true, from: 'text' };
    return null;
  }

  /**
   * The one unit the text names as holding a staff congress (召开东湖小学第七届教代会…, 东湖集团第四届第四次职工代表大会
   * 召开, 祝贺东湖小学九届一次教师代表大会召开): the congress is the text's own event and its holder the text's unit.
   * The name runs back from its ending to the clause's verb or lead-in (…会议室召开|东湖小学, 在|东湖职业技术学院);
   * a congress the text went to (参加了东湖小学…) is another's, a bureau's (区教育局第三届…) its superior's, and two
   * different holders leave it unnamed.
   */
  private congressHolder(text: string): string | null {
    const names = new Set<string>();
    for (const re of this.congresses) {
      for (const m of text.matchAll(re)) {
        let end = m.index;
        while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
        const ending = this.holderEndings.find((s) => text.startsWith(s, end - s.length));
        if (!ending) continue;
        const at = end - ending.length;
        const stem = text
          .slice(hanRunStart(text, at), at)
          .replace(ONCE_LEAD_IN, '')
          .replace(HOLDER_LEAD, '')
          .replace(this.onceGuards.clauseLead, '');
        const start = at - stem.length;
        if (this.onceGuards.visited.test(text.slice(Math.max(0, start - 3), start))) continue;
        const name = stem + ending;
        if (SUPERIOR_BODY.test(name) || PLACEHOLDER_INSIDE.test(name) || !this.properName(name)) continue;
        if (this.genericNames.has(stem) && !this.fieldColleges.has(name)) continue;
        if ([...names].some((n) => n.endsWith(name) || name.endsWith(n))) continue;
        names.add(name);
      }
    }
    return names.size === 1 ? [...names][0]! : null;
  }

  /**
   * The one full name the text repeats most, at least REPEATED_NAME times (…东湖小学… ×3). A name's start is where
   * its count drops: 湖小学 ×3, 东湖小学 ×3, 在东湖小学 ×1 → 东湖小学. Counted over each suffix's occurrences only,
   * in one pass, so a long text costs no more than its suffixes.
   */
  private repeatedName(text: string): string | null {
    const found = new Map<string, number>();
    for (const suffix of this.shortestFirst) {
      // 学校 in running text is "the school" after a verb (配合学校工作, 融入到学校), not a name's end.
      if (suffix === '学校') continue;
      // The Han run before each occurrence, counted: a long text repeats the same few.
      const lefts = new Map<string, number>();
      let occurrences = 0;
      for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + suffix.length)) {
        // 十八届四中全会 is a Party plenum, not 四中 (a numbered school).
        if (text.startsWith('全会', at + suffix.length)) continue;
        let from = at;
        while (from > 0 && at - from < NAME_REACH && isHanCodePoint(text.charCodeAt(from - 1))) from--;
        const left = text.slice(from, at);
        lefts.set(left, (lefts.get(left) ?? 0) + 1);
        occurrences++;
      }
      if (occurrences < REPEATED_NAME) continue;
      const counts = new Map<string, number>();
      for (const [left, n] of lefts)
        for (let len = 1; len <= left.length; len++) {
          const key = left.slice(-len);
          counts.set(key, (counts.get(key) ?? 0) + n);
        }
      for (const left of lefts.keys()) {
        let name = '';
        const floor = counts.get(left.slice(-1)) ?? 0;
        for (let len = 2; len <= left.length && (counts.get(left.slice(-len)) ?? 0) === floor; len++)
          name = left.slice(-len);
        const stem = name.replace(LEAD_IN, '');
        const times = counts.get(stem) ?? 0;
        const org = stem + suffix;
        if (stem.length < 2 || times < REPEATED_NAME || SUPERIOR_BODY.test(org) || !this.properName(org)) continue;
        if (sharedEnding(lefts, stem)) continue;
        found.set(org, Math.max(found.get(org) ?? 0, times));
      }
    }
    // A name inside a longer one found as often is the longer one's tail (湖小学 in 东湖小学).
    const names = [...found].filter(([a, n]) => ![...found].some(([b, m]) => b !== a && b.endsWith(a) && m >= n));
    names.sort((a, b) => b[1] - a[1]);
    if (names.length === 0 || (names.length > 1 && names[1]![1] === names[0]![1])) return null;
    return names[0]![0];
  }

  /**
   * The one unit of its own kind a text names when it calls itself 我校 / 全园: a school's report that names a
   * school once (…东湖小学的每位老师…, 《东湖大学发展规划》) names its own. Two different names of that kind (a partner,
   * a contest's host) leave it unnamed; so does a name in a list (、) or one the text went to (到, 赴, 参观).
   */
  private namedOnceBeside(text: string): string | null {
    for (const { self, suffixes } of this.selfNamed) {
      const { place, visited, clauseLead, personPost } = this.onceGuards;
      if (!self.test(text)) continue;
      const names = new Set<string>();
      for (const suffix of suffixes) {
        for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + suffix.length)) {
          const from = hanRunStart(text, at);
          const run = text.slice(from, at);
          let stem = run.replace(ONCE_LEAD_IN, '').replace(clauseLead, '');
          // Named, not a clause run into a kind of school (结合幼儿园工作, 提升学校品位): a place in the name, or a
          // name of three characters or more standing on its own after a bracket, a quote or a line's start.
          const standing = stem === run && from > 0 && /[《“"「\n]/u.test(text[from - 1]!);
          // A document's title opens with its author's full name, short as it may be (《东二小学…规划》).
          const titled = standing && text[from - 1] === '《' && stem.length === 2;
          if (!place.test(stem) && !(standing && stem.length >= 3) && !titled) {
            const name = this.afterVerb(stem);
            if (name === null) continue;
            stem = name;
          }
          const start = at - stem.length;
          // Every school of a kind (各乡镇中心学校), not one; 学校 run out of another kind's ending (…小学校长) is no 学校.
          if (text[start - 1] === '各' || (suffix === '学校' && /[小中]$/u.test(stem))) continue;
          const after = text.slice(at + suffix.length, at + suffix.length + 2);
          if (LIST_JOINER.test(text[start - 1] ?? '') || /^[、等]/u.test(after) || personPost.test(after)) continue;
          if (visited.test(text.slice(Math.max(0, start - 3), start)) || inUnitList(text, start)) continue;
          const org = stem + suffix;
          if (SUPERIOR_BODY.test(org)) continue;
          if (!this.properName(org) || PLACEHOLDER_INSIDE.test(org)) continue;
          // A longer suffix read first leaves its tail (东湖中心|小学 → 东湖中心小学 already): one name.
          if ([...names].some((n) => n.endsWith(org) || org.endsWith(n))) continue;
          names.add(org);
        }
      }
      if (names.size === 1) return [...names][0]!;
      if (names.size > 1) return null;
    }
    return null;
  }

  /**
   * The name in a run that opens with its clause's verb (畅谈|东湖小学教师…, 召开|柯岭小学少先队…): every word after
   * the verb a person's or place's name or one the dictionary lacks, two characters or more; null otherwise (结合|
   * 幼儿园工作, 开展|实验|小学, 学习|洋湖|中学's model school).
   */
  private afterVerb(run: string): string | null {
    if (run.length < 3) return null;
    const words = tagWords(run);
    const [verb, ...rest] = words;
    if (!verb || rest.length === 0 || !this.verbLed.verbTags.has(verb.tag)) return null;
    if (this.verbLed.notOwnVerbs.has(verb.word)) return null;
    if (!rest.every((w) => this.verbLed.nameTags.has(w.tag))) return null;
    const name = rest.map((w) => w.word).join('');
    return name.length >= 2 ? name : null;
  }

  /**
   * The one unit the opening's clauses have as their subject doing something (…之际，东湖小学行政、工会组织开展了…;
   * 9月7日，东湖市西山镇小开展…; 为…，东湖二厂工会特组织…; xx年东湖幼儿园认真贯彻…): a report speaks for the unit that
   * acts in it. A school's short name (镇小) counts with a place in it; a superior body known by its level (县教育局)
   * does not; two different subjects (a district's report listing its schools) leave it unnamed.
   */
  private clauseSubject(opening: string): string | null {
    const names = new Set<string>();
    const add = (name: string) => {
      if (CLAUSE_WORD.test(name) || this.notName.test(name) || this.bareUnit.test(name) || !this.properName(name))
        return;
      if (PLACEHOLDER_INSIDE.test(name) || SUPERIOR_BODY.test(name)) return;
      names.add(name);
    };
    for (const re of this.clauseSubjects) {
      for (const m of opening.matchAll(re)) {
        const name = m[1]!;
        const suffixed = this.shortestFirst.some((s) => name.endsWith(s));
        // A short name's tail is too often a word (教学中, 从小) unless a place stands in the name (西山镇小); a
        // unit of another trade (东湖供电公司, 西山镇供电所) ends in its own word.
        const shortTail = SHORT_TAIL.test(name);
        if (
          !suffixed &&
          shortTail &&
          (!this.onceGuards.place.test(name.slice(0, -1)) || endsWithOneOf(name, this.notShortNames))
        )
          continue;
        add(name);
      }
    }
    // A union's stem ending in a kind of unit (学院部门工会, 学校机关工会) is a kind's union, not a named unit's.
    for (const re of this.unionSubjects)
      for (const m of opening.matchAll(re)) if (!endsWithOneOf(m[1]!, this.genericNames)) add(m[1]!);
    return names.size === 1 ? [...names][0]! : null;
  }

  /** The unit a news page's credit names ((东湖县教育工会供稿), (东湖小学 李明)), removed as chrome. */
  private fromCredit(credit: string): Organisation | null {
    for (const re of this.signature) {
      const m = re.exec(credit);
      const found = m ? this.checked(m[1]!) : null;
      if (found) return { org: found.anonymised ? null : found.name, anonymised: found.anonymised, from: 'credit' };
    }
    return null;
  }

  /**
   * The one unit a text that calls itself by its unit's last character (我局, 我场) names with that character
   * (…自住建局迁入新办公楼…, 20xx年盐场工会…): the office or works it is. A unit it went to, or whose orders it
   * follows (按照县财政局…), is another's; two different names leave it unnamed.
   */
  private unitCalledSelf(text: string): string | null {
    const { visited, clauseLead } = this.onceGuards;
    for (const { self, notNames } of this.selfUnits) {
      const own = self.exec(text);
      if (!own) continue;
      const unit = own[1]!;
      const names = new Set<string>();
      for (let at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + 1)) {
        const stem = text.slice(hanRunStart(text, at), at).replace(ONCE_LEAD_IN, '').replace(clauseLead, '');
        const name = stem + unit;
        if (stem.length === 0 || notNames.has(name) || notNames.has(name.slice(-2))) continue;
        const start = at - stem.length;
        if (
          visited.test(text.slice(Math.max(0, start - 3), start)) ||
          FOLLOWED.test(text.slice(Math.max(0, start - 3), start))
        )
          continue;
        if (!this.properName(name)) continue;
        names.add(name);
      }
      if (names.size === 1) return [...names][0]!;
      if (names.size > 1) return null;
    }
    return null;
  }

  /**
   * A bare unit opening the title without its union (教育局纪念三八节活动方案) over a text that calls itself by that
   * unit's last character (结合我局实际): the text is the unit's, as a unit the text itself names is (unitCalledSelf).
   */
  private titleUnitCalledSelf(title: string, text: string): string | null {
    const t = withoutPartLead(title.trim()).replace(LEADING_DATE, '');
    const bare = this.bareTitleLead.exec(t)?.[1];
    if (!bare) return null;
    for (const { self } of this.selfUnits) {
      const own = self.exec(text);
      if (own && bare.endsWith(own[1]!)) return bare;
    }
    return null;
  }

  /** The title's bare unit the text calls itself by, as the title's org; read only when the title names none. */
  private titledBySelf(title: string, text: string): Organisation | null {
    const org = this.titleUnitCalledSelf(title, text);
    return org ? { org, anonymised: false, from: 'title' } : null;
  }

  /**
   * The association a text speaks as (本会, 该会 — its title may say it) and calls by its short name (教联会, 教协,
   * 工联): the short name it uses most. Read last, when no rule found a name: a news report about such a
   * association, with no 本会/该会, names none of its own.
   */
  private shortAssociation(title: string | null, text: string): string | null {
    const all = title ? `${title}\n${text}` : text;
    for (const { self, names } of this.shortAssociations) {
      if (!self.test(all)) continue;
      const counts = new Map<string, number>();
      for (const m of all.matchAll(names)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
      const best = [...counts].sort((a, b) => b[1] - a[1]);
      if (best.length > 0 && (best.length === 1 || best[0]![1] > best[1]![1])) return best[0]![0];
    }
    return null;
  }

  private fromShortAssociation(title: string | null, text: string): Organisation | null {
    const org = this.shortAssociation(title, text);
    return org ? { org, anonymised: false, from: 'text' } : null;
  }

  /**
   * A headline whose subject is the text's own unit by its bare kind (学校举办…系列活动, 校工会召开…, 我院举行…) tells that
   * unit's event and does not name it; a part of it the text reports on along the way (a branch union's, an office's
   * own item: 3月10日，机关分工会组织…) is one of the event's participants, not the page's unit. A name that ends in a
   * kind of school or unit (东湖大学, 东湖小学) is still the unit's name.
   */
  private notPartOfBare(title: string | null, found: Organisation | null): Organisation | null {
    if (!found?.org || !title || !this.bareHeadlines.some((re) => re.test(title.trim()))) return found;
    return this.shortestFirst.some((s) => found.org!.endsWith(s)) ? found : null;
  }

  /**
   * The unit a found org names with one of its own bodies (东湖学院外语系教工党支部 → 东湖学院外语系, 南岭中学女职工委员会
   * → 南岭中学): gold audit 15b codes the unit, the body's name dropped as a trailing 工会 is. Where the rest names no
   * unit (机关第一党委, 机关女工委, 高二(2)班团支部) the body keeps its name.
   */
  private unitOfBody(found: Organisation): Organisation {
    if (!found.org) return found;
    for (const re of this.unitBodies) {
      const unit = re.exec(found.org)?.[1];
      if (unit && this.properName(unit, true)) return { ...found, org: unit };
    }
    return found;
  }

  find(title: string | null, text: string, credit: string | null = null): Organisation {
    return this.unitOfBody(this.found(title, text, credit));
  }

  private found(title: string | null, text: string, credit: string | null): Organisation {
    const titled = title ? (this.fromTitle(title) ?? this.titledBySelf(title, text)) : null;
    // A fanwen label's bureau known by its level only (县教育局工会工作总结范文) over a text that speaks as another
    // unit (a school's 我校, a league's 全盟) is not the text's unit: the text is read instead.
    const label = titled?.org && this.bareUnit.test(titled.org) && this.otherKind(titled.org, text);
    // The title's name written in the text behind a placeholder (title 师范大学…报告, text 为庆祝**师范大学建校…): the
    // title kept only the kind's tail of a name the page hid, so the page is anonymised.
    if (titled?.org && hiddenBefore(titled.org, text)) return { org: null, anonymised: true, from: 'title' };
    return (
      (label ? null : titled) ??
      this.notPartOfBare(title, this.fromText(text)) ??
      (credit ? this.fromCredit(credit) : null) ??
      this.fromShortAssociation(title, text) ?? { org: null, anonymised: false, from: null }
    );
  }
}

/**
 * The opening up to its first numbered section or item (一、重点工作, 1、…): a report's or notice's headline and lead.
 * A plan's item naming the level union that runs an event (…区教育工会组织教师知识竞赛) is a line of the plan, not the
 * lead's act that makes the union the text's own (a bundled sample's district plan read 区教育 from its items).
 */
export function leadBeforeSections(opening: string): string {
  const lines = opening.split('\n');
  const at = lines.findIndex((line) => readSectionLead(line.trim()) !== null || opensWithItemNumber(line.trim()));
  return at < 0 ? opening : lines.slice(0, at).join('\n');
}
