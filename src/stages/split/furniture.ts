// Compilation furniture: what a 范文 compilation adds around its documents. Its own title line counts the
// parts ("…1500字模板6篇", "…范本(汇总25篇)") and is no document's text: read without the count it is the
// compilation's title, which parts that name none inherit. Part markers left in the text ("【篇1】",
// "小学工会工作计划 【篇1】", "篇一") go from the text; what stands before the marker is the part's title.
// The patterns live in data/compilation-furniture.json; part markers are the layout grammar's (parts.json).
import { z } from 'zod';
import { readMarkerLine } from '../../lexicon/layout/parts.ts';
import { isTitleLine, TITLE_KIND } from '../../lexicon/plan-structure.ts';
import { loadRuleFile, ruleList, RuleId, rulePattern, Why } from '../../lexicon/rule-file.ts';

const PatternRule = z.strictObject({ id: RuleId, why: Why, pattern: rulePattern({ flags: 'u' }) });
const FurnitureFile = z.strictObject({
  $comment: z.string().optional(),
  countTails: ruleList(PatternRule).min(1),
  siteTitleTails: ruleList(PatternRule).min(1),
  newsHeadlines: ruleList(PatternRule).min(1),
  bylines: ruleList(PatternRule).min(1),
});

export interface Furniture {
  countTails: RegExp[];
  siteTitleTails: RegExp[];
  newsHeadlines: RegExp[];
  bylines: RegExp[];
}

const KIND_WORD = new RegExp(TITLE_KIND, 'u');

let bundled: Furniture | null = null;

function readFurniture(file: URL | string): Furniture {
  const data = loadRuleFile(file, FurnitureFile);
  const compile = (rules: Array<{ pattern: string }>) => rules.map((r) => new RegExp(r.pattern, 'u'));
  return {
    countTails: compile(data.countTails),
    siteTitleTails: compile(data.siteTitleTails),
    newsHeadlines: compile(data.newsHeadlines),
    bylines: compile(data.bylines),
  };
}

/** The bundled furniture (read once), or the file given. */
export function loadFurniture(file?: URL | string): Furniture {
  if (file !== undefined) return readFurniture(file);
  return (bundled ??= readFurniture(new URL('./data/compilation-furniture.json', import.meta.url)));
}

/** The compilation title a line gives when it counts its parts ("…模板6篇" → "…"), else null. */
export function compilationTitle(line: string, f: Furniture = loadFurniture()): string | null {
  const t = line.trim();
  if (t.length > 70 || /[。；！？]/u.test(t)) return null;
  for (const re of f.countTails) {
    const m = re.exec(t);
    if (m && m.index >= 4) {
      const title = t.slice(0, m.index).trim();
      // The compilation's title names the kind of its parts ("中学工会工作计划2023初中"), if not at its end.
      if (readsAsTitle(title, f) || KIND_WORD.test(title)) return title;
    }
  }
  return null;
}

/** Where a count of parts ends in a line that goes on (…报告 5 篇 2020 年…报告): the count's 篇 and the space after. */
const COUNT_THEN_MORE = /(?<![一二三四五六七八九十第\d])\d{1,3}\s*篇\s+(?=\S)/gu;

/**
 * A 文库 page runs the compilation's title line into the first part's title ("2020 年…工作报告 5 篇 2020 年…工作报告"):
 * the counted title is the compilation's and the title after the count the document's, when both read as titles.
 */
export function countedThenTitle(
  line: string,
  f: Furniture = loadFurniture(),
): { compilation: string; title: string } | null {
  const t = line.trim();
  for (const m of t.matchAll(COUNT_THEN_MORE)) {
    const compilation = compilationTitle(t.slice(0, m.index + m[0].length), f);
    const title = t.slice(m.index + m[0].length).trim();
    if (compilation !== null && readsAsTitle(title, f)) return { compilation, title };
  }
  return null;
}

/** A part marker line: the title before the marker ('' when it stands alone), else null (the layout grammar's). */
export function partMarker(line: string): string | null {
  return readMarkerLine(line);
}

/** A title, also when a 范文 site's selling words follow the plan's name ("…工作总结范文最新"). */
export function readsAsTitle(line: string, f: Furniture = loadFurniture()): boolean {
  const t = line.trim();
  if (isTitleLine(t)) return true;
  let bare = t;
  for (let k = 0; k < 3; k++) {
    const before = bare;
    for (const re of f.siteTitleTails) bare = bare.replace(re, '').trim();
    if (bare === before) break;
  }
  return bare !== t && bare.length >= 4 && isTitleLine(bare);
}
