// A festival told as a yearly custom. A report often says what the union does every year before (or after) what
// it did this year: "每年的妇女节，工会都会为大家组织一系列活动。今年3月9日，…"; "工联每年都会举办系列活动庆祝“五一”";
// "每年“五一”开展活动是…的传统。…于5月20日开展…". The custom is a habit, not an event of its own: beside an item of the
// same month it is that event told again, so only the dated event counts (gold audit 7). Alone — a plan that
// promises "每年三八节组织女教工活动" and names no other March event — the custom is the only word of it and stays.
import type { ActivityDraft, DocumentDraft } from '../../model/items.ts';

/** Stops that end the sentence a festival item stands in. */
const SENTENCE_STOP = /[。！？!?；;\n]/u;

/** The sentence around an item's span in its paragraph: where its custom words, if any, are. */
function sentenceOf(item: ActivityDraft, doc: DocumentDraft): string {
  const paragraph = doc.paragraphs.find((p) => p.index === item.paragraphIndex)?.text;
  if (paragraph === undefined || !item.span) return item.text;
  let start = item.span[0];
  while (start > 0 && !SENTENCE_STOP.test(paragraph[start - 1]!)) start--;
  let end = item.span[1];
  while (end < paragraph.length && !SENTENCE_STOP.test(paragraph[end]!)) end++;
  return paragraph.slice(start, end);
}

/**
 * The activities without each festival item whose sentence tells a yearly custom while another item (not itself a
 * custom) falls in its month: that item is the event the custom speaks of.
 */
export function withoutYearlyCustoms(
  activities: ActivityDraft[],
  doc: DocumentDraft,
  custom: RegExp | null,
  dropped: (gone: ActivityDraft, event: ActivityDraft) => void,
): ActivityDraft[] {
  if (!custom || !activities.some((a) => a.basis === 'festival')) return activities;
  const isCustom = activities.map(
    (a) => a.basis === 'festival' && a.source === 'narrative' && custom.test(sentenceOf(a, doc)),
  );
  return activities.filter((a, k) => {
    if (!isCustom[k] || a.month === null) return true;
    const event = activities.find((b, j) => j !== k && !isCustom[j] && b.month === a.month);
    if (!event) return true;
    dropped(a, event);
    return false;
  });
}
