// An activity's category (docs/activities.md) and union functions. Category: the category whose strongest
// matching keyword (data/categories.json) weighs most; a tie goes to the category listed first; no match →
// the fallback. Taking the strongest keyword rather than a sum keeps one decisive term (师德, 退休, 庆…节)
// from being outvoted by several generic ones (学习, 活动, 工作). Functions: the category's own, plus the
// labels the paragraph classifier gave the item's paragraph when the item is most of that paragraph (the
// classifier then judged this very text).
import { FUNCTION_LABELS, type FunctionLabel } from '../../model/items.ts';
import type { ActivityRules } from './rules.ts';

export interface Categorized {
  category: string;
  /** The terms that decided it (for the evidence note). */
  terms: string[];
  /** Weight of the strongest matching keyword; 0 for the fallback. */
  score: number;
}

export function categorize(text: string, rules: ActivityRules): Categorized {
  let best: Categorized = { category: rules.fallback.label, terms: [], score: 0 };
  for (const cat of rules.categories) {
    if (!cat.anyTerm.test(text)) continue;
    let score = 0;
    const terms: string[] = [];
    for (const term of cat.terms) {
      const m = term.pattern.exec(text);
      if (!m) continue;
      if (term.weight > score) {
        score = term.weight;
        terms.unshift(m[0]);
      } else terms.push(m[0]);
    }
    if (score > best.score) best = { category: cat.label, terms, score };
  }
  return best;
}

export function categoryFunctions(category: string, rules: ActivityRules): FunctionLabel[] {
  return rules.categories.find((c) => c.label === category)?.functions ?? rules.fallback.functions;
}

/** Share of its paragraph an item must cover for the paragraph's labels to count as the item's own. */
export const PARAGRAPH_LABEL_SHARE = 0.5;

export function activityFunctions(
  category: string,
  rules: ActivityRules,
  paragraph: { text: string; labels: readonly FunctionLabel[] } | null,
  itemLength: number,
): FunctionLabel[] {
  const set = new Set<FunctionLabel>(categoryFunctions(category, rules));
  if (paragraph && paragraph.labels.length && itemLength >= PARAGRAPH_LABEL_SHARE * paragraph.text.length) {
    for (const l of paragraph.labels) set.add(l);
  }
  return FUNCTION_LABELS.filter((l) => set.has(l));
}
