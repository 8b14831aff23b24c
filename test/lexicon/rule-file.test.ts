import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  loadRuleFile,
  patternProblem,
  RuleFileError,
  ruleList,
  RuleId,
  rulePattern,
  ruleTerm,
  Why,
} from '../../src/lexicon/rule-file.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

// The shape most rule files share: a list of entries, each with an id, a why and a pattern or terms.
const RulesFile = z.strictObject({
  rules: ruleList(
    z.strictObject({
      id: RuleId,
      why: Why,
      pattern: rulePattern().optional(),
      terms: z.array(ruleTerm()).optional(),
      weight: z.number().optional(),
    }),
  ),
});
const good = { id: 'spring-festival', why: 'a holiday that dates its schedule block', pattern: '春节|新春' };

describe('loadRuleFile', () => {
  const tempDir = useTempDir();
  const write = (data: unknown, text = JSON.stringify(data)) => {
    const file = join(tempDir(), 'rules.json');
    writeFileSync(file, text);
    return file;
  };

  it('returns the parsed data of a good file', () => {
    expect(loadRuleFile(write({ rules: [good] }), RulesFile)).toEqual({ rules: [good] });
  });

  // invalid cases: data in, the key the message must name and what it must say
  it.each([
    ['a missing id', { rules: [{ why: good.why, pattern: '春节' }] }, 'rules[0].id', /expected string/],
    ['a missing why', { rules: [{ id: 'x', pattern: '春节' }] }, 'rules[0].why (id "x")', /one-line why/],
    [
      'a why too short to say why',
      { rules: [{ id: 'x', why: 'x', pattern: '春节' }] },
      'rules[0].why (id "x")',
      /at least 8 characters/,
    ],
    [
      'a why of two lines',
      { rules: [{ ...good, why: 'first line of it\nsecond line' }] },
      'rules[0].why (id "spring-festival")',
      /one line/,
    ],
    ['an empty pattern', { rules: [good, { ...good, id: 'y', pattern: '' }] }, 'rules[1].pattern (id "y")', /empty/],
    [
      'a pattern matching everything',
      { rules: [{ ...good, pattern: '.*' }] },
      'rules[0].pattern (id "spring-festival")',
      /too broad: it matches everything/,
    ],
    [
      'a pattern matching the empty string',
      { rules: [{ ...good, pattern: '(?:春节)?' }] },
      'rules[0].pattern (id "spring-festival")',
      /too broad/,
    ],
    [
      'a pattern matching ordinary text',
      { rules: [{ ...good, pattern: '我们' }] },
      'rules[0].pattern (id "spring-festival")',
      /too broad: it matches ordinary text/,
    ],
    [
      'a pattern that does not compile',
      { rules: [{ ...good, pattern: '(春节' }] },
      'rules[0].pattern (id "spring-festival")',
      /does not compile/,
    ],
    [
      'an empty term',
      { rules: [{ id: 'x', why: good.why, terms: ['慰问', ''] }] },
      'rules[0].terms[1] (id "x")',
      /term/,
    ],
    [
      'a wrong type',
      { rules: [{ ...good, weight: 'high' }] },
      'rules[0].weight (id "spring-festival")',
      /expected number/,
    ],
    ['an unknown key', { rules: [{ ...good, patern: '春节' }] }, 'rules[0] (id "spring-festival")', /patern/],
    ['a duplicate id', { rules: [good, good] }, 'rules[1].id (id "spring-festival")', /duplicate id "spring-festival"/],
  ])('rejects %s, naming the file and the key', (_what, data, key, message) => {
    const file = write(data);
    expect(() => loadRuleFile(file, RulesFile)).toThrow(RuleFileError);
    expect(() => loadRuleFile(file, RulesFile)).toThrow(`${file}: ${key}: `);
    expect(() => loadRuleFile(file, RulesFile)).toThrow(message);
  });

  it('names the file when it is missing or not JSON', () => {
    expect(() => loadRuleFile('/nonexistent/rules.json', RulesFile)).toThrow(
      '/nonexistent/rules.json: cannot read: ENOENT',
    );
    const file = write(null, '{ "rules": [');
    expect(() => loadRuleFile(file, RulesFile)).toThrow(`${file}: not valid JSON`);
  });

  it('names a bundled file by its path from the working folder', () => {
    expect(() =>
      loadRuleFile(new URL('../../src/lexicon/data/char-frequency.json', import.meta.url), RulesFile),
    ).toThrow(/^src\/lexicon\/data\/char-frequency\.json: /);
  });
});

describe('the too-broad check', () => {
  it.each([
    ['', /empty/],
    ['.*', /matches everything/],
    ['x*', /matches everything/],
    ['[^a]', /ordinary text/],
    ['在', /ordinary text/],
  ])('refuses /%s/', (source, message) => {
    expect(patternProblem(source)).toMatch(message);
  });

  it.each(['春节', '^第\\s*\\d+\\s*页$', '(?:发布|更新)时间[:：]'])('accepts /%s/', (source) => {
    expect(patternProblem(source)).toBeNull();
  });

  it('refuses what a file says its patterns must leave alone, and honours the flags', () => {
    expect(patternProblem('工会', { ordinaryText: ['学校工会工作计划'] })).toMatch(/ordinary text "学校工会工作计划"/);
    expect(patternProblem('\\p{Script=Han}', { flags: 'u' })).toMatch(/too broad/);
    expect(patternProblem('(?<x', { flags: 'u' })).toMatch(/does not compile/);
  });

  it('lets a lead word that is only used inside a larger pattern match the empty string', () => {
    expect(patternProblem('在?', { mayMatchEmpty: true })).toBeNull();
    expect(patternProblem('', { mayMatchEmpty: true })).toMatch(/empty/);
  });
});

describe('one loader', () => {
  // Manifests and request logs of the acquire end and labelled JSONL for training are records, not rules.
  const NOT_RULE_FILES = [/^stages\/acquire\//, /^stages\/classify\/labelled-set\.ts$/, /^lexicon\/rule-file\.ts$/];
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );

  it('no stage or lexicon module parses JSON itself: rule data goes through loadRuleFile', () => {
    const parsing = [...files(join(src, 'stages')), ...files(join(src, 'lexicon'))]
      .map((f) => relative(src, f))
      .filter(
        (f) => !NOT_RULE_FILES.some((re) => re.test(f)) && readFileSync(join(src, f), 'utf8').includes('JSON.parse('),
      );
    expect(parsing).toEqual([]);
  });
});
