// One event told twice in the same words. A news page often gives its lead (a summary) and then the body that opens
// with the same sentence, or puts the headline again under each photo ("…主题系列活动(图1)", "(图2)"): each copy is
// read as an item, while a reader sees one event. Two running-text items in different paragraphs, of one month, one
// of whose wordings opens the other's (a copy cut short, or given a caption's number), are one item: the first kept.
import type { ActivityDraft } from '../../model/items.ts';

/** A copy is a sentence, not a phrase: two short items may well share their opening words and be two events. */
const MIN_COPY = 12;
/** A copy may differ at its very end: a caption's "(图2)", a lead cut before its last characters. */
const END_SLACK = 3;

/** The item's wording without its closing punctuation. */
function wording(text: string): string {
  return text.trim().replace(/[\s。，,；;：:！!]+$/u, '');
}

/** Whether two items' wordings are copies: the shorter, less a few closing characters, opens the longer. */
function isCopy(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_COPY) return false;
  return long.startsWith(short.slice(0, Math.max(MIN_COPY, short.length - END_SLACK)));
}

/**
 * The activities (in text order) without each running-text item that repeats, in another paragraph, the words of
 * an earlier one of the same month: the earlier one is kept.
 */
export function withoutRepeatedItems(
  activities: ActivityDraft[],
  repeated: (gone: ActivityDraft, kept: ActivityDraft) => void,
): ActivityDraft[] {
  const kept: ActivityDraft[] = [];
  for (const a of activities) {
    const earlier =
      a.source === 'narrative' && a.month !== null
        ? kept.find(
            (k) =>
              k.source === 'narrative' &&
              k.paragraphIndex !== a.paragraphIndex &&
              k.month === a.month &&
              (k.monthEnd ?? null) === (a.monthEnd ?? null) &&
              isCopy(wording(k.text), wording(a.text)),
          )
        : undefined;
    if (earlier) {
      repeated(a, earlier);
      continue;
    }
    kept.push(a);
  }
  return kept;
}
