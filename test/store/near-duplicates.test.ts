import { describe, expect, it } from 'vitest';
import { newDocument } from '../../src/model/items.ts';
import type { SourceResult } from '../../src/model/source-result.ts';
import { minhashSignature } from '../../src/stages/split/fingerprint.ts';
import { openDatabase } from '../../src/store/database.ts';
import { documentId } from '../../src/store/document-id.ts';
import { estimatePair } from '../../src/store/near-duplicates.ts';
import { SourceWriter } from '../../src/store/write-source.ts';

// A template plan written for these tests, and variants of it as schools copy it.
const TEMPLATE = [
  '一、指导思想',
  '以服务教职工为宗旨,认真履行工会维护、建设、参与、教育四项职能,团结全体教职工为学校发展贡献力量。',
  '二、主要工作',
  '1、召开教职工代表大会,审议学校年度工作报告和绩效工资分配方案。',
  '2、开展师德师风建设活动,评选师德标兵,弘扬高尚师德。',
  '3、做好困难教职工帮扶工作,建立困难教职工档案,节日期间上门慰问。',
  '4、组织教职工健康体检,开展心理健康讲座,关心教职工身心健康。',
  '5、开展丰富多彩的文体活动,组织教职工参加拔河、跳绳和篮球比赛。',
  '6、加强工会自身建设,做好工会经费管理,接受会员监督。',
].join('\n');
const COPY = TEMPLATE.replace('1、召开', '1、按时召开').replace('拔河、跳绳', '拔河、踢毽子');
const OTHER = [
  '一年来,我校工会在上级工会的领导下,围绕学校中心工作,做了以下几方面工作:',
  '一、坚持民主管理,全年召开教代会两次,通过了学校发展规划。',
  '二、关心教职工生活,走访慰问生病住院教职工十二人次,为三名困难教职工申请补助。',
  '三、丰富文体生活,举办了教职工运动会和迎新年联欢会,参与率达百分之九十五。',
].join('\n');
const HALF = TEMPLATE.split('\n').slice(0, 5).join('\n');

function result(key: string, texts: string[]): SourceResult & { ok: true } {
  return {
    ok: true,
    charset: 'utf-8',
    format: 'text',
    title: null,
    publishedAt: null,
    notes: [],
    documents: texts.map((t, i) => ({ ...newDocument(key, i + 1, t), fingerprint: minhashSignature(t, 5, 128) })),
  };
}

function setup() {
  const db = openDatabase(':memory:');
  const writer = new SourceWriter(db);
  const write = (name: string, texts: string[]) =>
    db.transaction(() =>
      writer.writeResult(
        { ref: { key: `/${name}`, given: name, kind: 'file' }, sha256: name, bytes: 1 },
        result(`/${name}`, texts),
        'h',
        null,
      ),
    )();
  const id = (name: string, part = 1) => documentId(`/${name}`, part);
  const duplicateOf = (docId: string) =>
    db.prepare('SELECT duplicate_of FROM documents WHERE id = ?').pluck().get(docId) ?? null;
  const pairs = () =>
    db
      .prepare('SELECT doc_id, other_id, similarity FROM document_similarity ORDER BY doc_id, other_id')
      .all() as Array<{ doc_id: string; other_id: string; similarity: number }>;
  return { db, write, id, duplicateOf, pairs };
}

