// Function shares count content paragraphs only: structure lines (issue 16) are not in the denominator,
// content paragraphs without a function are.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/store/database.ts';
import { functionShares } from '../../src/store/query-functions.ts';
import { writeDoc } from '../helpers/analysis-db.ts';

let db: Db | null = null;
afterEach(() => {
  db?.close();
  db = null;
});

describe('functionShares', () => {
  it('leaves structure lines out of the denominator', () => {
    db = openDatabase(':memory:');
    writeDoc(db, {
      file: 'structure.txt',
      title: '某某小学工会工作计划',
      org: '某某小学',
      year: 2024,
      kind: 'plan',
      paragraphs: [
        { text: '某某小学工会工作计划', structure: 'title' },
        { text: '二、主要工作', structure: 'generic-heading' },
        { text: '九月份', structure: 'month-header' },
        { text: '召开教代会，审议绩效方案。', labels: ['参与'] },
        { text: '慰问生病住院的教职工。', labels: ['维权'] },
        { text: '做好开学准备工作。' },
        { text: '某某小学工会', structure: 'signature' },
      ],
      activities: [],
    });
    const [row] = functionShares(db);
    expect(row).toMatchObject({ documents: 1, paragraphs: 3, 维权: 0.333, 参与: 0.333, 建设: 0, 教育: 0 });
    expect(functionShares(db, { counts: true })[0]).toMatchObject({ paragraphs: 3, 维权: 1, 参与: 1 });
  });
});
