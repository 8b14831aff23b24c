// Festival-dated sentences in running text: "三八妇女节期间，组织女教职工开展插花讲座", "在第41个教师节来临之际，
// 表彰了…", "国庆前夕，举办…". Summaries date much of their work this way instead of by month. A sentence is
// dated by a festival only when it opens with one that has a fixed date (lunar festivals move between months),
// followed by a word placing the sentence at it — or has a clause that is only that ("…,在教师节前夕,我们将…")
// — and reports something done after it. The month is the festival's, or
// the month before for the eve of a festival in the first days of a month (五一前夕 is late April).
import { readClauseLead } from '../../lexicon/layout/leads.ts';
import { readFestivalList } from './festival-lists.ts';
import type { FestivalTiming, MonthAnchor } from './rules.ts';

export interface FestivalClause {
  /** The sentence, in paragraph offsets, list markers and edge punctuation trimmed. */
  start: number;
  end: number;
  text: string;
  /** The sentence's opening words that date it ("三八妇女节期间"); empty when the sentence before greets it. */
  phrase: string;
  /** The sentence before, when it is what dates this one ("我们迎来“三·八”国际劳动妇女节。"). */
  greeting?: string;
  anchor: MonthAnchor;
  timing: 'eve' | 'during';
  month: number;
  /** The last month of a list of festivals celebrated together (为庆祝教师节、国庆节 → 9–10); else absent. */
  monthEnd?: number;
}

const SENTENCE_END = /[。！？!?；;\n]/g;
/** The head of a sentence: up to its first comma or colon. */
const HEAD_END = /[，,：:]/g;
const MAX_HEAD = 24;
/** Between the festival's name and the timing word: the rest of its full name (妇女节, 国际劳动节, 节). */
const MAX_NAME_TAIL = 8;
/** Days into its month up to which a festival's eve falls in the month before. */
const EVE_IN_PREVIOUS_MONTH = 3;

type Dating = Omit<FestivalClause, 'start' | 'end' | 'text'> & {
  /** Dated by the festival's full name alone, with no time word after it ("三八妇女节给大家…", "利用教师节对…"). */
  byName: boolean;
};

