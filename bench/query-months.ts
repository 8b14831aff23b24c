// How fast `gonghui query months` answers over a million activities (issue 9 target: ≤ 200 ms).
//   npx tsx bench/query-months.ts [--activities N]      (builds output/bench-query-months.db once, ~1 min)
// 33 documents' worth of activities per 1,000 (30 each, 10 months each), 10 % of documents near-duplicates,
// 5 % undated, 3 % inferred months, 2 % two-month spans; document texts of 3,000 characters.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { openDatabase } from '../src/store/database.ts';
import { rebuildDocumentMonths } from '../src/store/document-months.ts';
import { monthCounts, type MonthQuery } from '../src/store/query-months.ts';

const n = Number(process.argv[process.argv.indexOf('--activities') + 1] || 1_000_000) || 1_000_000;
const path = `output/bench-query-months-${n}.db`;
const CATEGORIES = [
  '节日庆祝',
  '慰问帮扶',
  '教代会与民主管理',
  '校务公开',
  '师德建设',
  '文体活动',
  '体检与健康',
  '退休教职工',
  '女职工工作',
  '工会会议与自身建设',
];

function build(): void {
  const db = openDatabase(path);
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const source = db.prepare(
    "INSERT INTO sources (key, given, kind, status, ingested_at) VALUES (?, ?, 'file', 'ok', '2024-01-01')",
  );
  const doc = db.prepare(
    'INSERT INTO documents (id, source_id, part, org, year, kind, text, chars, duplicate_of) VALUES (?, ?, 1, ?, ?, ?, ?, 3000, ?)',
  );
  const activity = db.prepare(
    "INSERT INTO activities (doc_id, month, month_end, month_inferred, text, category, functions, source) VALUES (?, ?, ?, ?, '召开教代会', ?, ?, 'schedule')",
  );
  const text = '工会工作计划'.repeat(500);
  db.transaction(() => {
    for (let i = 0, written = 0; written < n; i++) {
      const id = createHash('sha256').update(String(i)).digest('hex').slice(0, 12);
      const sourceId = source.run(`/bench/${i}`, `bench-${i}.txt`).lastInsertRowid;
      doc.run(
        id,
        sourceId,
        `学校${i % 3000}`,
        2015 + (i % 9),
        i % 2 ? 'plan' : 'summary',
        text,
        i % 10 === 0 && i > 0 ? createHash('sha256').update('0').digest('hex').slice(0, 12) : null,
      );
      const start = Math.floor(random() * 12);
      for (let k = 0; k < 30 && written < n; k++, written++) {
        const month = random() < 0.05 ? null : ((start + Math.floor(k / 3)) % 12) + 1;
        activity.run(
          id,
          month,
          month && random() < 0.02 ? (month % 12) + 1 : null,
          random() < 0.03 ? 1 : 0,
          CATEGORIES[Math.floor(random() * CATEGORIES.length)],
          random() < 0.5 ? '["维权"]' : '["教育","建设"]',
        );
      }
    }
  })();
  rebuildDocumentMonths(db); // written around SourceWriter, as only a benchmark should
  db.close();
}

if (!existsSync(path)) build();
const db = openDatabase(path);
console.log(
  `${db.prepare('SELECT count(*) FROM activities').pluck().get()} activities, ${db.prepare('SELECT count(*) FROM documents').pluck().get()} documents (${path})`,
);
const queries: Record<string, MonthQuery> = {
  'query months': {},
  '--include-inferred': { includeInferred: true },
  '--year 2020': { year: 2020 },
  '--kind plan': { kind: 'plan' },
  '--category 校务公开': { category: '校务公开' },
  '--spans every': { spans: 'every' },
  '--function 维权': { function: '维权' },
  '--kind plan --category 校务公开 --spans every': { kind: 'plan', category: '校务公开', spans: 'every' },
};
for (const [name, query] of Object.entries(queries)) {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < 7; i++) {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    monthCounts(db, query);
    const used = process.cpuUsage(cpu);
    runs.push([performance.now() - wall, (used.user + used.system) / 1000]);
  }
  runs.sort((a, b) => a[0] - b[0]);
  console.log(
    `${name.padEnd(22)} median ${runs[3]![0].toFixed(0).padStart(5)} ms wall, ${runs[3]![1].toFixed(0).padStart(5)} ms CPU`,
  );
}
db.close();
