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

/** The years an item's dates cover: a span across New Year (2014年12月份至2015年1月份) states two. */
function yearsSpanned(a: ActivityDraft): number[] {
  if (a.year === null) return [];
  const crossesNewYear = a.month !== null && a.monthEnd !== null && a.monthEnd < a.month;
  return crossesNewYear ? [a.year, a.year + 1] : [a.year];
}

/**
 * In a document that states no year of its own, the one year its dates state ("2016年9月以来，…；10月份开展了…",
 * "活动时间：2025年9月5日-10月7日 … 表彰活动（9月10日）") is the year of its other dated items too: a reader
 * takes the text's year for them. A year an item only names ("2023年度医疗互助申请") is no date's; two different
 * years leave them unknown; items whose year the text withholds (今年 with no year to count from, 20xx年) stay
 * unknown. An item a festival dates (特制定本年度教师节活动方案, 各工会开展庆“三八”特色活动) takes none: a festival
 * comes every year, and which one the plan means is the document's year, which it does not state — the text's
 * date is that of another event (its 活动时间 field, a deadline), as the real-page gold reads it.
 */
export function takeTheTextsYear(
  activities: ActivityDraft[],
  datesYear: ReadonlySet<ActivityDraft>,
  withheld: ReadonlySet<ActivityDraft>,
  note: (reason: string) => void,
): ActivityDraft[] {
  const stated = new Set(activities.flatMap((a) => (datesYear.has(a) ? yearsSpanned(a) : [])));
  const any = new Set(activities.flatMap(yearsSpanned));
  if (stated.size !== 1 || any.size !== 1) return activities;
  const year = [...stated][0]!;
  const open = activities.filter(
    (a) => a.year === null && a.month !== null && a.basis !== 'festival' && !withheld.has(a),
  );
  if (open.length === 0) return activities;
  note(`${open.length} items without a year take ${year}, the only year the document's dates state`);
  return activities.map((a) =>
    open.includes(a) ? { ...a, year, evidence: `${a.evidence}; year ${year}: the only one the text's dates state` } : a,
  );
}
