// The month basis column (issue 16): written by the store, in v_activities, and one definition of a "dated"
// month (stated or festival) shared by `query months` and `stats`.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/database.ts';
import { monthCounts } from '../../src/store/query-months.ts';
import { corpusStats } from '../../src/store/stats.ts';
import { writeDoc } from '../helpers/analysis-db.ts';

const dir = mkdtempSync(join(tmpdir(), 'gonghui-basis-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('activity month basis', () => {
  const db = openDatabase(join(dir, 'basis.db'));
  writeDoc(db, {
    file: 'basis.txt',
    title: '青山小学工会工作总结',
    org: '青山小学',
    year: 2024,
    kind: 'summary',
    paragraphs: [{ text: '青山小学工会工作总结' }],
    activities: [
      { month: 3, text: '召开教代会', category: '教代会与民主管理', basis: 'stated' },
      { month: 9, text: '教师节前夕表彰先进', category: '评优表彰', basis: 'festival' },
      { month: 10, text: '第6周 工会小组活动', category: '文体活动', basis: 'week' },
      { month: 11, text: '趣味运动会', category: '文体活动', basis: 'order' },
      { month: null, text: '寒假慰问', category: '慰问帮扶' },
    ],
  });

  it('is stored and shown in v_activities; month_inferred is true only for week and order', () => {
    const rows = db.prepare('SELECT month, basis, month_inferred FROM v_activities ORDER BY id').all();
    expect(rows).toEqual([
      { month: 3, basis: 'stated', month_inferred: 0 },
      { month: 9, basis: 'festival', month_inferred: 0 },
      { month: 10, basis: 'week', month_inferred: 1 },
      { month: 11, basis: 'order', month_inferred: 1 },
      { month: null, basis: null, month_inferred: 0 },
    ]);
  });

  it('query months counts stated and festival months; --include-inferred adds week and order; stats agrees', () => {
    const counted = (rows: ReturnType<typeof monthCounts>) =>
      Object.fromEntries(rows.filter((r) => r.activities > 0).map((r) => [String(r.month), r.activities]));
    expect(counted(monthCounts(db, {}))).toEqual({ 3: 1, 9: 1, unknown: 3 });
    expect(counted(monthCounts(db, { includeInferred: true }))).toEqual({ 3: 1, 9: 1, 10: 1, 11: 1, unknown: 1 });
    const stats = Object.fromEntries(corpusStats(db).map((r) => [r.metric, r.value]));
    expect(stats).toMatchObject({
      'activities: month stated': 1,
      'activities: month from a festival': 1,
      'activities: month inferred (week, order)': 2,
      'activities: undated': 1,
    });
    db.close();
  });
});
