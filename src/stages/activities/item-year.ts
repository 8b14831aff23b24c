// The year an item states for itself ("4、2021年教职工排球联赛", "2021年秋季学期工会工作部署会"), for items
// of a document that states no year of its own: the item's year is the best a reader has. A school year
// ("2022-2023学年度先进个人评选") names a span, not the year the item is held, and gives none.
import { readReportYear, readSchoolYear } from '../../lexicon/layout/years.ts';
import type { ActivityDraft } from '../../model/items.ts';

export function yearStatedByItem(text: string): { year: number; evidence: string } | null {
  if (readSchoolYear(text)) return null;
  const m = readReportYear(text);
  return m ? { year: Number(m[1]), evidence: m[0] } : null;
}

/** Gives each activity without a year the year its own text states, if any. */
export function takeItemYears(activities: ActivityDraft[], note: (reason: string) => void): ActivityDraft[] {
  return activities.map((a) => {
    if (a.year !== null) return a;
    const stated = yearStatedByItem(a.text);
    if (!stated) return a;
    note(`"${a.text.slice(0, 30)}" states its year "${stated.evidence}" where the document states none`);
    return { ...a, year: stated.year, evidence: `${a.evidence}; year ${stated.year} stated in the item` };
  });
}
