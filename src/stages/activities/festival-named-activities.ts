// Activities named after a festival: "开展庆祝“三八”节系列活动", "组织三八节女职工活动", "举行“三八节”有奖征文
// 活动", a list item "1、三八节活动". Summaries and plans often date an event by what it celebrates rather than
// by a time phrase (festival-clauses.ts reads "三八节期间，…"). The festival must have one fixed date in a single
// month (元旦's celebrations straddle December and January unless 庆 or 迎 says which; lunar festivals move), be
// followed closely by an activity noun — or celebrated by a verb (“庆三八”赴上海观光) — and the sentence must
// report something done, or be a short item that is only the event's name.
import { TITLE_WORD } from '../../lexicon/layout/layout-grammar.ts';
import { readClauseLead } from '../../lexicon/layout/leads.ts';
import { readFestivalList } from './festival-lists.ts';
import type { FestivalTiming, MonthAnchor } from './rules.ts';

export interface FestivalNamedActivity {
  /** The clause, in paragraph offsets, list markers and edge punctuation trimmed. */
  start: number;
  end: number;
  text: string;
  /** The festival and the activity noun it names ("三八节女职工活动"). */
  phrase: string;
  anchor: MonthAnchor;
  month: number;
  /** The last month of festivals of two neighbouring months celebrated by one event (庆祝教师节、国庆节活动). */
  monthEnd?: number;
}

/** A clause ends at sentence or clause punctuation: the festival names only the event of its own clause. */
const CLAUSE_END = /[。！？!?；;，,：:\n]/g;
/** A short clause with no verb is still an activity when it is only the event's name ("三八节活动"). */
const MAX_BARE_ITEM = 14;
/** A line ending in a title word (…活动方案, …活动安排) is the title of a plan for the event, not the event. */
const ENDS_AS_TITLE = new RegExp(`${TITLE_WORD}\\s*$`);
/** Before a bare item's event name: a verb (组织, 开展) and little else. */
const MAX_BARE_LEAD = 4;
/** "响应上级关于举办教师节活动的号召", "按照《关于做好三八节慰问的通知》": the event is what a document asks for. */
const DOCUMENT_AFTER = /^[^，,。；;]{0,6}的?(?:号召|通知|要求|精神|文件|部署|意见|安排)/;

/** Whether the festival's event is only named by a document the clause refers to (关于…的号召). */
function namesADocument(clause: string, phrase: string): boolean {
  const at = clause.indexOf(phrase);
  return at >= 0 && clause.slice(0, at).includes('关于') && DOCUMENT_AFTER.test(clause.slice(at + phrase.length));
}

/** Whether offset at of clause lies inside 《…》: "制定了《2023年“六一”特别关爱活动实施方案》", "附:《“六一”儿童节活动礼金
 * 发放表》" name a plan or a form, whatever event its title speaks of. */
function insideBookTitle(clause: string, at: number): boolean {
  return clause.lastIndexOf('《', at) > clause.lastIndexOf('》', at);
}

/** Before an event's name, a word pointing back at the event the text has told of ("此次“六一”亲子活动的开展",
 * "本次“我心中的第40个教师节”征文活动…圆满落下帷幕"): the same event again, no other. */
const REFERS_BACK = /(?:此|本|这|该)\s*(?:次|项|场)[^，,。；;：:]{0,12}$/u;

/** Between the festival and the activity noun: the rest of its name, quotes, 女职工, 有奖, 系列. */
const MAX_GAP = 8;

/** What is celebrated: 庆三八, 庆祝“五一”, 迎国庆 name an event by the festival alone. */
const CELEBRATES = /(?:庆祝?|迎接?)\s*[“"]?\s*$/;
/** The celebrated festival closes a quoted name or its clause, or a deed follows ("“庆三八”赴…", "庆国庆举办…"):
 * "迎国庆、做奉献" is a slogan's half. */
const CELEBRATED_ALONE = /^\s*(?:[”"]|$|(?:节|日)?\s*(?:[”"]|$))/;
/** Days into its month up to which a festival's eve (迎国庆, 迎元旦) falls in the month before. */
const EVE_IN_PREVIOUS_MONTH = 3;

