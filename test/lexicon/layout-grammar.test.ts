// The layout grammar's shared patterns (issue 16): title words and month-span separators, spelled once.
import { describe, expect, it } from 'vitest';
import { MONTH_RANGE_SEPARATOR, TITLE_WORD } from '../../src/lexicon/layout/layout-grammar.ts';
import { readMarker } from '../../src/lexicon/layout/markers.ts';
import { isBareTitleLine, titleKind } from '../../src/lexicon/layout/titles.ts';
import { isTitleLine } from '../../src/lexicon/plan-structure.ts';
import { leadTitle } from '../../src/stages/split/lead-title.ts';

describe('layout grammar', () => {
  it.each(['计划', '总结', '要点', '安排', '实施方案', '规划', '小结', '述职报告'])('"%s" ends a title', (w) => {
    expect(new RegExp(`${TITLE_WORD}$`).test(`东湖小学工会2024年工作${w}`)).toBe(true);
  });

  it.each(['-', '———', '——', '～', '至', '到'])('"%s" separates the months of a span', (sep) => {
    expect(new RegExp(`^3月?${MONTH_RANGE_SEPARATOR}4月$`).test(`3月${sep}4月`)).toBe(true);
  });

  it('is what titles and month headers are read with', () => {
    expect(isTitleLine('东湖小学2024年工会工作要点')).toBe(true);
    expect(isTitleLine('我们制定了计划')).toBe(false);
    expect(readMarker('3———4月：', { months: true })?.kind).toBe('month');
    expect(readMarker('十二月至次年一月：', { months: true })?.kind).toBe('month');
    expect(readMarker('二、组织春游')?.kind).toBe('section');
  });

  // Text written for these tests: a document's kind word outside the usual plan and summary words.
  it.each([
    ['城东小学工会迎新年联欢会策划书', 'plan'],
    ['教职工趣味运动会策划案', 'plan'],
  ])('"%s" is a title of a %s', (line, kind) => {
    expect(isBareTitleLine(line)).toBe(true);
    expect(titleKind(line)?.kind).toBe(kind);
  });

  it.each(['城东小学教代会工作制度', '校工会经费管理办法', '学校工会章程', '教职工年度考核计划管理制度'])(
    '"%s" is a rule\'s title and names no plan or summary',
    (line) => {
      expect(isTitleLine(line)).toBe(true);
      expect(titleKind(line)).toBeNull();
    },
  );

  it.each(['我们写了一份策划书。', '策划书如下：'])('"%s" is no title', (line) => {
    expect(isBareTitleLine(line)).toBe(false);
  });

  it('reads a proposal titled 策划书 above its text', () => {
    const lines = [
      '教职工迎新年联欢会策划书',
      '一、活动目的',
      '为丰富教职工的文化生活，增进同事之间的交流，特举办本次联欢会。',
    ];
    expect(leadTitle(lines).title).toBe('教职工迎新年联欢会策划书');
  });
});

describe("an official document's title: [issuer]关于[matter]的[its own kind]", () => {
  // Text written for these tests.
  it.each([
    ['城南学院第三届教代会关于《学校工作报告》的决议', null],
    ['关于《2024年工会工作计划》的说明', null],
    ['关于2023年度工会工作的总结', 'summary'],
    ['东湖小学关于开展三八节系列活动的实施方案', 'plan'],
    ['关于工会工作计划的几点思考', null],
  ])('"%s" names %s', (title, kind) => {
    expect(titleKind(title)?.kind ?? null).toBe(kind);
  });
});

describe('a title with the term it covers moved behind its kind word (…工作计划春季)', () => {
  // Text written for these tests.
  it.each(['城东幼儿园工会工作计划春季', '南山中学工会工作总结上半年', '实验小学工会工作计划下学期'])(
    '"%s" is a title',
    (line) => {
      expect(isTitleLine(line)).toBe(true);
    },
  );

  it.each(['工会工作计划春季开展', '春季工会活动很丰富'])('"%s" is no title', (line) => {
    expect(isTitleLine(line)).toBe(false);
  });
});
