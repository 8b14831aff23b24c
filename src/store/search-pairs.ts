// What the full-text index holds: overlapping character pairs of each paragraph, so that any word is found
// wherever it occurs, inside a compound too (体检 in 健康体检, which jieba keeps as one token), and so that
// a plain SQLite client can search without jieba or any gonghui code:
//
//   健康体检，教职工  →  健康 康体 体检 检 教职 职工 工
//
// Every indexed character starts one token: the pair it forms with the next one, or, at the end of a run,
// itself alone. A run is a stretch of Han characters, 〇, and Latin letters and digits (ASCII or full
// width; ASCII folded to lower case); anything else (spaces, punctuation, symbols) separates runs. Hence
// the MATCH form (README "Database"), for a word of n ≥ 2 characters the phrase of its n − 1 pairs, for
// one character a prefix query:
//
//   体检 → '体检'   教职工 → '"教职 职工"'   慰问困难 → '"慰问 问困 困难"'   会 → '"会" *'
//
// A phrase matches consecutive tokens, and the lone last character of a run keeps two runs from ever
// forming a phrase together (教职，职工 never matches 教职工). `gonghui search` builds exactly this.

/** Characters that belong to a run (see above); `c` is a code point of lower-cased text. */
export function isIndexedCodePoint(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x3007 || // 〇, as in 二〇二二年
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x3ffff) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a)
  );
}

const foldAscii = (text: string) => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

/** The runs of a text: what can be searched for, in order. */
export function searchRuns(text: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const ch of foldAscii(text)) {
    if (isIndexedCodePoint(ch.codePointAt(0)!)) run += ch;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

function pairsOfRun(chars: string[], out: string[]): void {
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
}

/** The index text of a paragraph: space-separated pairs, each run ending with its last character alone. */
export function searchPairs(text: string): string {
  const out: string[] = [];
  for (const run of searchRuns(text)) {
    const chars = [...run];
    pairsOfRun(chars, out);
    out.push(chars.at(-1)!);
  }
  return out.join(' ');
}

/** The MATCH term that finds a run wherever it occurs: the phrase of its pairs, or a one-character prefix. */
export function runMatchTerm(run: string): string {
  const chars = [...run];
  if (chars.length === 1) return `"${run}" *`;
  const pairs: string[] = [];
  pairsOfRun(chars, pairs);
  return `"${pairs.join(' ')}"`;
}

/** Every run of the query must occur. Runs hold only letters and digits, so nothing the user typed can act
 * as FTS5 syntax: quotes, operators' punctuation and column filters are separators, and words such as OR
 * or NEAR are lower-cased inside a quoted phrase. */
export function pairsMatchExpression(query: string): string {
  return searchRuns(query).map(runMatchTerm).join(' AND ');
}
