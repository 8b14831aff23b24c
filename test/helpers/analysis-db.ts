// A small research database with known counts, written through the real store (SourceWriter), for the
// query, compare, search and report tests. The expected figures are worked out in the comments below.
import { join } from 'node:path';
import type {
  ActivityDraft,
  DocumentDraft,
  DocumentKind,
  FunctionLabel,
  MonthBasis,
  StructureKind,
} from '../../src/model/items.ts';
import type { SourceResult } from '../../src/model/source-result.ts';
import { cutWords } from '../../src/stages/segment/jieba.ts';
import { type Db, openDatabase } from '../../src/store/database.ts';
import { documentId } from '../../src/store/document-id.ts';
import { SourceWriter } from '../../src/store/write-source.ts';

interface ParagraphSpec {
  text: string;
  labels?: FunctionLabel[];
  /** A structure line (month header, generic heading …), left out of the function shares. */
  structure?: StructureKind;
}

interface ActivitySpec {
  month: number | null;
  text: string;
  category: string;
  functions?: FunctionLabel[];
  monthEnd?: number;
  inferred?: boolean;
  /** How the month is known; by default order when inferred, else stated. */
  basis?: MonthBasis;
}

export interface DocSpec {
  file: string;
  title: string;
  org: string | null;
  anonymised?: boolean;
  year: number | null;
  kind: DocumentKind;
  onTopic?: boolean;
  paragraphs: ParagraphSpec[];
  activities: ActivitySpec[];
}

// Template text shared by 青山小学's 2022 plan and its copy at 红星中学 (a near-duplicate).
const TEMPLATE = [
  { text: '一、指导思想', labels: [] },
  { text: '召开第五届教代会，落实校务公开制度，保障教职工的知情权。', labels: ['参与'] },
  { text: '开展送温暖活动，慰问困难教职工，组织教职工体检。', labels: ['维权'] },
  { text: '加强师德考核，开展政治学习。', labels: ['教育'] },
] satisfies ParagraphSpec[];

/**
 * Six documents. Counted by default (no near-duplicates, no off-topic): qingshan-2022, qingshan-2023,
 * hongxing-2022 and the anonymised one: 13 activities.
 *   month 3: 4 activities in 3 documents · 4: 1/1 · 5: 1/1 · 7: 1/1 (span 7–8) · 9: 2/2 · 12: 2/2 (one a 12–1 span)
 *   unknown: 2/1 (an undated activity and one whose month 10 was inferred, both in qingshan-2022)
 */
export const ANALYSIS_DOCS: DocSpec[] = [
  {
    file: 'qingshan-2022.txt',
    title: '青山小学工会2022年工作计划',
    org: '青山小学',
    year: 2022,
    kind: 'plan',
    paragraphs: [{ text: '青山小学工会2022年工作计划' }, ...TEMPLATE],
    activities: [
      { month: 3, text: '庆“三八”系列活动', category: '节日庆祝', functions: ['建设'] },
      { month: 3, text: '召开第五届教代会', category: '教代会与民主管理', functions: ['参与'] },
      { month: 7, monthEnd: 8, text: '暑期教师培训', category: '政治与业务学习', functions: ['教育'] },
      { month: 9, text: '教师节表彰优秀教师', category: '节日庆祝', functions: ['教育'] },
      { month: 10, inferred: true, text: '重阳节慰问退休教师', category: '退休教职工', functions: ['维权'] },
      { month: null, text: '寒假慰问困难教职工', category: '慰问帮扶', functions: ['维权'] },
    ],
  },
  {
    file: 'qingshan-2023.txt',
    title: '青山小学工会2023年工作总结',
    org: '青山小学',
    year: 2023,
    kind: 'summary',
    paragraphs: [
      { text: '本年度召开教代会两次，审议绩效工资方案。', labels: ['参与'] },
      { text: '举办教师节庆祝活动，表彰优秀班主任。', labels: ['教育', '建设'] },
    ],
    activities: [
      { month: 3, text: '召开教代会', category: '教代会与民主管理', functions: ['参与'] },
      { month: 12, text: '年终慰问全体教职工', category: '慰问帮扶', functions: ['维权'] },
    ],
  },
  {
    file: 'hongxing-2022.txt',
    title: '红星中学工会2022年工作计划',
    org: '红星中学',
    year: 2022,
    kind: 'plan',
    paragraphs: [
      { text: '红星中学工会2022年工作计划' },
      { text: '举办教职工运动会，丰富文体活动。', labels: ['建设'] },
      { text: '教师节慰问全体教师。', labels: ['维权'] },
      { text: '组织教职工体检。', labels: ['维权'] },
    ],
    activities: [
      { month: 3, text: '三八节登山活动', category: '节日庆祝', functions: ['建设'] },
      { month: 5, text: '教职工运动会', category: '文体活动', functions: ['建设'] },
      { month: 9, text: '教师节慰问', category: '节日庆祝', functions: ['维权'] },
      { month: 12, monthEnd: 1, text: '元旦迎新联欢', category: '节日庆祝', functions: ['建设'] },
    ],
  },
  {
    // 红星中学's copy of the 青山 template: marked duplicate_of qingshan-2022 (similarity 0.93).
    file: 'hongxing-copy.txt',
    title: '红星中学工会工作计划',
    org: '红星中学',
    year: 2022,
    kind: 'plan',
    paragraphs: [{ text: '红星中学工会工作计划' }, ...TEMPLATE],
    activities: [
      { month: 3, text: '召开第五届教代会', category: '教代会与民主管理', functions: ['参与'] },
      { month: 3, text: '庆“三八”系列活动', category: '节日庆祝', functions: ['建设'] },
    ],
  },
  {
    file: 'bureau-report.txt',
    title: '区教育局政府信息公开年度报告',
    org: null,
    year: 2022,
    kind: 'other',
    onTopic: false,
    paragraphs: [{ text: '本年度主动公开政府信息一百二十条。' }],
    activities: [{ month: 6, text: '政务公开培训', category: '其他' }],
  },
  {
    // Untrusted text: the report must show the markup as text.
    file: 'anonymised.txt',
    title: '<b>xx小学</b>工会工作计划',
    org: 'xx小学',
    anonymised: true,
    year: 2021,
    kind: 'plan',
    paragraphs: [
      {
        text: 'xx小学工会计划<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">',
        labels: ['建设'],
      },
    ],
    activities: [{ month: 4, text: '植树节志愿活动', category: '志愿与公益', functions: ['建设'] }],
  },
];

