// One nodejieba per process (or worker thread), loaded with the domain user dictionary. nodejieba aborts
// the whole process when a dictionary path does not exist, so every path is checked before loading.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

interface NodeJieba {
  DEFAULT_DICT: string;
  DEFAULT_HMM_DICT: string;
  DEFAULT_IDF_DICT: string;
  DEFAULT_STOP_WORD_DICT: string;
  load(options: { dict?: string; hmmDict?: string; userDict?: string; idfDict?: string; stopWordDict?: string }): void;
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): Array<{ word: string; tag: string }>;
}

export const DEFAULT_USER_DICT = fileURLToPath(new URL('./data/user-dict.txt', import.meta.url));

/** nodejieba's load also builds its keyword extractor from a 6 MB IDF table and a stop-word list; we only cut,
 * which never reads them, so it is given one-line stand-ins (≈0.15 s of CPU less per thread, segmentation
 * unchanged). Kept outside data/: they are not rule data and do not change what a pipeline produces. */
const UNUSED_IDF = fileURLToPath(new URL('./unused-tables/idf.utf8', import.meta.url));
const UNUSED_STOP_WORDS = fileURLToPath(new URL('./unused-tables/stop-words.utf8', import.meta.url));

let jieba: NodeJieba | null = null;
let loadedUserDict: string | null = null;

export function loadJieba(userDict: string = DEFAULT_USER_DICT): NodeJieba {
  if (jieba && loadedUserDict === userDict) return jieba;
  const lib = require('nodejieba') as NodeJieba;
  for (const path of [lib.DEFAULT_DICT, lib.DEFAULT_HMM_DICT, UNUSED_IDF, UNUSED_STOP_WORDS, userDict]) {
    if (!existsSync(path)) throw new Error(`jieba dictionary not found: ${path}`);
  }
  lib.load({ userDict, idfDict: UNUSED_IDF, stopWordDict: UNUSED_STOP_WORDS });
  jieba = lib;
  loadedUserDict = userDict;
  return lib;
}

const WORDLESS = /^[\s\p{P}\p{S}]*$/u;

/** Whitespace, punctuation and symbols only. Most tokens start with a CJK ideograph, an ASCII letter or a
 * digit, which none of those classes holds, so the regex is only asked about the rest. */
function isWordless(token: string): boolean {
  const c = token.charCodeAt(0);
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a))
    return false;
  return WORDLESS.test(token);
}

/** Word tokens of a text (HMM on for unknown words), without whitespace and punctuation. */
export function cutWords(text: string, userDict?: string): string[] {
  return loadJieba(userDict)
    .cut(text, true)
    .filter((t) => !isWordless(t));
}

/** Words of a text with their part-of-speech tags (ns place, nr person, v verb; x for a word the dictionary
 * lacks), in jieba's tag set. With whatever dictionary is loaded (the words stage's, maybe its own user
 * dictionary): loading another would reload jieba under the words stage on every call. */
export function tagWords(text: string): Array<{ word: string; tag: string }> {
  return (jieba ?? loadJieba()).tag(text);
}

/** Word tokens of several paragraphs with one call into jieba (per-call overhead dominates for short
 * paragraphs). Paragraphs must not contain line breaks; they are joined with one and split back on it. */
export function cutParagraphWords(paragraphs: string[], userDict?: string): string[][] {
  const out: string[][] = paragraphs.map(() => []);
  if (paragraphs.length === 0) return out;
  let i = 0;
  for (const token of loadJieba(userDict).cut(paragraphs.join('\n'), true)) {
    if (token === '\n') i++;
    else if (!isWordless(token)) out[i]!.push(token);
  }
  if (i !== paragraphs.length - 1) {
    // A line break inside a paragraph or merged into another token: fall back to one call per paragraph.
    return paragraphs.map((p) => cutWords(p, userDict));
  }
  return out;
}