/** The event a festival's mention at m names, or null. */
function namingAt(
  clause: string,
  m: RegExpExecArray | RegExpMatchArray,
  anchor: MonthAnchor,
  named: RegExp,
  action: RegExp,
  nameTail: RegExp | null,
): { phrase: string; anchor: MonthAnchor; month: number } | null {
  const at = m.index!;
  const [month, day] = anchor.date!;
  const celebrated = CELEBRATES.exec(clause.slice(0, at));
  // 迎 is the run-up to the day: 迎国庆 is late September, 迎元旦 late December; 庆元旦 is the day's own.
  const celebratedMonth =
    celebrated && celebrated[0].startsWith('迎') && day <= EVE_IN_PREVIOUS_MONTH ? ((month + 10) % 12) + 1 : month;
  // 元旦's celebrations straddle December and January: only a verb says which.
  if (anchor.months.length !== 1 && !celebrated) return null;
  const afterAt = at + m[0].length;
  const noun = named.exec(clause.slice(afterAt, afterAt + MAX_GAP + 6));
  // A noun after a list's last slot ("教师节、国庆节等活动") is the whole list's, not the first festival's.
  if (noun && noun.index <= MAX_GAP && !clause.slice(afterAt, afterAt + noun.index).includes('、')) {
    const phrase = clause.slice(at, afterAt + noun.index + noun[0].length);
    return { phrase, anchor, month: celebrated ? celebratedMonth : month };
  }
  // "组织女教职工“庆三八”赴上海观光": celebrating the festival is the event, whatever noun follows; so is a deed
  // closing on the festival's full name ("…举办系列活动庆祝“五一”劳动节").
  const rest = clause.slice(afterAt);
  const fullNameCloses = nameTail !== null && /^\s*[”"]?\s*$/u.test(rest.replace(nameTail, ''));
  if (
    celebrated &&
    (CELEBRATED_ALONE.test(rest) || fullNameCloses) &&
    (action.test(clause.slice(0, celebrated.index)) || action.test(rest))
  )
    return { phrase: clause.slice(celebrated.index, afterAt), anchor, month: celebratedMonth };
  return null;
}

/** A festival's event found in a clause: where its mention stands, and whether it fills a slot of a list. */
interface Naming {
  phrase: string;
  anchor: MonthAnchor;
  month: number;
  monthEnd?: number;
  at: number;
  listed: boolean;
}

/**
 * "庆祝教师节、国庆节活动": one event for festivals of two neighbouring months celebrated together, named by the
 * activity noun after the list; it runs over both months. Null when no such list is celebrated in the clause.
 */
function celebratedListNaming(clause: string, anchors: readonly MonthAnchor[], named: RegExp): Naming | null {
  for (const anchor of anchors) {
    if (!anchor.date) continue;
    for (const m of clause.matchAll(mentions(anchor))) {
      const celebrated = CELEBRATES.exec(clause.slice(0, m.index));
      if (!celebrated) continue;
      const list = readFestivalList(clause, m.index, anchors);
      if (!list) continue;
      const noun = named.exec(clause.slice(list.end, list.end + MAX_GAP + 6));
      if (!noun || noun.index > MAX_GAP) continue;
      const end = list.end + noun.index + noun[0].length;
      const phrase = clause.slice(celebrated.index, end);
      return { phrase, anchor, month: list.month, monthEnd: list.monthEnd, at: m.index, listed: false };
    }
  }
  return null;
}

/** Before a festival that fills a slot of a list: the list's separator, perhaps an opening quote. */
const SLOT_BEFORE = /、\s*[“"]?\s*$/;
/** After it, its 节 or 日 and a closing quote, then the next slot's separator… */
const SLOT_AFTER_SEPARATOR = /^\s*[”"]?\s*[节日]?\s*[”"]?\s*、/;
/** …or, for the last slot, what closes the list (等, 和) or the clause's end. */
const SLOT_AFTER_LAST = /^\s*[”"]?\s*[节日]?\s*[”"]?\s*(?:等|和|及|$)/;

const listedNames = new WeakMap<MonthAnchor, RegExp>();
const everyMention = new WeakMap<MonthAnchor, RegExp>();

/** The anchor's pattern with the global flag, compiled once per anchor (every clause of every paragraph asks). */
function mentions(anchor: MonthAnchor): RegExp {
  let re = everyMention.get(anchor);
  if (!re) everyMention.set(anchor, (re = new RegExp(anchor.pattern.source, 'g')));
  return re;
}

/** A festival's name as a list writes it: its full pattern, or its short label with dots allowed inside (三.八, 五一). */
function listedName(anchor: MonthAnchor): RegExp {
  let re = listedNames.get(anchor);
  if (!re) {
    const label = [...anchor.label].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*[·.•]?\\s*');
    re = new RegExp(`(?:${anchor.pattern.source})|${label}`, 'g');
    listedNames.set(anchor, re);
  }
  return re;
}

/** Whether the mention at [at, end) fills a slot of a 、-list ("三八、五一等节日", "举办了“妇女节”、读书会等活动"). */
function fillsListSlot(clause: string, at: number, end: number): boolean {
  const after = clause.slice(end);
  return SLOT_AFTER_SEPARATOR.test(after) || (SLOT_BEFORE.test(clause.slice(0, at)) && SLOT_AFTER_LAST.test(after));
}

/** Whether a mention of names fills a slot of a list in clause. */
function holdsListSlot(clause: string, names: RegExp): boolean {
  names.lastIndex = 0;
  for (let m = names.exec(clause); m; m = names.exec(clause))
    if (fillsListSlot(clause, m.index, m.index + m[0].length)) return true;
  return false;
}

/**
 * The festivals' events in clause: a festival with its activity noun (or the celebrating verb before it), or a
 * festival that is one slot of a list of events or of festivals ("三八、五一等节日开展…": one event at each). Two
 * festivals give one event each only when a list parts them; otherwise the clause has no single month.
 */
function festivalNamings(
  clause: string,
  anchors: readonly MonthAnchor[],
  named: RegExp,
  action: RegExp,
  nameTail: RegExp | null,
): Naming[] {
  const together = celebratedListNaming(clause, anchors, named);
  if (together) return [together];
  const found: Naming[] = [];
  /**
   * "为庆祝教师节、国庆节": a celebrated list is a purpose or a slogan; "围绕中秋节、教师节、国庆节、春节开展…": a list
   * with a festival of no one month in it (a lunar one, 元旦) is the year's round of festivals. Neither list's slots
   * name an event of their own.
   */
  let unplacedList = false;
  for (const anchor of anchors) {
    // A festival with no one month in a slot (中秋, 春节, 元旦) makes the list the year's round of festivals.
    if (anchor.strength === 'holiday' && (!anchor.date || anchor.months.length !== 1) && !unplacedList)
      unplacedList = holdsListSlot(clause, listedName(anchor));
    if (!anchor.date) continue;
    let naming: Naming | null = null;
    // Each mention in turn: "以“迎三八、展风采”为主题的庆三八活动" names its event at the second.
    for (const m of clause.matchAll(mentions(anchor))) {
      const at = namingAt(clause, m, anchor, named, action, nameTail);
      if (at) {
        naming = { ...at, at: m.index, listed: false };
        break;
      }
    }
    // A list slot needs a festival of one month: 元旦 in a list says nothing of December or January.
    if (!naming && anchor.months.length === 1) {
      const names = listedName(anchor);
      names.lastIndex = 0;
      for (let m = names.exec(clause); m; m = names.exec(clause)) {
        if (!fillsListSlot(clause, m.index, m.index + m[0].length)) continue;
        if (CELEBRATES.test(clause.slice(0, m.index))) {
          unplacedList = true;
          continue;
        }
        naming = { phrase: m[0], anchor, month: anchor.date[0], at: m.index, listed: true };
        break;
      }
    }
    if (naming) found.push(naming);
  }
  const kept = unplacedList ? found.filter((f) => !f.listed) : found;
  if (kept.length <= 1) return kept;
  kept.sort((a, b) => a.at - b.at);
  const parted = kept.every((f, k) => k === 0 || clause.slice(kept[k - 1]!.at, f.at).includes('、'));
  return parted ? kept : [];
}

/** Clauses of paragraph[from, to) that name a festival's activity. */
export function findFestivalNamedActivities(
  paragraph: string,
  anchors: readonly MonthAnchor[],
  timing: FestivalTiming,
  from = 0,
  to = paragraph.length,
): FestivalNamedActivity[] {
  const out: FestivalNamedActivity[] = [];
  if (!timing.named) return out;
  timing.anyDatedHoliday.lastIndex = 0;
  if (!timing.anyDatedHoliday.test(paragraph.slice(from, to))) return out;
  let start = from;
  CLAUSE_END.lastIndex = from;
  while (start < to) {
    const m = CLAUSE_END.exec(paragraph);
    const end = m && m.index < to ? m.index : to;
    let bodyStart = start + (paragraph.slice(start, end).length - paragraph.slice(start, end).trimStart().length);
    const marker = readClauseLead(paragraph.slice(bodyStart, end));
    if (marker) bodyStart += marker.length;
    const clause = paragraph.slice(bodyStart, end).trimEnd();
    // A title is a line of its own: "…并达成初步意见" inside a sentence is no title.
    const titleLine = ENDS_AS_TITLE.test(clause) && start === from && (!m || m.index >= to);
    const namings =
      clause && !titleLine ? festivalNamings(clause, anchors, timing.named, timing.action, timing.nameTailPrefix) : [];
    // "三八联欢、春季运动会、读书征文等": a list of events closed by 等 reports them without a verb of its own.
    const listsEvents = clause.includes('、') && (timing.listClose?.test(clause) ?? false);
    const deed = timing.action.test(clause) || listsEvents;
    for (const naming of namings) {
      // A bare item is the event's name, perhaps after a verb (组织三八节活动), not a sentence about it
      // (全体师生要高度重视教师节活动).
      const bareItem =
        clause.length <= MAX_BARE_ITEM &&
        clause.endsWith(naming.phrase) &&
        clause.length - naming.phrase.length <= MAX_BARE_LEAD;
      // A festival inside a book title names a document; after 此次/本次 it names the event told of already.
      const named = clause.indexOf(naming.phrase);
      const refersBack = named >= 0 && REFERS_BACK.test(clause.slice(0, named));
      if (insideBookTitle(clause, naming.at) || refersBack) continue;
      if ((deed || bareItem) && !namesADocument(clause, naming.phrase)) {
        out.push({
          start: bodyStart,
          end: bodyStart + clause.length,
          text: clause,
          phrase: naming.phrase,
          anchor: naming.anchor,
          month: naming.month,
          ...(naming.monthEnd === undefined ? {} : { monthEnd: naming.monthEnd }),
        });
      }
    }
    if (!m || m.index >= to) break;
    start = m.index + 1;
  }
  return out;
}
