// One event told twice around its festival. A text often names a festival's event and dates it again at once: a
// purpose clause before the stated date ("教师节即将到来之际,为活跃节日气氛,…,工会于9月9日下午组织了…"), an item's
// heading before its sentence ("1.教师节慰问信。在教师节来临之际,…致慰问信"), a sentence announcing the celebration
// before the one that names it ("为庆祝三八节,…决定开展以下系列活动。…决定结合三八节开展…"). Each reader finds
// its own item; a reader sees one event. Only items next to each other count, in one paragraph and one month: a
// stated date in the festival clause's own sentence, or a festival item in the same or the next sentence.
import type { ActivityDraft, DocumentDraft } from '../../model/items.ts';
import type { MonthAnchor } from './rules.ts';

/** Sentence stops between two items: more than one and another sentence lies between them. */
const SENTENCE_STOP = /[。！？!?；;]/gu;

/** Whether a festival-dated item and the item after it tell of one event: same paragraph and month, and between
 * them, on one line, only the rest of one sentence — or, for two festival items, the end of the first's sentence
 * and the opening clauses of the next. */
function tellsAgain(first: ActivityDraft, next: ActivityDraft, paragraph: string): boolean {
  if (first.paragraphIndex !== next.paragraphIndex || !first.span || !next.span) return false;
  if (first.month === null || first.month !== next.month || (first.monthEnd ?? null) !== (next.monthEnd ?? null))
    return false;
  if (next.span[0] < first.span[1]) return false;
  const between = paragraph.slice(first.span[1], next.span[0]);
  if (between.includes('\n')) return false;
  // A stated date dates its own sentence: only the festival clause before it in that sentence is its occasion.
  return (between.match(SENTENCE_STOP)?.length ?? 0) <= (next.basis === 'stated' ? 0 : 1);
}

/**
 * The activities (in text order) with each festival-dated item that doubles its neighbour folded into it: beside a
 * stated or festival item of its month that follows it, a festival item is the same event. A stated neighbour keeps
 * its own span (its date is surer); two festival items become one over both, so either wording names it.
 */
export function foldDoubledFestivalItems(
  activities: ActivityDraft[],
  doc: DocumentDraft,
  folded: (gone: ActivityDraft, into: ActivityDraft) => void,
): ActivityDraft[] {
  if (!activities.some((a) => a.basis === 'festival')) return activities;
  /** A copy: a fold puts the merged item in its neighbour's place. */
  const ordered = [...activities];
  const out: ActivityDraft[] = [];
  for (let k = 0; k < ordered.length; k++) {
    const a = ordered[k]!;
    const next = ordered[k + 1];
    const candidate =
      a.basis === 'festival' &&
      a.source === 'narrative' &&
      next?.source === 'narrative' &&
      (next.basis === 'stated' || next.basis === 'festival');
    // The paragraph is looked up only for a pair that may fold.
    const paragraph = candidate ? doc.paragraphs.find((p) => p.index === a.paragraphIndex)?.text : undefined;
    if (!candidate || paragraph === undefined || !tellsAgain(a, next!, paragraph)) {
      out.push(a);
      continue;
    }
    if (next.basis === 'festival') {
      const text = paragraph.slice(a.span![0], next.span![1]);
      const merged: ActivityDraft = { ...next, span: [a.span![0], next.span![1]], text };
      ordered[k + 1] = merged;
      folded(a, merged);
    } else {
      folded(a, next);
    }
  }
  return out;
}

/** A headline sits among a page's first lines: a motto or a breadcrumb may stand above it. */
const HEADLINE_WITHIN = 3;
/** A headline is one short line with no sentence end. */
const HEADLINE_MAX = 40;
/** The report's body dates the event within a few lines below its headline (a byline or a dateline between). */
const BODY_WITHIN = 3;

/**
 * Whether a festival item is a report's headline naming the event its body dates next ("滨江小学举行庆元旦教师拔河
 * 比赛" over "12月27日下午,…举行了教职工拔河比赛。"): the document's first activity, on a short line among its first
 * ones, and the next activity a stated date a few lines below, in the festival's month or the month before it (a
 * celebration of 元旦 or 国庆 is held in the days before).
 */
