// Issue 15: a document's year and kind on pages from sites never seen — which stated year is the document's,
// when a text's own words outrank its title, and what news, notices and articles are. Texts written for these
// tests, in the shapes the real pages take.
import { describe, expect, it } from 'vitest';
import { documentKind } from '../../src/stages/metadata/document-kind.ts';
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

describe('what the text says of itself first decides its kind', () => {
  it.each([
    [
      'a plan whose programme has a speech look back',
      '为感谢全体教师的付出，特制定本年度三八节工会活动方案。\n一、活动内容\n1.园长致辞，回顾过去一年女教师们的工作。',
      'plan',
    ],
    [
      'a summary that ends with the plan it sets',
      '半年来，工会在校党支部领导下开展了各项工作，现将工作总结如下。下学期工作安排如下：',
      'summary',
    ],
    ['a line opening with the year behind it', '学校工会\n一年来，我校工会组织了三次文体活动。', 'summary'],
    ['a plan for the term', '本学期工会工作的主要计划如下：\n一、抓好师德建设。', 'plan'],
  ])('%s', (_name, text, kind) => {
    expect(documentKind('学校工会活动方案', text).kind).toBe(kind);
  });
});