export const docIdOf = (file: string) => documentId(`/fixtures/analysis/${file}`, 1);

function draft(spec: DocSpec): DocumentDraft {
  const paragraphs = spec.paragraphs.map((p, index) => ({
    index,
    text: p.text,
    tokens: cutWords(p.text),
    heading: null,
    structure: p.structure ?? null,
    labels: p.labels ?? [],
    scores: Object.fromEntries((p.labels ?? []).map((l) => [l, 0.9])),
    reasons: {},
  }));
  const activities: ActivityDraft[] = spec.activities.map((a) => ({
    paragraphIndex: null,
    span: null,
    month: a.month,
    monthEnd: a.monthEnd ?? null,
    day: null,
    basis: a.month === null ? null : (a.basis ?? (a.inferred ? 'order' : 'stated')),
    monthInferred: a.inferred ?? false,
    confidence: a.inferred ? 0.6 : 1,
    year: spec.year,
    period: a.month === null ? '寒假' : null,
    text: a.text,
    category: a.category,
    functions: a.functions ?? [],
    source: 'schedule',
    evidence: a.inferred ? 'month inferred from 重阳 (test)' : 'month stated in the header',
  }));
  return {
    sourceKey: `/fixtures/analysis/${spec.file}`,
    part: 1,
    title: spec.title,
    text: spec.paragraphs.map((p) => p.text).join('\n'),
    meta: {
      org: spec.org,
      orgAnonymised: spec.anonymised ?? false,
      year: spec.year,
      schoolYear: null,
      kind: spec.kind,
      period: '年度',
      onTopic: spec.onTopic ?? true,
    },
    paragraphs,
    activities,
  };
}

export function writeDoc(db: Db, spec: DocSpec): void {
  const result: SourceResult = {
    ok: true,
    charset: 'utf-8',
    format: 'text',
    title: spec.title,
    publishedAt: null,
    documents: [draft(spec)],
    notes: [],
  };
  const writer = new SourceWriter(db);
  db.transaction(() =>
    writer.writeResult(
      { ref: { key: `/fixtures/analysis/${spec.file}`, given: spec.file, kind: 'file' }, sha256: null, bytes: null },
      result,
      'test',
      null,
    ),
  )();
}

/** Near-duplicate findings as issue 5's detector stores them (migration 002; its table is made here when
 * this branch does not have it yet): (doc, other, share of doc's text found in other). */
export function markDuplicates(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS document_similarity (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, other_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    similarity REAL NOT NULL, jaccard REAL NOT NULL, PRIMARY KEY (doc_id, other_id), CHECK (doc_id <> other_id)) WITHOUT ROWID`);
  db.prepare('UPDATE documents SET duplicate_of = ? WHERE id = ?').run(
    docIdOf('qingshan-2022.txt'),
    docIdOf('hongxing-copy.txt'),
  );
  const pair = db.prepare(
    'INSERT OR REPLACE INTO document_similarity (doc_id, other_id, similarity, jaccard) VALUES (?, ?, ?, ?)',
  );
  pair.run(docIdOf('hongxing-copy.txt'), docIdOf('qingshan-2022.txt'), 0.93, 0.9);
  pair.run(docIdOf('qingshan-2022.txt'), docIdOf('hongxing-copy.txt'), 0.91, 0.9);
  pair.run(docIdOf('hongxing-2022.txt'), docIdOf('qingshan-2022.txt'), 0.55, 0.3);
}

export function buildAnalysisDb(dir: string, docs: DocSpec[] = ANALYSIS_DOCS): string {
  const path = join(dir, 'analysis.db');
  const db = openDatabase(path);
  try {
    for (const spec of docs) writeDoc(db, spec);
    db.prepare(
      "INSERT INTO errors (source, source_key, stage, message, at) VALUES (?, ?, 'decode', ?, '2024-01-01T00:00:00Z')",
    ).run('broken<script>.html', '/fixtures/analysis/broken.html', 'the page is a PNG image, not text');
    markDuplicates(db);
  } finally {
    db.close();
  }
  return path;
}