function headlineOfDatedEvent(first: ActivityDraft, next: ActivityDraft | undefined, doc: DocumentDraft): boolean {
  if (first.basis !== 'festival' || first.source !== 'narrative' || !next || next.basis !== 'stated') return false;
  const at = doc.paragraphs.findIndex((p) => p.index === first.paragraphIndex);
  const body = doc.paragraphs.findIndex((p) => p.index === next.paragraphIndex);
  if (at < 0 || at >= HEADLINE_WITHIN || body <= at || body - at > BODY_WITHIN) return false;
  const line = doc.paragraphs[at]!.text.trim();
  if (line.length > HEADLINE_MAX || line.includes('\n') || /[。！!；;]/u.test(line)) return false;
  const before = first.month === null ? null : ((first.month + 10) % 12) + 1;
  return next.month === first.month || next.month === before;
}

/** The activities (in text order) without a report's headline item that names, after its festival, the event the
 * body dates. */
export function withoutFestivalHeadline(
  activities: ActivityDraft[],
  doc: DocumentDraft,
  dropped: (gone: ActivityDraft, dated: ActivityDraft) => void,
): ActivityDraft[] {
  const [first, next] = activities;
  if (!first || !headlineOfDatedEvent(first, next, doc)) return activities;
  dropped(first, next!);
  return activities.filter((a) => a !== first);
}

/**
 * Whether a festival item closes a report by naming again the event an earlier paragraph dated ("12月20日下午,…开展
 * “暖冬至”手工饺子宴活动" … "工会举办冬至手工饺子宴活动,既增进了交流…"): the dated item, in an earlier paragraph
 * and the festival's month, names the same festival and the event's own name in its own clause, and the festival
 * item is the document's last; the report sums up the event it told, no other.
 */
function closesDatedEvent(
  last: ActivityDraft,
  earlier: readonly ActivityDraft[],
  anchors: readonly MonthAnchor[],
): ActivityDraft | null {
  if (last.basis !== 'festival' || last.source !== 'narrative' || last.month === null) return null;
  for (const anchor of anchors) {
    if (!anchor.date || anchor.date[0] !== last.month) continue;
    const festival = new RegExp(anchor.pattern.source, 'u');
    const m = festival.exec(last.text);
    if (!m) continue;
    // The event's own name after the festival ("冬至包饺子活动" → 包饺子活动), up to its clause's end.
    const event = EVENT_AFTER_FESTIVAL.exec(last.text.slice(m.index + m[0].length))?.[1] ?? '';
    if (event.length < MIN_EVENT_NAME) continue;
    const dated = earlier.find(
      (a) =>
        a.basis === 'stated' &&
        a.source === 'narrative' &&
        a.month === last.month &&
        a.paragraphIndex !== null &&
        last.paragraphIndex !== null &&
        a.paragraphIndex < last.paragraphIndex &&
        festival.test(a.text) &&
        a.text.includes(event),
    );
    if (dated) return dated;
  }
  return null;
}

/** After a festival's name: its quote and 节, then the event's own name up to the clause's end. */
const EVENT_AFTER_FESTIVAL = /^\s*[”"]?\s*(?:节|日)?\s*[”"]?\s*([^\s，,。；;、：:“"”]+)/u;
/** An event's name told again must be a name ("包饺子活动"), not one word (活动). */
const MIN_EVENT_NAME = 4;

/** The activities (in text order) without a closing festival item that names again the event dated above. */
export function withoutFestivalRetold(
  activities: ActivityDraft[],
  anchors: readonly MonthAnchor[],
  dropped: (gone: ActivityDraft, dated: ActivityDraft) => void,
): ActivityDraft[] {
  const last = activities[activities.length - 1];
  if (!last) return activities;
  const dated = closesDatedEvent(last, activities.slice(0, -1), anchors);
  if (!dated) return activities;
  dropped(last, dated);
  return activities.slice(0, -1);
}
