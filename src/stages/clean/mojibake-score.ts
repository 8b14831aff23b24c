// How probable a stretch of text is as ordinary Chinese, in log10 units: the most probable segmentation
// into dictionary words (a unigram word model), with punctuation, Latin letters and mis-decoding debris
// scored by how often prose contains them. Mojibake repair compares a suspicious run with its candidate
// repairs on this scale, and the run detector uses the per-character score to find suspicious characters.
import {
  isHan,
  isSimplifiedOnly,
  isTraditionalOnly,
  type Script,
  simplifiedChar,
} from '../../lexicon/chinese-script.ts';
import { isBracketOrdinal, readSectionNumberOpening } from '../../lexicon/layout/leads.ts';
import { loadWordModel, singleCharLogProb } from '../../lexicon/word-model.ts';

const CJK_PUNCTUATION = new Set([...'，。、；：？！“”‘’（）《》〈〉【】—…·「」『』～']);
const ASCII_PUNCTUATION = new Set([...',.;:!?()"\'-/%']);
/** Punctuation is as frequent as the commonest characters; pages fold full-width forms to ASCII, so "," ≈ "，". */
const PUNCTUATION_LOGP: Record<string, number> = {
  '，': -1.3,
  ',': -1.3,
  '。': -1.5,
  '、': -2,
  '“': -2.2,
  '”': -2.2,
  '：': -2.5,
  ':': -2.5,
  '；': -2.5,
  ';': -2.5,
  '（': -2.7,
  '(': -2.7,
  '）': -2.7,
  ')': -2.7,
  '《': -2.7,
  '》': -2.7,
  '！': -3,
  '!': -3,
  '？': -3,
  '?': -3,
};
/** Symbols documents really use (placeholders □□小学, bullets ●, marks ※ ★): uncommon, but not debris. */
const DOCUMENT_SYMBOL = new Set([...'□■○●◎◇◆△▲☆★※→←↑↓√×÷±°℃№§＋－＝＜＞％＆＃＊@']);
/** Numbered-list symbols that plans use as markers (①, ⑴, ⒈, ㈠, Ⅰ); not the small roman ⅰⅱⅲ, which only mis-decoding produces. */
const LIST_SYMBOL = /[\u2460-\u249b\u3220-\u3229\u2160-\u216b]/u;
const LINE_START_IMPOSSIBLE = new Set([...'。，、；：！？）),;:']);
const CLAUSE_MARK = new Set([...'。，、；：,;:']);

/** Score of characters that only mis-decoding produces (Bopomofo, box drawing, kana in Chinese prose…). */
export const DEBRIS_LOGP = -9;
/** A Latin letter standing alone between Chinese characters. */
const LONE_LETTER_LOGP = -7;
/** Extra cost of a character of the other script (a simplified-only character in a traditional text). */
const SCRIPT_MISMATCH = 1.5;
/** Bonus for a "（三）"-style ordinal: headings use them everywhere. */
const ORDINAL_BRACKET_BONUS = 2;

export interface ScoreContext {
  /** The document's script: characters of the other script are suspicious. */
  script: Script;
}

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z]$/.test(ch);
}

function isPunctuation(ch: string | undefined): boolean {
  return ch !== undefined && (CJK_PUNCTUATION.has(ch) || ASCII_PUNCTUATION.has(ch));
}

function scriptCost(ch: string, ctx: ScoreContext): number {
  if (ctx.script === 'traditional' && isSimplifiedOnly(ch)) return SCRIPT_MISMATCH;
  if (ctx.script === 'simplified' && isTraditionalOnly(ch)) return SCRIPT_MISMATCH;
  return 0;
}

/** log10 probability of a non-Han character in its place (Han characters: see `characterLogProb`). */
function symbolLogProb(ch: string, prev: string | undefined, next: string | undefined): number {
  if (isPunctuation(ch)) {
    // A line never opens with a sentence-final mark; two clause marks in a row are debris too.
    if (prev === undefined && LINE_START_IMPOSSIBLE.has(ch)) return DEBRIS_LOGP;
    const base = PUNCTUATION_LOGP[ch] ?? -3.5;
    return prev !== undefined && CLAUSE_MARK.has(ch) && CLAUSE_MARK.has(prev) ? base - 4 : base;
  }
  const c = ch.codePointAt(0)!;
  if (c < 0x80) {
    if (/[0-9]/.test(ch)) return -2.5;
    if (isAsciiLetter(ch)) return isAsciiLetter(prev) || isAsciiLetter(next) ? -3 : LONE_LETTER_LOGP;
    if (ch === ' ') return -2;
    return -5;
  }
  if (LIST_SYMBOL.test(ch)) return prev === undefined || isPunctuation(prev) ? -3 : -7;
  if (DOCUMENT_SYMBOL.has(ch)) return -4.5;
  // Full-width ASCII forms: pages fold them, so they appear only as an intermediate reading.
  if (c >= 0xff01 && c <= 0xff5e) return -6;
  return DEBRIS_LOGP;
}

