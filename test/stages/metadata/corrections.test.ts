// Human corrections in the metadata stage (src/stages/metadata/corrections.ts): applied after the readers to the
// document of their part whose text is still the corrected one, with a note; not applied, with a warning, to a
// text that changed. Every line is written for the test.
import { describe, expect, it } from 'vitest';
import { documentTextSha256, paragraphForm } from '../../../src/model/document-text.ts';
import type { CorrectionField, CorrectionValue, MetadataCorrection } from '../../../src/model/items.ts';
import { metadataStage } from '../../../src/stages/metadata/metadata-stage.ts';
import { splitParagraphs } from '../../../src/stages/segment/paragraphs-stage.ts';
import { documentFromText, runDocumentStage } from '../../helpers/run-stage.ts';

const TEXT = [
  '南湖小学工会2022年工作计划',
  '  一、指导思想  ',
  '',
  '以教职工为本，切实维护教职工合法权益。',
  '二、月份安排',
  '三月份：开展三八妇女节慰问活动。',
].join('\n');

const OPTIONS = { currentYear: 2026 };

function correction(
  field: CorrectionField,
  value: CorrectionValue,
  extra: Partial<MetadataCorrection> = {},
): MetadataCorrection {
  return {
    part: 1,
    field,
    value,
    // The stored text is the paragraphs' form: the hash is of that, whatever the spacing the stage sees.
    textSha256: documentTextSha256(paragraphForm(TEXT)),
    coder: '李',
    note: '看落款',
    sourceFile: 'fix.csv',
    ...extra,
  };
}

function run(corrections: MetadataCorrection[] | null, text = TEXT, part = 1) {
  return runDocumentStage(metadataStage, { ...documentFromText(text, part), corrections }, OPTIONS);
}

describe('the text hash a correction records', () => {
  it.each([
    ['spacing and empty lines', '  甲\n\n乙  \n\u3000丙\n', '甲\n乙\n丙'],
    ['a stored text (already in paragraph form)', '甲\n乙', '甲\n乙'],
  ])('is of the paragraphs segment.paragraphs makes: %s', (_, text, form) => {
    expect(paragraphForm(text)).toBe(form);
    expect(splitParagraphs(text).join('\n')).toBe(form);
    expect(documentTextSha256(text)).toBe(documentTextSha256(form));
  });
});

describe('metadata: human corrections', () => {
  it('without corrections the readers decide (the values the corrections below change)', () => {
    const { output, notes } = run(null);
    expect(output.meta).toMatchObject({ org: '南湖小学', year: 2022, kind: 'plan', onTopic: true });
    expect(output.title).toBe('南湖小学工会2022年工作计划');
    expect(notes.some((n) => n.rule === 'human-correction')).toBe(false);
  });

  it.each([
    ['org', '南湖小学工会', { meta: { org: '南湖小学工会', orgAnonymised: false } }, '南湖小学'],
    ['org', null, { meta: { org: null } }, '南湖小学'],
    ['year', 2023, { meta: { year: 2023 } }, '2022'],
    ['year', null, { meta: { year: null } }, '2022'],
    ['kind', 'summary', { meta: { kind: 'summary' } }, 'plan'],
    ['on_topic', false, { meta: { onTopic: false } }, 'true'],
    ['title', '南湖小学工会工作计划', { title: '南湖小学工会工作计划' }, '南湖小学工会2022年工作计划'],
    ['title', null, { title: null }, '南湖小学工会2022年工作计划'],
  ] as Array<[CorrectionField, CorrectionValue, object, string]>)(
    '%s → %j, with a note naming the reader, coder, file and note',
    (field, value, expected, before) => {
      const { output, notes } = run([correction(field, value)]);
      expect(output).toMatchObject(expected);
      const note = notes.find((n) => n.rule === 'human-correction')!;
      expect(note).toMatchObject({
        stage: 'metadata',
        level: 'info',
        before,
        after: value === null ? '(none)' : String(value),
      });
      expect(note.reason).toMatch(new RegExp(`^${field} set by a human correction \\(coder 李, fix\\.csv: 看落款\\)`));
    },
  );

  it('comes after the readers: their notes stay, the correction note is the last', () => {
    const { notes } = run([correction('org', '南湖小学工会')]);
    const rules = notes.map((n) => n.rule);
    expect(rules).toContain('metadata.org');
    expect(rules.at(-1)).toBe('human-correction');
  });

  it("applies only its own part's corrections", () => {
    const { output, notes } = run([correction('year', 2019, { part: 2 })]);
    expect(output.meta.year).toBe(2022);
    expect(notes.some((n) => n.rule === 'human-correction')).toBe(false);
  });

  it('a correction made for another text is not applied: a warning says so', () => {
    const changed = TEXT.replace('三月份', '四月份');
    const { output, notes } = run([correction('year', 2019)], changed);
    expect(output.meta.year).toBe(2022);
    const note = notes.find((n) => n.rule === 'human-correction')!;
    expect(note.level).toBe('warn');
    expect(note.reason).toMatch(
      /^year correction not applied \(coder 李, fix\.csv: 看落款\): it was made for another text/,
    );
  });

  it('a corrected year outside the school year read drops the school year; one inside keeps it', () => {
    const text = '东风中学2014-2015学年度第二学期工会工作计划\n一、三月份开展读书活动。';
    const sha = documentTextSha256(text);
    const read = run(null, text).output.meta;
    expect(read).toMatchObject({ year: 2014, schoolYear: '2014-2015' });
    const inside = run([correction('year', 2015, { textSha256: sha })], text).output.meta;
    expect(inside).toMatchObject({ year: 2015, schoolYear: '2014-2015' });
    const outside = run([correction('year', 2018, { textSha256: sha })], text);
    expect(outside.output.meta).toMatchObject({ year: 2018, schoolYear: null });
    expect(outside.notes.at(-1)!.reason).toContain('the school year 2014-2015 read is dropped');
  });
});
