// clean.page-breaks: joins text that a page or a line break cut mid-sentence. 文库 previews cut each page
// wherever it ends and start the next with a page counter ("…将广大教职工的" / "2、生活困难与疾苦…"): the
// counters form their own sequence 1, 2, 3… over long page blocks, and most breaks fall mid-sentence — a
// real numbered list has short items that end their sentences. Copy-paste text also breaks lines inside a
// word ("师德师" / "风。同时"); a long line that stops mid-sentence is joined to the next unless that one opens
// a heading, an item or a month.
import { z } from 'zod';
import { defineSourceStage } from '../../model/stage.ts';
import { simplifiedText } from '../../lexicon/chinese-script.ts';
import { readMarker } from '../../lexicon/layout/markers.ts';
import { isDocumentEndLine } from '../../lexicon/layout/parts.ts';
import { isTitleLine } from '../../lexicon/plan-structure.ts';
import { isWord, loadWordModel } from '../../lexicon/word-model.ts';

const COUNTER = /^(\d{1,3})、/u;
/** Characters that end a sentence, a clause that may end a line, or a closing bracket/quote. */
const LINE_END_OK = /[。！？；：!?;:…”’」』）)】》.、，,]$/u;
/** A page of a preview holds at least this many characters. */
const MIN_PAGE_CHARS = 60;
/** A line shorter than this may be a heading or a title that ends without punctuation. */
const MIN_RUN_ON_LINE = 40;

export interface PageBreakJoin {
  rule: 'page-counter' | 'mid-sentence' | 'inline-page-number';
  before: string;
  reason: string;
}

function endsMidSentence(line: string): boolean {
  return !LINE_END_OK.test(line.trimEnd());
}

/** Characters a Chinese sentence cannot end on (structural particles, conjunctions, prepositions). */
const CANNOT_END = /[的地得和与及或在对把被为将向从以使让而并且但之其各每]$/u;

/**
 * Does the next line continue this one? When it opens with punctuation, when a word spans the break
 * (师德师 / 风, 费 / 用报销), or when this line stops on a character no sentence ends on. A line that merely
 * lacks its full stop ("…更快成长" / "新的一年里…") is left alone.
 */
function continuesAcrossBreak(previous: string, line: string): boolean {
  // A notice of hidden text (此处已隐藏9705字) or a read-more link ends a document: nothing continues across it.
  if (isDocumentEndLine(line)) return false;
  const head = line.trimStart();
  if (/^[，、。；：,;:）)”]/u.test(head)) return true;
  const tail = simplifiedText(previous.trimEnd().slice(-3));
  const start = simplifiedText(head.slice(0, 3));
  if (CANNOT_END.test(tail)) return true;
  for (let a = 1; a <= tail.length; a++) {
    for (let b = 1; b <= start.length && a + b <= 4; b++) {
      if (a + b >= 2 && isWord(tail.slice(-a) + start.slice(0, b))) return true;
    }
  }
  return false;
}

function excerpt(a: string, b: string): string {
  return `${a.slice(-20)}⏎${b.slice(0, 20)}`;
}

interface CounterLine {
  index: number;
  number: number;
}

/** The longest run of page counters 1/2, 2/3, 3/4… over long blocks, or null when there is none. */
function findCounterChain(lines: string[]): CounterLine[] | null {
  const candidates: CounterLine[] = [];
  lines.forEach((line, index) => {
    const m = COUNTER.exec(line);
    if (m) candidates.push({ index, number: Number(m[1]) });
  });
  // Each counter's predecessor: the last counter above it numbered one less (one pass, not a scan per link).
  const predecessor = new Map<CounterLine, CounterLine>();
  const lastNumbered = new Map<number, CounterLine>();
  for (const c of candidates) {
    const before = lastNumbered.get(c.number - 1);
    if (before) predecessor.set(c, before);
    lastNumbered.set(c.number, c);
  }
  let best: CounterLine[] | null = null;
  for (let s = 0; s < candidates.length; s++) {
    if (candidates[s]!.number > 2) continue;
    const chain = [candidates[s]!];
    for (let k = s + 1; k < candidates.length; k++) {
      if (candidates[k]!.number === chain.at(-1)!.number + 1) chain.push(candidates[k]!);
    }
    // Each page's counter follows the previous page's: when the counter just before a link counts as that link's
    // predecessor (a list's 1、 right above 2、) but is another line, the numbers are a list's, restarted.
    const restarted = chain.some((c, k) => {
      const before = predecessor.get(c);
      return k > 0 && before !== undefined && before !== chain[k - 1];
    });
    if (restarted) continue;
    if (chain.length >= 2 && (!best || chain.length > best.length)) best = chain;
  }
  if (!best) return null;
  // Every page but the last is long, and most pages end mid-sentence.
  const blocks = best.map((c, k) => {
    const end = k + 1 < best!.length ? best![k + 1]!.index : lines.length;
    return lines.slice(c.index, end).filter((l) => l.trim());
  });
  const long = blocks.slice(0, -1).every((b) => b.join('').length >= MIN_PAGE_CHARS);
  const cuts = blocks.slice(0, -1).filter((b) => endsMidSentence(b.at(-1) ?? '')).length;
  return long && cuts * 2 >= blocks.length - 1 ? best : null;
}

