// Issue 15: a document's year and kind on pages from sites never seen — which stated year is the document's,
// when a text's own words outrank its title, and what news, notices and articles are. Texts written for these
// tests, in the shapes the real pages take.
import { describe, expect, it } from 'vitest';
import { metadataStage } from '../../src/stages/metadata/metadata-stage.ts';
import { newDocument } from '../../src/model/items.ts';
import { runDocumentStage } from '../helpers/run-stage.ts';

function metadataOf(text: string, title: string | null = null, inheritedYear: number | null = null) {
  const doc = newDocument('/y', 1, text, title);
  doc.meta.year = inheritedYear;
  return runDocumentStage(metadataStage, doc, { currentYear: 2025 }).output.meta;
}

describe('a full date hides no year', () => {
  it.each([
    ['an activity date in the opening', '一、活动时间\n2024年9月10日上午\n二、活动地点\n学校礼堂', 2024],
    ['a hidden year in the opening still keeps the heading year off', '20xx年，我校工会将继续做好各项工作。', null],
  ])('%s', (_name, text, year) => {
    expect(metadataOf(text, '教师节工会活动方案', 2024).year).toBe(year);
  });
});
