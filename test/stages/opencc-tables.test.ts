import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { configConverter, simplifiedConverter } from '../../src/lexicon/opencc-tables.ts';

// Every case where matching could go its own way: phrases, variants, compatibility ideographs (normalized),
// astral characters, lone surrogates, ideographic description sequences (skipped whole), a dangling ⿰.
const mixed = [
  '學校工會關心教職工，開展「送溫暖」活動，組織會員參加體檢。乾隆皇帝 乾燥 天干地支',
  '為了 爲了 在學校裡 裏面 衞生 衛生 綫上 線上 軟體 資料庫 記憶體 滑鼠 網路 計程車',
  '豈更車賈滑 𠀀𠮷學𩸽 a\ud800學\udc00會 ⿰木木⿱⿰日月火學⿲口口口會 ⿰學會 末尾⿰學 ⿰',
  '',
].join('\n');

describe('opencc-js tables, matched our way', () => {
  it.each(['t', 'tw', 'twp', 'hk'] as const)('converts %s → cn exactly as opencc-js does', (from) => {
    const theirs = OpenCC.Converter({ from, to: 'cn' });
    const ours = simplifiedConverter(from);
    expect(ours(mixed)).toBe(theirs(mixed));
    const everyIdeograph = Array.from({ length: 0x9fff - 0x3400 + 1 }, (_, i) => String.fromCharCode(0x3400 + i)).join(
      '',
    );
    expect(ours(everyIdeograph)).toBe(theirs(everyIdeograph));
  });

  // chinese-script's per-character tables (mojibake repair) use these two instead of opencc-js's own Converter.
  it.each([
    ['hk', 'cn', 'hk2s'],
    ['cn', 'hk', 's2hk'],
  ] as const)('converts %s → %s (%s) exactly as opencc-js does, one ideograph per line too', (from, to, name) => {
    const theirs = OpenCC.Converter({ from, to });
    const ours = configConverter(name);
    const perLine = Array.from({ length: 0x9fff - 0x3400 + 1 }, (_, i) => String.fromCharCode(0x3400 + i)).join('\n');
    expect(ours(mixed)).toBe(theirs(mixed));
    expect(ours(perLine)).toBe(theirs(perLine));
    expect(ours('学校工会关心教职工，开展送温暖活动，组织会员参加体检。干部 干净 头发 发展')).toBe(
      theirs('学校工会关心教职工，开展送温暖活动，组织会员参加体检。干部 干净 头发 发展'),
    );
  });

  it('returns text without any entry unchanged', () => {
    expect(simplifiedConverter('t')('abc 学校')).toBe('abc 学校');
  });
});
