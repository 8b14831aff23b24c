// An official document's number (文号: 某工字〔2017〕40号) on its own line above the title is the document's own
// text and states the year it was issued in (n016, v021, z017: three sites, gold year = the number's year). The
// splitter keeps it in the text; the year reader takes it where nothing else states one. Every line is written
// for the test.
import { describe, expect, it } from 'vitest';
import { splitCompilation } from '../../src/stages/split/compilations.ts';
import { documentYear } from '../../src/stages/metadata/document-year.ts';

const NOW = 2026;

describe('a document number above the title', () => {
  const page = [
    '东湖区教工字〔2019〕12号',
    '东湖区教育工会关于开展教职工读书征文活动的通知',
    '各学校工会:',
    '为丰富教职工的精神生活,经研究,决定开展读书征文活动。现将有关事项通知如下:',
    '一、征文对象为全区在职教职工。',
  ].join('\n');

  it('stays in the text: it is the document’s, not page furniture', () => {
    const split = splitCompilation(page, null);
    expect(split.documents).toHaveLength(1);
    expect(split.documents[0]!.title).toBe('东湖区教育工会关于开展教职工读书征文活动的通知');
    expect(split.documents[0]!.text).toContain('东湖区教工字〔2019〕12号');
  });

  it('states the year the notice is of', () => {
    const doc = splitCompilation(page, null).documents[0]!;
    expect(documentYear(doc.title, doc.text, NOW, { announcement: true }).year).toBe(2019);
    expect(documentYear(doc.title, doc.text, NOW, { titleOnly: true, newsOpening: doc.text }).year).toBe(2019);
  });

  it('gives way to a year the text states itself', () => {
    expect(
      documentYear('关于做好工会工作总结的通知', '西湖工字〔2019〕3号\n各学校工会:\n请做好2018年度工会工作总结。', NOW)
        .year,
    ).toBe(2018);
  });

  it('a number cited inside a sentence is another document’s', () => {
    expect(
      documentYear(
        '关于征集提案的通知',
        '各学校工会:\n根据《关于召开教代会的通知》(校工发〔2019〕8号)要求,现征集提案。',
        NOW,
      ).year,
    ).toBeNull();
  });
});
