// The domain dictionary and the stopword list are data files: their format, that jieba honours every
// dictionary word, and that no codebook cue is thrown away as a stopword.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/stages/classify/lexicon.ts';
import { cutWords, DEFAULT_USER_DICT } from '../../src/stages/segment/jieba.ts';
import { DEFAULT_STOPWORDS, loadStopwords, parseStopwords } from '../../src/stages/segment/stopwords.ts';

const dictLines = readFileSync(DEFAULT_USER_DICT, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const dictWords = dictLines.map((l) => l.split(' ')[0]!);

describe('user dictionary (jieba format)', () => {
  it('has one "word frequency tag" entry per line and no duplicates', () => {
    for (const line of dictLines) expect(line, line).toMatch(/^\p{Script=Han}{2,} \d+ [a-z]+$/u);
    expect(new Set(dictWords).size).toBe(dictWords.length);
    expect(dictWords.length).toBeGreaterThan(150);
  });

  it('keeps every dictionary word whole inside a sentence', () => {
    const split = dictWords.filter((w) => !cutWords(`今年学校开展了${w}等工作。`).includes(w));
    expect(split).toEqual([]);
  });

  it.each([
    ['坚持五必访制度，做好困难教职工帮扶。', ['五必访', '困难教职工']],
    ['召开教代会，深化校务公开，开展民主测评。', ['教代会', '校务公开', '民主测评']],
    ['开展师徒结对和岗位练兵，争创工人先锋号。', ['师徒结对', '岗位练兵', '工人先锋号']],
    ['组织教职工学习工会法，开展读书活动和气排球比赛。', ['工会法', '读书活动', '气排球']],
  ])('%s', (sentence, words) => {
    const tokens = cutWords(sentence);
    for (const w of words) expect(tokens).toContain(w);
  });
});

describe('stopword list', () => {
  it('parses one word per line with # comments', () => {
    expect([...parseStopwords('# comment\n的\n\n开展  # trailing comment\n')]).toEqual(['的', '开展']);
  });

  it('rejects an empty list and lines with two words', () => {
    expect(() => parseStopwords('# only comments\n', 'x.txt')).toThrow(/x.txt: the stopword list is empty/);
    expect(() => parseStopwords('的 了\n', 'x.txt')).toThrow(/x.txt:1: one word per line/);
  });

  it('drops function words and generic plan verbs, never a codebook cue', () => {
    const stop = loadStopwords(DEFAULT_STOPWORDS);
    for (const w of ['的', '开展', '加强', '工作', '活动', '三月份']) expect(stop.has(w)).toBe(true);
    const cues = loadLexicon().entries.flatMap((e) => e.terms);
    expect(cues.filter((t) => stop.has(t))).toEqual([]);
  });
});
