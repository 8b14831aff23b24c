// A 范文 site's intro names what it hands the reader, often with its year (小编精选了2022学校工会计划12篇…; 这份
// 2019年秋游方案带给大家参考; …按2024年秋季学期的安排整理而成,供参考:). The intro
// goes as chrome, but the year it names is the compilation's, as a compilation title's is (SCHEMA: a compilation
// title's year passes to its parts that state none). Only an intro that opens the page counts, with nothing but
// chrome above it: below a title of the page's own (某校工会总结 ⏎ …推荐阅读…2016…总结) the title
// has named the text, and the intro's spelling of it is the site's keywords; an outro (希望对你有所帮助) or a
// line inside the text speaks of the page, not of what follows.
import { titleKind } from '../../lexicon/layout/titles.ts';
import { readTitleYear, withoutDayDates } from '../../lexicon/layout/years.ts';

/** What introYear reads of a boilerplate removal (boilerplate-stage's Removal, without importing it back). */
export interface RemovedLine {
  rule: string;
  /** Index of the input line it was removed from. */
  line: number;
  text: string;
  wholeLine: boolean;
}

/** The rules whose lines are a 范文 site's words to its reader (boilerplate.json). */
const INTRO_RULES = new Set(['editor-intro', 'reader-intro']);

/**
 * The year the intro opening the page names for what follows, or null. `lines` are the lines the
 * removals' indexes count (the input of removeBoilerplate).
 */
export function introYear(lines: string[], removals: readonly RemovedLine[]): number | null {
  for (const intro of openingIntros(lines, removals)) {
    const year = readTitleYear(withoutDayDates(intro.text));
    if (year) return Number(year[1]);
  }
  return null;
}

/**
 * The intros that open the page, in order: each with nothing but removed lines or blanks above it; the walk stops
 * at the first intro that has text of the page's own above it.
 */
function* openingIntros(lines: string[], removals: readonly RemovedLine[]): Generator<RemovedLine> {
  const removedWhole = new Set(removals.filter((r) => r.wholeLine).map((r) => r.line));
  const intros = removals.filter((r) => INTRO_RULES.has(r.rule)).sort((a, b) => a.line - b.line);
  for (const intro of intros) {
    const opensPage = lines.slice(0, intro.line).every((l, i) => removedWhole.has(i) || l.trim() === '');
    if (!opensPage) return;
    yield intro;
  }
}

/**
 * What the intro hands the reader (下面是小编整理的幼儿园工会工作计划, 以下是为大家收集的…工作总结): the object of
 * its "here is what we gathered" clause, where the intro names it; its talk of what a plan or a summary is in
 * general (总结是对…的书面材料, 来写一份计划吧) is not read.
 */
const HANDED_OVER =
  /(?:下面|以下|这里|如下)(?:就)?(?:是|为|由)[^。！!？?]{0,30}?(?:整理|收集|搜集|推荐|带来|精选|准备|分享|编辑)(?:的|了)[\s“"「]*([^，,。！!？?；;：:（(]{2,40})/u;

/** The other way an intro hands it over: naming it first (下面的2018年春游活动方案带给大家参考, 这份…计划分享给大家). */
const HANDED_TO_READER =
  /(?:下面|以下|这份|这篇)(?:的|这份|这篇)?[\s“"「]*([^，,。！!？?；;：:（(]{2,40}?)(?:带给|送给|分享给|献给|提供给)(?:大家|各位|您|你)/u;

/**
 * The kind of document the intro opening the page says it holds (…整理的幼儿园工会工作计划 → plan), or null: the
 * page's parts take it when they give no kind of their own (a part titled by a generic fragment, 幼儿园工会).
 */
export function introKind(lines: string[], removals: readonly RemovedLine[]): 'plan' | 'summary' | null {
  for (const intro of openingIntros(lines, removals)) {
    const handed = HANDED_OVER.exec(intro.text) ?? HANDED_TO_READER.exec(intro.text);
    if (handed) return titleKind(handed[1]!)?.kind ?? null;
  }
  return null;
}