/** Scores of one-unit Han characters by code unit, per script (NaN: not yet computed). */
const hanScores = new Map<Script, Float64Array>();

/** log10 probability of a Han character on its own: its place does not matter. */
export function hanLogProb(ch: string, ctx: ScoreContext): number {
  if (ch.length !== 1) return singleCharLogProb(simplifiedChar(ch)) - scriptCost(ch, ctx);
  let table = hanScores.get(ctx.script);
  if (!table) hanScores.set(ctx.script, (table = new Float64Array(0x10000).fill(NaN)));
  const c = ch.charCodeAt(0);
  let s = table[c]!;
  if (Number.isNaN(s)) table[c] = s = singleCharLogProb(simplifiedChar(ch)) - scriptCost(ch, ctx);
  return s;
}

/** One character's log10 probability on its own, in its place. */
export function characterLogProb(
  ch: string,
  prev: string | undefined,
  next: string | undefined,
  ctx: ScoreContext,
): number {
  if (isHan(ch)) return hanLogProb(ch, ctx);
  return symbolLogProb(ch, prev, next);
}

/**
 * log10 probability of chars[start, end) in its line: the best segmentation into dictionary words (up to
 * four characters, simplified), plus "（二）"-style ordinals.
 */
export function textLogProb(chars: string[], start: number, end: number, ctx: ScoreContext): number {
  const { logp } = loadWordModel();
  const n = end - start;
  const best = new Array<number>(n + 1).fill(-Infinity);
  best[0] = 0;
  const simplified = chars.slice(start, end).map((ch) => (isHan(ch) ? simplifiedChar(ch) : ch));
  for (let i = 0; i < n; i++) {
    if (best[i] === -Infinity) continue;
    const ch = chars[start + i]!;
    const single = characterLogProb(ch, chars[start + i - 1], chars[start + i + 1], ctx);
    if (best[i]! + single > best[i + 1]!) best[i + 1] = best[i]! + single;
    if (!isHan(ch)) continue;
    let word = simplified[i]!;
    let cost = scriptCost(ch, ctx);
    for (let len = 2; len <= 4 && i + len <= n; len++) {
      const next = chars[start + i + len - 1]!;
      if (!isHan(next)) break;
      word += simplified[i + len - 1]!;
      cost += scriptCost(next, ctx);
      const lp = logp.get(word);
      if (lp !== undefined && best[i]! + lp - cost > best[i + len]!) best[i + len] = best[i]! + lp - cost;
    }
  }
  return best[n]! + ordinalBracketBonus(chars, start, end) - unbalancedBrackets(chars, start, end);
}

const PAIRS: Record<string, string> = { '《': '》', '（': '）', '(': ')', '“': '”', '「': '」', '【': '】' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));
/** How far a bracket's partner may be. */
const BRACKET_REACH = 40;
/** Cost of a bracket or quote with no partner in reach: mis-decoding leaves stray ones (《⒐ for 二、). */
const UNBALANCED = 3;

function unbalancedBrackets(chars: string[], start: number, end: number): number {
  let cost = 0;
  for (let i = start; i < end; i++) {
    const ch = chars[i]!;
    const closer = PAIRS[ch];
    if (closer && !chars.slice(i + 1, i + 1 + BRACKET_REACH).includes(closer)) cost += UNBALANCED;
    const opener = CLOSERS.get(ch);
    if (opener && !chars.slice(Math.max(0, i - BRACKET_REACH), i).includes(opener)) cost += UNBALANCED;
  }
  return cost;
}

/** "（三）" / "(3)" formed at least partly by chars[start, end), and a line opening "二、". */
function ordinalBracketBonus(chars: string[], start: number, end: number): number {
  let bonus = 0;
  const opening = readSectionNumberOpening(chars.slice(0, 4).join(''));
  if (opening && start < opening.length) bonus += ORDINAL_BRACKET_BONUS;
  for (let i = Math.max(0, start - 3); i < Math.min(chars.length, end); i++) {
    if (chars[i] !== '（' && chars[i] !== '(') continue;
    let j = i + 1;
    while (j < chars.length && j - i <= 4 && chars[j] !== '）' && chars[j] !== ')') j++;
    if (j >= chars.length || j - i > 4 || j < start) continue;
    if (isBracketOrdinal(chars.slice(i + 1, j).join(''))) bonus += ORDINAL_BRACKET_BONUS;
  }
  return bonus;
}

/** Does a dictionary word of 2–4 characters overlap chars[start, end)? A true repair reads as words. */
export function hasWordOverlapping(chars: string[], start: number, end: number): boolean {
  const { logp } = loadWordModel();
  for (let i = Math.max(0, start - 3); i < end; i++) {
    if (!isHan(chars[i]!)) continue;
    let word = simplifiedChar(chars[i]!);
    for (let len = 2; len <= 4 && i + len <= chars.length; len++) {
      const ch = chars[i + len - 1]!;
      if (!isHan(ch)) break;
      word += simplifiedChar(ch);
      if (i + len > start && logp.has(word)) return true;
    }
  }
  return false;
}