/**
 * A page number the text layer of a PDF or preview left inside a sentence, spaced off between two
 * characters ("完善各 2 项措施"). Numbers written with spaces are often real ("开展 12 次活动"), even in a text
 * that writes its other numbers unspaced ("接待群众 61 名"), so only a run of consecutive numbers (1, 2, 3…)
 * each a page's length apart goes. A date part (3 月, 5 日), an ordinal (第 2 次) and a list number at the
 * start of a line (1、) are never page numbers.
 */
const SPACED_NUMBER = /(?<=\p{Script=Han}) (\d{1,3}) (?=\p{Script=Han})/gu;
const NOT_A_PAGE_AFTER = /^[年月日号点时周天岁]/u;
/** Characters a page of text holds at least, between two page numbers. */
const MIN_PAGE_TEXT = 200;

interface SpacedNumber {
  at: number;
  length: number;
  number: number;
}

function findInlinePageNumbers(text: string): SpacedNumber[] {
  const spaced: SpacedNumber[] = [];
  for (const m of text.matchAll(SPACED_NUMBER)) {
    const after = text.slice(m.index + m[0].length);
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    if (NOT_A_PAGE_AFTER.test(after) || before === '第') continue;
    spaced.push({ at: m.index, length: m[0].length, number: Number(m[1]) });
  }
  let best: SpacedNumber[] = [];
  for (let s = 0; s < spaced.length; s++) {
    const chain = [spaced[s]!];
    for (let k = s + 1; k < spaced.length; k++) {
      const last = chain.at(-1)!;
      if (spaced[k]!.number === last.number + 1 && spaced[k]!.at - last.at >= MIN_PAGE_TEXT) chain.push(spaced[k]!);
    }
    if (chain.length > best.length) best = chain;
  }
  return best.length >= 2 ? best : [];
}

function dropInlinePageNumbers(text: string, joins: PageBreakJoin[]): string {
  const found = findInlinePageNumbers(text);
  if (found.length === 0) return text;
  let out = '';
  let last = 0;
  for (const n of found) {
    joins.push({
      rule: 'inline-page-number',
      before: text.slice(Math.max(0, n.at - 10), n.at + n.length + 10),
      reason: `page number ${n.number} left inside a sentence by the text layer; dropped`,
    });
    out += text.slice(last, n.at);
    last = n.at + n.length;
  }
  return out + text.slice(last);
}

export function joinPageBreaks(text: string): { text: string; joins: PageBreakJoin[] } {
  const joins: PageBreakJoin[] = [];
  let lines = dropInlinePageNumbers(text, joins).split('\n');

  const chain = findCounterChain(lines);
  if (chain) {
    const counterAt = new Map(chain.map((c) => [c.index, c]));
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const counter = counterAt.get(i);
      if (!counter) {
        out.push(lines[i]!);
        continue;
      }
      const body = lines[i]!.replace(COUNTER, '');
      // Blank lines between pages go; the page's text continues the previous page's last line.
      while (out.length && !out.at(-1)!.trim()) out.pop();
      if (counter === chain[0] || !out.length) {
        joins.push({
          rule: 'page-counter',
          before: lines[i]!.slice(0, 24),
          reason: `page counter ${counter.number} opens the first page of a preview`,
        });
        out.push(body);
      } else {
        const previous = out.pop()!;
        joins.push({
          rule: 'page-counter',
          before: excerpt(previous, lines[i]!),
          reason: `page ${counter.number} of a preview continues the previous page; its counter "${counter.number}、" dropped`,
        });
        out.push(previous + body);
      }
    }
    lines = out;
  }

  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = out.length ? out.at(-1)! : null;
    if (
      previous !== null &&
      line.trim() &&
      previous.trim().length >= MIN_RUN_ON_LINE &&
      endsMidSentence(previous) &&
      !readMarker(line.trimStart(), { months: true }) &&
      !isTitleLine(line) &&
      continuesAcrossBreak(previous, line)
    ) {
      joins.push({
        rule: 'mid-sentence',
        before: excerpt(previous, line),
        reason: 'a long line stopped mid-sentence and the next line continues it',
      });
      out[out.length - 1] = previous.trimEnd() + line.trimStart();
      continue;
    }
    out.push(line);
  }
  return { text: out.join('\n'), joins };
}

export const pageBreaksStage = defineSourceStage({
  name: 'clean.page-breaks',
  version: 4,
  description: 'Join text cut by preview pages (dropping page counters) and lines broken mid-sentence.',
  options: z.strictObject({}),
  create: () => {
    loadWordModel();
    return (item, ctx) => {
      const { text, joins } = joinPageBreaks(item.text);
      if (joins.length === 0) return item;
      for (const j of joins) ctx.note({ rule: `page-breaks.${j.rule}`, reason: j.reason, before: j.before });
      return { ...item, text };
    };
  },
});
