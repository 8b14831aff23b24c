import { describe, expect, it } from 'vitest';
import { splitCompilation } from '../../src/stages/split/compilations.ts';
import { splitCompilationsStage } from '../../src/stages/split/split-stage.ts';
import { runSplitStage, sourceFromText } from '../helpers/run-stage.ts';

// Plans written for these tests, in the styles compilations use.
const BODY_A =
  '一、指导思想\n以服务教职工为宗旨,认真履行工会职能。\n二、主要工作\n1、召开教代会,审议学校工作报告。\n2、开展送温暖活动,慰问困难教职工。';
const BODY_B =
  '本学期,我校工会将围绕学校中心工作,团结全体教职工,扎实开展各项活动。\n1、组织教职工参加健康体检。\n2、开展读书分享活动。';
const docs = (text: string, title: string | null = null) =>
  splitCompilation(text, title).documents.map((d) => ({ title: d.title, first: d.text.split('\n')[0] }));

describe('split.compilations', () => {
  it('splits "… 篇N" markers and drops the compilation intro', () => {
    const text = `学校工会工作计划精选2篇\n下面是一些学校工会工作计划,希望对大家有用。\n学校工会工作计划 篇1\n${BODY_A}\n学校工会工作计划 篇2\n${BODY_B}`;
    const split = splitCompilation(text);
    expect(split.documents.map((d) => [d.title, d.text.split('\n')[0]])).toEqual([
      ['学校工会工作计划', '一、指导思想'],
      ['学校工会工作计划', '本学期,我校工会将围绕学校中心工作,团结全体教职工,扎实开展各项活动。'],
    ]);
    expect(split.intro).toContain('精选2篇');
  });

  it('splits 【篇1】 and 篇一：title markers, taking the title they give', () => {
    expect(docs(`【篇1】\n${BODY_B}\n【篇2】\n${BODY_A}`)).toEqual([
      { title: null, first: BODY_B.split('\n')[0] },
      { title: null, first: '一、指导思想' },
    ]);
    expect(
      docs(`篇一：城北小学2019年工会工作计划\n${BODY_A}\n篇二：城西小学2019年工会工作计划\n${BODY_B}`).map(
        (d) => d.title,
      ),
    ).toEqual(['城北小学2019年工会工作计划', '城西小学2019年工会工作计划']);
  });

  it('splits the part words of 范文 sites: 范文一：, 【范文2】, 范例（三）', () => {
    const text = `幼儿园工会工作计划范文（精选3篇）\n幼儿园工会工作计划范文一：\n${BODY_A}\n【范文2】\n${BODY_B}\n工会工作计划范例（三）：\n${BODY_A}`;
    expect(docs(text)).toEqual([
      // The part word a 范文 site writes before the number is part of the title the page gives (篇 is not).
      { title: '幼儿园工会工作计划范文', first: '一、指导思想' },
      // 【范文2】 names no title: the part is the compilation's ("…范文（精选3篇）" without its count).
      { title: '幼儿园工会工作计划范文', first: BODY_B.split('\n')[0] },
      { title: '工会工作计划范例', first: '一、指导思想' },
    ]);
    // A page title that counts the parts is no part: 例文1 still opens the series.
    expect(docs(`学校工会工作总结例文（2篇）\n例文1：\n${BODY_A}\n例文2：\n${BODY_B}`).map((d) => d.first)).toEqual([
      '一、指导思想',
      BODY_B.split('\n')[0],
    ]);
    // A sentence that mentions a 范文 is no marker.
    expect(docs(`${BODY_A}\n3、组织教职工学习优秀工作总结范文一篇。`)).toHaveLength(1);
  });

  it('splits 第N篇 markers with gaps, preferring the title on the next line', () => {
    const text = `第一篇：2020年小学工会计划\n城北小学2020年工会工作计划\n${BODY_A}\n第三篇：2020年小学工会计划\n${BODY_B}`;
    expect(docs(text)).toEqual([
      { title: '城北小学2020年工会工作计划', first: '一、指导思想' },
      { title: '2020年小学工会计划', first: BODY_B.split('\n')[0] },
    ]);
  });

  it('splits a numbered series of titles, and a 第N篇 part that only introduces them is no document', () => {
    const text = `第一篇：工会计划\n${BODY_A}\n第二篇：工会活动方案\n工会活动方案怎么写?\n工会活动方案1\n${BODY_B}\n工会活动方案2\n${BODY_A}`;
    const split = splitCompilation(text);
    // The number after a title marks the part; it is no part of the title (the gold convention).
    expect(split.documents.map((d) => d.title)).toEqual(['工会计划', '工会活动方案', '工会活动方案']);
    expect(split.containers).toEqual(['第二篇：工会活动方案\n工会活动方案怎么写?']);
  });

  it('splits at the opening title repeated with (二)', () => {
    const text = `中学工会工作计划范本(二篇)\n中学工会工作计划范本\n${BODY_A}\n中学工会工作计划范本(二)\n${BODY_B}`;
    expect(docs(text).map((d) => d.title)).toEqual(['中学工会工作计划范本', '中学工会工作计划范本(二)']);
  });

  it('splits at a new full title after a document, when a new plan opens under it', () => {
    const long = `${BODY_A}\n3、做好工会财务管理工作,每学期公开一次工会经费收支情况,接受全体会员监督。\n4、组织教职工参加县教职工运动会和合唱比赛,丰富教职工的业余文化生活。`;
    expect(
      docs(`城北小学2021年工会工作计划\n${long}\n城南中心校2021年工会工作计划\n${BODY_A}`).map((d) => d.title),
    ).toEqual(['城北小学2021年工会工作计划', '城南中心校2021年工会工作计划']);
  });

  it('keeps one document whole, titled by its first line, even when its text mentions 第二篇 or 篇', () => {
    const text = `城东小学2018年工会工作计划\n${BODY_A}\n3、编印教代会提案汇编,第二篇为提案落实情况。\n4、每人每学期撰写读书心得两篇。`;
    expect(docs(text)).toEqual([{ title: '城东小学2018年工会工作计划', first: '一、指导思想' }]);
  });

  it('falls back to the page title when the text opens without one', () => {
    expect(docs(BODY_B, '城西小学工会计划')).toEqual([{ title: '城西小学工会计划', first: BODY_B.split('\n')[0] }]);
  });

  it('makes numbered documents and notes the intro', () => {
    const { output, notes } = runSplitStage(
      splitCompilationsStage,
      sourceFromText(`精选2篇\n学校工会工作计划 篇1\n${BODY_A}\n学校工会工作计划 篇2\n${BODY_B}`),
    );
    expect(output.map((d) => [d.part, d.title])).toEqual([
      [1, '学校工会工作计划'],
      [2, '学校工会工作计划'],
    ]);
    expect(notes.map((n) => n.rule)).toEqual(['split.intro', 'split.compilation']);
  });
});
