// The stopword list: words that say nothing about which union function a paragraph serves. A data file
// (data/stopwords.txt), read once when a stage is built.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEFAULT_STOPWORDS = fileURLToPath(new URL('./data/stopwords.txt', import.meta.url));

/** Parses a stopword file: one word per line, "#" comments, blank lines ignored. */
export function parseStopwords(text: string, file = 'stopwords'): Set<string> {
  const words = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    if (/\s/.test(line)) throw new Error(`${file}:${i + 1}: one word per line, got "${line}"`);
    words.add(line);
  });
  if (words.size === 0) throw new Error(`${file}: the stopword list is empty`);
  return words;
}

const cache = new Map<string, Set<string>>();

export function loadStopwords(file: string = DEFAULT_STOPWORDS): Set<string> {
  let words = cache.get(file);
  if (!words) {
    words = parseStopwords(readFileSync(file, 'utf8'), file);
    cache.set(file, words);
  }
  return words;
}
