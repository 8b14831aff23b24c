// A one-event document's title decides the category of items whose own words barely name their event: the field
// lines of a notice or report (比赛时间：11月17日, 报名时间：…, 集合出发) under "…羽毛球比赛的通知" are that match's.
import type { ActivityDraft, DocumentDraft } from '../../model/items.ts';
import { activityFunctions, categorize } from './categorize.ts';
import type { ActivityRules } from './rules.ts';

export function categoriesFromTitle(
  activities: ActivityDraft[],
  doc: Pick<DocumentDraft, 'title' | 'paragraphs'>,
  rules: ActivityRules,
  note: (reason: string) => void,
): ActivityDraft[] {
  const fallback = rules.titleFallback;
  if (!fallback || !doc.title) return activities;
  const fromTitle = categorize(doc.title, rules);
  const rule = rules.categories.find((c) => c.label === fromTitle.category);
  if (!rule || fromTitle.score < fallback.titleWeight || namesADocumentKind(doc.title, rules)) return activities;
  return activities.map((a) => {
    if (a.category === fromTitle.category) return a;
    const own = categorize(a.text, rules);
    if (own.score > fallback.weakWeight || own.category !== a.category) return a;
    const paragraph = doc.paragraphs.find((p) => p.index === a.paragraphIndex) ?? null;
    note(
      `"${a.text.slice(0, 20)}" names its event by ${own.terms.join('/') || 'no keyword'} only: category ${fromTitle.category} from the title's ${fromTitle.terms.join('/')}`,
    );
    return {
      ...a,
      category: fromTitle.category,
      functions: activityFunctions(fromTitle.category, rules, paragraph, a.text.length),
      evidence:
        a.evidence?.replace(
          /category by [^;]*$/,
          `category by the title's ${fromTitle.terms.join('/')} (the item's own: ${own.terms.join('/') || 'no keyword'})`,
        ) ?? null,
    };
  });
}

/** A title that names a kind of document (…工会委员会2022年度工作计划, 工会简报) names no one event, whichever category
 * its other words decide (工会委员会 weighs more than 工作计划). */
function namesADocumentKind(title: string, rules: ActivityRules): boolean {
  const kinds = rules.titleFallback?.notFromTitle ?? new Set<string>();
  return rules.categories.some((c) => kinds.has(c.id) && c.anyTerm.test(title));
}
