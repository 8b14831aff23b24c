// 文库 previews flatten a compilation's furniture into its first line: the collection's count, a part marker
// and the part's title run into each other and into the text ("…工会计划5篇…工会计划一:…工会工作计划 一、…",
// "…述职报告样本【三篇】【篇一】工会是…", "…工会年终总结 篇120xx年,…"). The splitter reads these only on lines of their own, so the line
// is cut after each piece of furniture that ends a title: a count of parts (5篇, (精选12篇), 【三篇】), a
// bracketed part marker (【篇一】) and a title numbered with a colon (…计划一:). Nothing else is cut.
import { TITLE_KIND } from '../../lexicon/plan-structure.ts';

const NUMERAL = '(?:\\d{1,3}|[一二三四五六七八九十]{1,3})';
/** Where furniture ends inside a line: each match's end is a cut, when text follows it. */
const FURNITURE_END = new RegExp(
  [
    // a count of parts after a title: …计划5篇, …总结(精选12篇), …样本【三篇】
    `${TITLE_KIND}[^，。；！？,;\\s]{0,12}?[(（【\\[]?(?:汇总|精选|通用|最新|合集)?${NUMERAL}篇[)）】\\]]?`,
    // a bracketed part marker: 【篇一】, 【第2篇】
    `【\\s*(?:篇\\s*${NUMERAL}|第\\s*${NUMERAL}\\s*篇)\\s*】`,
    // a title numbered as a part, with a colon: …工会计划一:
    `${TITLE_KIND}${NUMERAL}\\s*[:：]`,
    // a part marker run into the year the text opens with: …年终总结 篇120xx年, → 篇1 | 20xx年,
    `${TITLE_KIND}\\s*篇\\s*\\d{1,2}?(?=(?:19|20)(?:\\d{2}|[xX×]{2})年)`,
  ].join('|'),
  'gu',
);
const SENTENCE_PUNCTUATION = /[，。；！？,;!?]/u;
/** A line this short is a title or heading already. */
const MIN_LINE = 30;

/** The line cut after each piece of compilation furniture glued to what follows it. */
export function cutGluedFurniture(line: string): string[] {
  if (line.length < MIN_LINE) return [line];
  const cuts: number[] = [];
  FURNITURE_END.lastIndex = 0;
  for (const m of line.matchAll(FURNITURE_END)) {
    const end = m.index + m[0].length;
    const rest = line.slice(end).trim();
    // Furniture stands in the unpunctuated run a line opens with; in a sentence (撰写教学计划3篇，…) it is text.
    if (rest === '' || SENTENCE_PUNCTUATION.test(rest[0]!)) continue;
    if (SENTENCE_PUNCTUATION.test(line.slice(cuts.at(-1) ?? 0, end))) break;
    cuts.push(end);
  }
  if (cuts.length === 0) return [line];
  const pieces: string[] = [];
  let from = 0;
  for (const c of cuts) {
    pieces.push(line.slice(from, c).trim());
    from = c;
  }
  pieces.push(line.slice(from).trim());
  return pieces.filter((p) => p !== '');
}
