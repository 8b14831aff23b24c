// The frame of a coder's CSV: problems name the line a reader sees in the file, past blank lines and cells that span
// lines (the template's titles and evidence may hold a line break).
import { describe, expect, it } from 'vitest';
import { CsvImportError, docIdIn, PROBLEMS_SHOWN, readCsvFrame } from '../../src/store/coder-csv-frame.ts';

class TestImportError extends CsvImportError {}
const spec = {
  aliases: { doc_id: 'doc_id', value: 'value', title: 'title' } as Record<string, 'doc_id' | 'value' | 'title'>,
  required: ['doc_id', 'value'] as const,
  rowsAre: 'rows',
  fail: (problems: string[]) => new TestImportError('f.csv', problems),
};

describe('a coder CSV frame', () => {
  it('gives each row the line it starts on, past blank lines and a title over two lines', () => {
    const text = [
      'doc_id,value,title', // 1
      '', // 2
      'a1,2021,东湖小学工会工作计划', // 3
      'a2,2020,"东湖小学', // 4
      '工会工作总结"', // 5
      '', // 6
      'a3,20x1', // 7: one field short
      'a4,2019,西山中学', // 8
    ].join('\n');
    const frame = readCsvFrame(text, spec);
    expect(frame.rows.map((r) => [frame.cell(r.cells, 'doc_id'), r.line])).toEqual([
      ['a1', 3],
      ['a2', 4],
      ['a4', 8],
    ]);
    expect(frame.problems).toEqual(['line 7: 2 field(s) where the header has 3']);
    expect(frame.cell(frame.rows[1]!.cells, 'title')).toBe('东湖小学\n工会工作总结');
  });

  it('a header without a required column, after blank lines, names its line; the error is the import’s own', () => {
    expect(() => readCsvFrame('\n\ndoc_id,title\na1,x\n', spec)).toThrow(TestImportError);
    expect(() => readCsvFrame('\n\ndoc_id,title\na1,x\n', spec)).toThrow('line 3: the header lacks column(s) value');
    expect(() => readCsvFrame('doc_id,value\n', spec)).toThrow('the file has a header but no rows');
  });

  it('a doc_id after an apostrophe (kept as text by Excel) is the id without it', () => {
    expect(["'288253460364", '9f4e01b2c3d4', "'9f4e01b2c3d4"].map(docIdIn)).toEqual([
      '288253460364',
      '9f4e01b2c3d4',
      '9f4e01b2c3d4',
    ]);
  });

  it('a file with very many problems lists the first ones and counts the rest', () => {
    const problems = Array.from({ length: PROBLEMS_SHOWN + 5 }, (_, i) => `line ${i + 2}: no document "x${i}"`);
    const e = new TestImportError('f.csv', problems);
    expect(e.problems).toHaveLength(PROBLEMS_SHOWN + 5);
    expect(e.message.split('\n')).toHaveLength(PROBLEMS_SHOWN + 2);
    expect(e.message).toContain(`f.csv: ${PROBLEMS_SHOWN + 5} problem(s), nothing was imported`);
    expect(e.message).toMatch(/… and 5 more \(fix these and import again to see them\)$/u);
  });
});