/** A full name ends in 节 or 日 (教师节, 三八妇女节, “五一”劳动节): "三八红旗手" or a bare "国庆" is no day. */
const FULL_NAME_END = /[节日]\s*[”"]?\s*$/;

function dateByFestival(head: string, anchors: readonly MonthAnchor[], timing: FestivalTiming): Dating | null {
  for (const anchor of anchors) {
    if (!anchor.date) continue;
    const m = anchor.pattern.exec(head);
    if (!m || !timing.lead.test(head.slice(0, m.index))) continue;
    // A head that is a list of festivals of two neighbouring months (为庆祝教师节、中秋节、国庆节) places its
    // sentence over both, as a time word or the bare name places it at one.
    const list = readFestivalList(head, m.index, anchors);
    if (list) {
      const rest = head.slice(list.end);
      const kind = timing.eve.test(rest) ? 'eve' : timing.during.test(rest) || rest.trim() === '' ? 'during' : null;
      if (kind) {
        const phrase = head.slice(0, list.end) + (rest.match(kind === 'eve' ? timing.eve : timing.during)?.[0] ?? '');
        return {
          phrase: phrase.trimEnd(),
          anchor,
          timing: kind,
          month: list.month,
          monthEnd: list.monthEnd,
          byName: false,
        };
      }
    }
    const after = head.slice(m.index + m[0].length);
    for (let gap = 0; gap <= Math.min(MAX_NAME_TAIL, after.length); gap++) {
      const rest = after.slice(gap);
      const kind = timing.eve.test(rest) ? 'eve' : timing.during.test(rest) ? 'during' : null;
      if (!kind) continue;
      const [month, day] = anchor.date;
      const phrase =
        head.slice(0, m.index + m[0].length + gap) + rest.match(kind === 'eve' ? timing.eve : timing.during)![0];
      return {
        phrase,
        anchor,
        timing: kind,
        month: kind === 'eve' && day <= EVE_IN_PREVIOUS_MONTH ? ((month + 10) % 12) + 1 : month,
        byName: false,
      };
    }
    // A head that is nothing but the festival's name ("每年的妇女节，…") places its sentence at it.
    if (timing.nameTail?.test(after))
      return { phrase: head.trim(), anchor, timing: 'during', month: anchor.date[0], byName: false };
    // The full name with the deed right after it ("三八妇女节给大家购买了慰问品", "利用教师节对…进行了表彰"):
    // the clause is the festival's; whether it reports a deed is the caller's test.
    const tail = timing.nameTailPrefix?.exec(after)?.[0] ?? '';
    const name = head.slice(0, m.index + m[0].length) + tail;
    if (FULL_NAME_END.test(name) && name.length < head.trimEnd().length)
      return { phrase: name.trimEnd(), anchor, timing: 'during', month: anchor.date[0], byName: true };
  }
  return null;
}

/** Where the last match of a pattern in text[from, to) starts, or -1. */
function lastMatchStart(pattern: RegExp, text: string, from: number, to: number): number {
  const global = new RegExp(pattern.source, 'g');
  global.lastIndex = from;
  let last = -1;
  for (let m = global.exec(text); m && m.index < to; m = global.exec(text)) {
    if (m.index + m[0].length > to) break;
    last = m.index;
    if (m[0].length === 0) global.lastIndex++;
  }
  return last;
}

/** Festival-dated sentences in paragraph[from, to). */
export function findFestivalClauses(
  paragraph: string,
  anchors: readonly MonthAnchor[],
  timing: FestivalTiming,
  from = 0,
  to = paragraph.length,
): FestivalClause[] {
  const out: FestivalClause[] = [];
  /** The activity runs from the dated clause to the sentence end, its closing punctuation trimmed. */
  const take = (from: number, end: number, { byName: _, ...dated }: Dating) => {
    const text = paragraph.slice(from, end).replace(/[。！？!?；;\s]+$/u, '');
    out.push({ start: from, end: from + text.length, text, ...dated });
  };
  timing.anyDatedHoliday.lastIndex = 0;
  if (!timing.anyDatedHoliday.test(from === 0 && to === paragraph.length ? paragraph : paragraph.slice(from, to)))
    return out;
  let start = from;
  let arrival: Dating | null = null;
  SENTENCE_END.lastIndex = from;
  while (start < to) {
    const m = SENTENCE_END.exec(paragraph);
    const end = m && m.index < to ? m.index + 1 : to;
    const sentence = paragraph.slice(start, end);
    let bodyStart = start + (sentence.length - sentence.trimStart().length);
    const marker = readClauseLead(paragraph.slice(bodyStart, end));
    if (marker) bodyStart += marker.length;
    // The sentence's head, or a later clause that is nothing but the time ("…接近尾声,在教师节前夕,我们将表彰…"):
    // the activity runs from there to the sentence end. Offsets only, no slices of the rest: a run-on
    // paragraph of many clauses stays linear.
    const lastAction = lastMatchStart(timing.action, paragraph, bodyStart, end);
    // The sentence after one that only greets the festival ("…,我们迎来“三八”国际劳动妇女节。") tells what is done
    // for it.
    const greeted = arrival;
    arrival = lastAction < 0 ? festivalArrived(paragraph.slice(bodyStart, end), anchors, timing) : null;
    let taken = false;
    for (let clauseStart = bodyStart; clauseStart < end;) {
      HEAD_END.lastIndex = clauseStart;
      const h = HEAD_END.exec(paragraph);
      const headEnd = h && h.index < end ? h.index : end;
      // The festival must stand in the clause's opening words; a long clause is read by its opening.
      const opening = paragraph.slice(clauseStart, Math.min(headEnd, clauseStart + MAX_HEAD));
      const dated = opening ? dateByFestival(opening, anchors, timing) : null;
      if (dated) {
        const phraseEnd = clauseStart + dated.phrase.length;
        // A deed in the clause itself, after the time ("校工会在元旦期间开展…", "三八节给大家购买了慰问品").
        const deedInClause = lastAction >= phraseEnd && timing.action.test(paragraph.slice(phraseEnd, headEnd));
        // The sentence's head dates the sentence when a deed follows; a later clause only when it is nothing but
        // the time ("…接近尾声,在教师节前夕,我们将…") or holds its deed itself. A bare name needs its deed beside it.
        const timeOnly = !dated.byName && dated.phrase === paragraph.slice(clauseStart, headEnd).trim();
        const takes = dated.byName
          ? deedInClause
          : clauseStart === bodyStart
            ? lastAction >= phraseEnd
            : (timeOnly && lastAction > headEnd) || deedInClause;
        if (takes) {
          // "“六一”儿童节即将来临,…,校工会将在“六一”期间开展系列活动": the eve is when the sentence is written; a later
          // clause holding the deed at the festival itself says when it is done.
          const during = dated.timing === 'eve' ? heldDuring(paragraph, headEnd + 1, end, dated.anchor, timing) : null;
          take(
            clauseStart,
            end,
            during ? { ...dated, timing: 'during', month: during.month, monthEnd: undefined } : dated,
          );
          taken = true;
          break;
        }
      }
      // "…困难学生在“六一”前夕联合妇联举行了…": the time inside the clause, after its subject or object, the deed after it.
      // "…,某园工会在“三八”节到来之际,特地组织…": the time after the clause's subject, its deed in the next clause.
      const mid = dated
        ? null
        : midClauseDating(paragraph, clauseStart, headEnd, anchors, timing, lastAction > headEnd);
      if (mid) {
        take(bodyStart, end, mid);
        taken = true;
        break;
      }
      if (headEnd >= end) break;
      clauseStart = headEnd + 1;
      while (clauseStart < end && /\s/u.test(paragraph[clauseStart]!)) clauseStart++;
    }
    if (!taken && greeted && lastAction >= bodyStart) take(bodyStart, end, greeted);
    start = end;
    if (!m || m.index >= to) break;
  }
  return out;
}

/** The least a clause must go on with after a time phrase inside it: a deed ("办一件实事"), not a bare verb (完成) or the clause's end. */
const MIN_MID_DEED = 4;

/**
 * A festival's time phrase inside the clause paragraph[clauseStart, headEnd), after the clause's own subject or
 * object and 在 ("…困难学生在“六一”前夕联合妇联举行了赠书仪式", "并在教师节前为结对的学生办一件实事"), with the deed
 * after it in the same clause — or, when `deedAfter`, nothing after it and the deed in a later clause of the sentence
 * ("…,某某幼儿园工会在“三八”节到来之际,特地组织…"): its dating. What stands before 在 is the rules' midClause (not 让/使: what people feel).
 */
function midClauseDating(
  paragraph: string,
  clauseStart: number,
  headEnd: number,
  anchors: readonly MonthAnchor[],
  timing: FestivalTiming,
  deedAfter = false,
): Dating | null {
  if (!timing.midClause) return null;
  for (
    let at = paragraph.indexOf('在', clauseStart + 1);
    at >= 0 && at < headEnd;
    at = paragraph.indexOf('在', at + 1)
  ) {
    if (!timing.midClause.test(paragraph.slice(clauseStart, at))) continue;
    const opening = paragraph.slice(at, Math.min(headEnd, at + MAX_HEAD));
    const dated = dateByFestival(opening, anchors, timing);
    if (!dated || dated.byName || dated.monthEnd) continue;
    const deed = paragraph.slice(at + dated.phrase.length, headEnd).trim();
    if (deed.length >= MIN_MID_DEED) return dated;
    // Nothing after the time phrase, the deed in a later clause of the sentence: the clause is its subject and time.
    if (deed === '' && deedAfter) return dated;
  }
  return null;
}

/** A later clause of paragraph[from, end) dated by the festival itself ("…,校工会将在“六一”期间开展…"), a deed in it. */
function heldDuring(
  paragraph: string,
  from: number,
  end: number,
  anchor: MonthAnchor,
  timing: FestivalTiming,
): Dating | null {
  for (let clauseStart = from; clauseStart < end;) {
    HEAD_END.lastIndex = clauseStart;
    const h = HEAD_END.exec(paragraph);
    const headEnd = h && h.index < end ? h.index : end;
    const opening = paragraph.slice(clauseStart, Math.min(headEnd, clauseStart + MAX_HEAD)).trimStart();
    const dated = opening ? dateByFestival(opening, [anchor], timing) : null;
    if (dated && dated.timing === 'during' && !dated.byName && !dated.monthEnd) {
      const at = paragraph.indexOf(dated.phrase, clauseStart);
      if (at >= 0 && timing.action.test(paragraph.slice(at + dated.phrase.length, headEnd))) return dated;
    }
    clauseStart = headEnd + 1;
  }
  return null;
}

/** What greets a festival at a sentence's end: 迎来, 迎来了, 又迎来了第N个, 迎来纪念, and a short description of the
 * day before its name (又迎来了一年一度的三八节, 迎来了教师自己的节日——教师节). */
const GREETS =
  /(?:迎来了?|又到了|又是)\s*(?:[^，,。；;“"”]{0,10}?(?:的|——|—))?\s*(?:第[0-9一二三四五六七八九十百]+个)?\s*(?:纪念)?\s*[“"]?\s*$/;
/** After the festival's name: a closing quote, an anniversary (__周年, 113周年) and the sentence's end. */
const GREETING_END = /^\s*[”"]?\s*(?:[\d_＿]+\s*周年)?\s*[。！!]?\s*$/;

/** A sentence that does nothing but greet a fixed-date festival ("…,我们迎来“三·八”国际劳动妇女节。"): its dating. */
function festivalArrived(sentence: string, anchors: readonly MonthAnchor[], timing: FestivalTiming): Dating | null {
  const clause = sentence.slice(sentence.search(/[^，,]*$/u));
  for (const anchor of anchors) {
    if (!anchor.date) continue;
    const m = anchor.pattern.exec(clause);
    if (!m || !GREETS.test(clause.slice(0, m.index))) continue;
    const after = clause.slice(m.index + m[0].length);
    const tail = timing.nameTailPrefix?.exec(after)?.[0] ?? '';
    if (!GREETING_END.test(after.slice(tail.length))) continue;
    return { phrase: '', greeting: clause.trim(), anchor, timing: 'during', month: anchor.date[0], byName: false };
  }
  return null;
}
