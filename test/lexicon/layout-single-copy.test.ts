// Issue 16: the layout grammar (src/lexicon/layout/) is the only place that defines numbering, month-header,
// part-marker, year, sign-off and title patterns. This test reads src/ and fails when a second copy comes back:
// a constant under one of the names the old copies had, a pattern spelled as one of the grammar's data
// entries, or one of the marker shapes only the grammar may write.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const LAYOUT = join(SRC, 'lexicon', 'layout');
const DATA = join(LAYOUT, 'data');

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (path !== LAYOUT) sourceFiles(path, out);
    } else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const files = sourceFiles(SRC).map((path) => ({
  path: relative(ROOT, path),
  lines: readFileSync(path, 'utf8').split('\n'),
}));

/** Names the old copies had (issue 16's list and the ones found with it); none may be declared again. */
const OLD_NAMES = [
  'LEADING_MARKER',
  'LIST_MARKER',
  'OPENS_WITH_MARKER',
  'ITEM_MARKER_AHEAD',
  'ITEM_NUMBER',
  'PART_WORD',
  'PIAN',
  'DI_PIAN',
  'PIAN_MARKER',
  'NUMBERED_TITLE',
  'NUMBERED',
  'ORDINAL_SUFFIX',
  'OPENS_DOCUMENT',
  'SUMMARY_TITLE',
  'PLAN_TITLE',
  'YEAR_TITLE',
  'PERIODS',
  'SCHOOL_YEAR',
  'CN_YEAR',
  'CN_DIGIT',
  'TITLE_YEAR',
  'PLACEHOLDER_YEAR',
  'TITLE_DATE',
  'TITLE_LIKE',
  'TITLE_TIME',
  'TITLE_LINE',
  'TITLE_TAIL',
  'TITLE_SUBJECT',
  'DOCUMENT_TITLE_END',
  'DOCUMENT_TITLE_CUE',
  'SECTION_HEADING',
  'SCHEDULE_HEADING',
  'SIGNED_BY',
  'SIGN_OFF_DATE',
  'ORG_LINE',
  'MONTH_LED',
  'TIME_CELL',
  'GLUED_MONTH',
  'BOUNDARY_BEFORE',
  'DAY_AHEAD',
  'PERIOD_MONTH',
  'MONTH_NUMERAL',
  'BLANK_NUMERAL',
  'DAY_NUMERAL',
  'NOT_AFTER_NUMBER',
  'ORDINAL_HEADING',
];
const DECLARED = new RegExp(`\\b(?:const|let|var)\\s+(${OLD_NAMES.join('|')})\\s*[=:]`);

/** Marker shapes only the grammar may write, as they read in TypeScript source (a regex literal or a string). */
const SHAPES: Array<[string, RegExp]> = [
  ['a circled-number range', /①-⑳/],
  ['a Chinese section number and its 、', /\[一二三四五六七八九十\]\{1,[23]\}(?:\\{1,2}s\*)?(?:\[[^\]]*、|、)/],
  ['a bracketed Chinese number', /\[（\(\](?:\\{1,2}s\*)?(?:\(\?<\w+>)?\[一二三四五六七八九十/],
  ['a month header (月份?)', /月份\?/],
  ['a 第N篇 / 第N部分 marker', /第\[[一二三四五六七八九十][^\]]*\]\+\\?s?\*?\(?\??:?\[?[篇章部分节]/],
  ['a year before 年', /\(\?:19\|20\)\\{1,2}d\{2\}\\{1,2}s\*年/],
  ['a list of title words', /计划\|总结|总结\|小结\|汇报\|述职|计划\|打算\|安排\|要点/],
];

/** Every pattern the grammar's data files spell, as it would read pasted into a regex literal or a string. */
function dataPatterns(): Array<{ file: string; id: string; literal: string; quoted: string }> {
  const out: Array<{ file: string; id: string; literal: string; quoted: string }> = [];
  for (const name of readdirSync(DATA).filter((f) => f.endsWith('.json'))) {
    const visit = (node: unknown, id: string): void => {
      if (Array.isArray(node)) node.forEach((n) => visit(n, id));
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        const own = typeof o.id === 'string' ? o.id : id;
        if (typeof o.pattern === 'string') {
          const p = o.pattern;
          // Short words (上半年, 学年) are ordinary text, not a copy of a pattern.
          if (p.length >= 10 && /[|\\([]/.test(p))
            out.push({ file: name, id: own, literal: p, quoted: p.replaceAll('\\', '\\\\') });
        }
        for (const v of Object.values(o)) visit(v, own);
      }
    };
    visit(JSON.parse(readFileSync(join(DATA, name), 'utf8')), '');
  }
  return out;
}

describe('the layout grammar is the only copy', () => {
  it('reads a real source tree', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('has no constant under an old copy name outside src/lexicon/layout', () => {
    const found = files.flatMap((f) =>
      f.lines.flatMap((l, i) => (DECLARED.test(l) ? [`${f.path}:${i + 1}: ${l.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('has no marker, month-header, part, year or title-word shape outside src/lexicon/layout', () => {
    const found = files.flatMap((f) =>
      f.lines.flatMap((l, i) =>
        SHAPES.filter(([, re]) => re.test(l)).map(([what]) => `${f.path}:${i + 1}: ${what}: ${l.trim()}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('has no pattern of the grammar data files pasted into a stage', () => {
    const patterns = dataPatterns();
    expect(patterns.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => {
      const text = f.lines.join('\n');
      return patterns
        .filter((p) => text.includes(p.literal) || text.includes(p.quoted))
        .map((p) => `${f.path}: ${p.file} "${p.id}"`);
    });
    expect(found).toEqual([]);
  });
});