describe('near-duplicates', () => {
  it('estimates Jaccard and containment from signatures', () => {
    const a = minhashSignature(TEMPLATE, 5, 128)!;
    const b = minhashSignature(HALF, 5, 128)!;
    const est = estimatePair(b.minhash, b.shingles, a.minhash, a.shingles);
    expect(est.aInB).toBeGreaterThan(0.85);
    expect(est.bInA).toBeLessThan(0.7);
    const c = minhashSignature(OTHER, 5, 128)!;
    expect(estimatePair(a.minhash, a.shingles, c.minhash, c.shingles).jaccard).toBeLessThan(0.1);
  });

  it('points a copy at the earlier document across sources, and stores the pair both ways', () => {
    const t = setup();
    t.write('a.txt', [TEMPLATE, OTHER]);
    t.write('b.txt', [COPY]);
    expect(t.duplicateOf(t.id('b.txt'))).toBe(t.id('a.txt'));
    expect(t.duplicateOf(t.id('a.txt'))).toBeNull();
    expect(t.duplicateOf(t.id('a.txt', 2))).toBeNull();
    const p = t.pairs();
    expect(p.map((r) => [r.doc_id, r.other_id].sort().join())).toEqual([
      [t.id('a.txt'), t.id('b.txt')].sort().join(),
      [t.id('a.txt'), t.id('b.txt')].sort().join(),
    ]);
    for (const r of p) expect(r.similarity).toBeGreaterThan(0.8);
  });

  it('finds a shortened repeat inside one compilation, in the direction of the shorter text', () => {
    const t = setup();
    t.write('c.txt', [TEMPLATE, OTHER, HALF]);
    expect(t.duplicateOf(t.id('c.txt', 3))).toBe(t.id('c.txt', 1));
    const contained = t.pairs().find((r) => r.doc_id === t.id('c.txt', 3))!;
    expect(contained).toMatchObject({ other_id: t.id('c.txt', 1) });
    expect(contained.similarity).toBeGreaterThan(0.85);
    expect(t.pairs().find((r) => r.doc_id === t.id('c.txt', 1))?.similarity ?? 0).toBeLessThan(0.8);
  });

  it('links the parts of a page of hundreds of copies to a few each, not every part to every other', () => {
    const t = setup();
    const parts = 300;
    t.write(
      'many.txt',
      Array.from({ length: parts }, (_, k) => (k % 2 ? COPY : TEMPLATE)),
    );
    // Every part after the first is a copy of the first; the pairs grow with the parts, not with their square.
    for (const part of [2, 150, parts]) expect(t.duplicateOf(t.id('many.txt', part))).toBe(t.id('many.txt', 1));
    expect(t.pairs().length).toBeLessThan(parts * 40);
  });

  it('keeps no self-matches and no stale pairs when a source is re-ingested', () => {
    const t = setup();
    t.write('a.txt', [TEMPLATE]);
    t.write('b.txt', [COPY]);
    t.write('b.txt', [COPY]);
    expect(t.pairs()).toHaveLength(2);
    expect(t.pairs().every((r) => r.doc_id !== r.other_id)).toBe(true);
    // b changes to an unrelated text: its pairs and its duplicate_of go.
    t.write('b.txt', [OTHER]);
    expect(t.pairs()).toEqual([]);
    expect(t.duplicateOf(t.id('b.txt'))).toBeNull();
    // Buckets have no foreign key (migration 009): the re-ingests deleted b's old ones by their keys.
    const buckets = t.db
      .prepare('SELECT doc_id, count(*) AS n FROM document_lsh GROUP BY doc_id ORDER BY doc_id')
      .all();
    expect(buckets).toEqual(
      [
        { doc_id: t.id('a.txt'), n: 32 },
        { doc_id: t.id('b.txt'), n: 32 },
      ].sort((x, y) => x.doc_id.localeCompare(y.doc_id)),
    );
    t.write('b.txt', [OTHER, COPY]);
    t.write('b.txt', [OTHER]);
    expect(t.db.prepare('SELECT count(*) FROM document_lsh').pluck().get()).toBe(64);
  });

  it('re-points copies when the document they pointed at changes', () => {
    const t = setup();
    t.write('a.txt', [TEMPLATE]);
    t.write('b.txt', [COPY]);
    t.write('c.txt', [COPY]);
    expect(t.duplicateOf(t.id('c.txt'))).toBe(t.id('a.txt'));
    t.write('a.txt', [OTHER]);
    expect(t.duplicateOf(t.id('b.txt'))).toBeNull();
    expect(t.duplicateOf(t.id('c.txt'))).toBe(t.id('b.txt'));
  });

  it('skips documents without a fingerprint', () => {
    const t = setup();
    t.db.transaction(() =>
      new SourceWriter(t.db).writeResult(
        { ref: { key: '/s', given: 's', kind: 'file' }, sha256: 's', bytes: 1 },
        { ...result('/s', ['短']), documents: [newDocument('/s', 1, '短')] },
        'h',
        null,
      ),
    )();
    expect(t.db.prepare('SELECT count(*) FROM document_fingerprints').pluck().get()).toBe(0);
  });
});
