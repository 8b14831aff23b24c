// 文库 previews run a compilation's furniture into its first line (issue 15). Every line here is written for
// the test in that shape; sentences that merely mention a number of 篇 stay whole.
import { describe, expect, it } from 'vitest';
import { cutGluedFurniture } from '../../src/stages/clean/glued-furniture.ts';
import { reparagraph, loadHeadingTerms } from '../../src/stages/clean/reparagraph-stage.ts';

describe('compilation furniture glued into a line is cut off', () => {
  it.each([
    [
      '东湖小学工会计划3篇东湖小学工会计划一:东湖小学工会工作计划 一、指导思想:本学期我校工会将继续完善民主管理。',
      [
        '东湖小学工会计划3篇',
        '东湖小学工会计划一:',
        '东湖小学工会工作计划 一、指导思想:本学期我校工会将继续完善民主管理。',
      ],
    ],
    [
      '1、学校工会主席述职报告范本【二篇】【篇一】一年来，本人在校党支部的领导下认真履行工会主席职责。',
      ['1、学校工会主席述职报告范本【二篇】', '【篇一】', '一年来，本人在校党支部的领导下认真履行工会主席职责。'],
    ],
    [
      '幼儿园工会工作总结(精选12篇)幼儿园工会工作总结一年来，我园工会在上级工会的领导下开展工作。',
      ['幼儿园工会工作总结(精选12篇)', '幼儿园工会工作总结一年来，我园工会在上级工会的领导下开展工作。'],
    ],
    [
      '东湖小学工会年终总结 篇120xx年,我校工会在校党支部的领导下,围绕学校中心工作开展活动。',
      ['东湖小学工会年终总结 篇1', '20xx年,我校工会在校党支部的领导下,围绕学校中心工作开展活动。'],
    ],
  ])('%s', (line, pieces) => {
    expect(cutGluedFurniture(line)).toEqual(pieces);
  });

  it.each([
    '本学期每位教师撰写教学工作计划3篇，读书笔记5篇，按时上交教务处。',
    '组织教职工撰写论文，共评出优秀论文12篇。学校工会工作总结一年来的经验。',
    '学校工会工作计划3篇',
    '一、指导思想:以服务教职工为宗旨，认真履行工会各项职能，推进学校民主管理。',
  ])('a sentence or a line already alone stays whole: %s', (line) => {
    expect(cutGluedFurniture(line)).toEqual([line]);
  });

  it('the reparagraph stage cuts the furniture before it splits the headings', () => {
    const { text } = reparagraph(
      '南山中学工会计划2篇南山中学工会计划一:南山中学工会工作计划 一、指导思想:以服务教职工为宗旨。二、主要工作:召开教代会。',
      loadHeadingTerms(),
    );
    expect(text.split('\n').slice(0, 3)).toEqual([
      '南山中学工会计划2篇',
      '南山中学工会计划一:',
      '南山中学工会工作计划',
    ]);
  });
});
