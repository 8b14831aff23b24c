// Builds src/lexicon/data/char-frequency.json from jieba's dictionary: how often each Han character occurs
// in jieba's word list (weighted by word frequency), with traditional variants given their simplified
// counterpart's weight so Big5 pages and traditional text score as ordinary Chinese.
// Run: npx tsx scripts/build-char-frequency.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js';

const require = createRequire(import.meta.url);
const jieba = require('nodejieba') as { DEFAULT_DICT: string };

const counts = new Map<string, number>();
for (const line of readFileSync(jieba.DEFAULT_DICT, 'utf8').split('\n')) {
  const [word, freq] = line.split(' ');
  if (!word || !freq) continue;
  const n = Number(freq);
  for (const ch of word) if (/\p{Script=Han}/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + n);
}
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
for (const [ch, n] of [...counts]) {
  for (const variant of new Set([toTraditional(ch), toTaiwan(ch), toHongKong(ch)])) {
    if (variant !== ch && [...variant].length === 1) counts.set(variant, Math.max(counts.get(variant) ?? 0, n));
  }
}
const sorted = [...counts].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1]);
const out = { source: 'jieba.dict.utf8 (+ OpenCC traditional variants)', chars: Object.fromEntries(sorted) };
writeFileSync(new URL('../src/lexicon/data/char-frequency.json', import.meta.url), JSON.stringify(out));
console.log(`${sorted.length} characters`);
