// The report's own day told again (SCHEMA audit 9): a news item dates its event by the day in its lead ("2019年1月
// 10日,某小学开展了…捐款活动", "…于9月28日开展了…活动") and then, in a later paragraph, tells the same day in detail
// with a time of day ("9月28日清早,学校派车…", "1月10日下午例会结束后组织了捐款"). That is one event:
// the later clause is no item of its own. Another event the same day, told as such, keeps its item — a lead that
// already gave its time of day ("3月8日中午,…举办了庆祝活动") leaves a later "3月8日中午,举办…包饺子活动" alone, and so
// does a lead dated by a month or a span of days.
import { readDayAndTimeOfDay } from '../../lexicon/layout/dates.ts';
import { asciiDigits } from './month-numerals.ts';
import type { ActivityDraft } from '../../model/items.ts';

/** Whether text writes month/day with no time of day after it anywhere (the lead's "于9月28日开展了"). */
function writesDayAlone(text: string, month: number, day: number): boolean {
  const t = asciiDigits(text);
  let found = false;
  for (let at = 0; at < t.length; at++) {
    if (!/\d/u.test(t[at]!) || (at > 0 && /\d/u.test(t[at - 1]!))) continue;
    const read = readDayAndTimeOfDay(t.slice(at, at + 24));
    if (!read || read.month !== month || read.day !== day) continue;
    if (read.timeOfDay) return false;
    found = true;
  }
  return found;
}

/**
 * The activities without each later running-text item that opens with the lead's day and a time of day, where the
 * lead — the document's first item, a running-text item of one day — wrote that day without a time of day.
 */
export function withoutSameDayRetold(
  activities: ActivityDraft[],
  retold: (gone: ActivityDraft, lead: ActivityDraft) => void,
): ActivityDraft[] {
  const lead = activities[0];
  if (
    !lead ||
    lead.source !== 'narrative' ||
    lead.day === null ||
    lead.month === null ||
    lead.monthEnd !== null ||
    !writesDayAlone(lead.text, lead.month, lead.day)
  )
    return activities;
  return activities.filter((a, i) => {
    if (i === 0 || a.source !== 'narrative' || a.paragraphIndex === lead.paragraphIndex) return true;
    if (a.month !== lead.month || a.day !== lead.day || a.monthEnd !== null) return true;
    const head = readDayAndTimeOfDay(asciiDigits(a.text));
    if (!head || !head.timeOfDay || head.month !== lead.month || head.day !== lead.day) return true;
    retold(a, lead);
    return false;
  });
}
