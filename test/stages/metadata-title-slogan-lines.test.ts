// A news page whose headline stands under a site's slogan line — a banner of mottos or a ticker of other headlines
// set apart by spaces, a leader's words with his name below them, a 4+4 couplet — keeps its headline: the slogan is
// neither the headline nor the report's prose, so the search for the headline goes on below it (zh013, zi006 and a
// wide-sample page). Every line is written for the test.
import { describe, expect, it } from 'vitest';
import { headlineInText, isSloganLine } from '../../src/stages/metadata/document-kind.ts';
import { openingTitle } from '../../src/stages/metadata/document-title.ts';

const report = [
  '4月12日下午,东城职业学院工会在体育馆举办教职工气排球比赛,来自各部门的十支代表队参加了比赛。',
  '比赛中,队员们相互配合、奋力拼搏,赛出了水平,赛出了风格,现场加油声此起彼伏。',
];

describe('a headline under a slogan line', () => {
  it('a banner of mottos set apart by spaces does not stop the search', () => {
    const text = [
      '全国文明校园建设单位 省级示范性职业学院 培育大国工匠的摇篮 服务地方发展的重要力量',
      '学院新闻',
      '东城职业学院第三届教职工气排球比赛成功举行',
      ...report,
    ].join('\n');
    expect(openingTitle(text)?.title).toBe('东城职业学院第三届教职工气排球比赛成功举行');
  });

  it('a leader’s words with his name alone below them do not stop the search', () => {
    const text = [
      '要把职工的冷暖放在心上,多办实事、多解难题,让广大职工切实感受到组织的温暖和关怀。',
      '某某某',
      '当前位置:首页工会动态',
      '东城区教育工会举办全区教职工气排球比赛',
      '来源: 东城区教育工会 2023-04-13',
      ...report,
    ].join('\n');
    expect(openingTitle(text)?.title).toBe('东城区教育工会举办全区教职工气排球比赛');
  });

  it('a 4+4 couplet over the headline is no headline itself, though it ends as one', () => {
    const text = [
      '凝心聚力 再创实效 另一篇报道的标题,写在同一行上 第三篇报道的标题 第四篇报道',
      '凝心聚力 再创实效',
      '东城区教育工会第二片组工会主席交流会在东城中学顺利召开',
      ...report,
    ].join('\n');
    expect(headlineInText(text)).toBe('东城区教育工会第二片组工会主席交流会在东城中学顺利召开');
  });

  it('a couplet alone over the report is still its title', () => {
    const text = ['携手同心 共创佳绩', ...report].join('\n');
    expect(headlineInText(['学院新闻', '携手同心 再创实效', ...report].join('\n'))).toBe('携手同心 再创实效');
    expect(openingTitle(text)?.title).toBe('携手同心 共创佳绩');
  });

  it('a report’s first paragraph still stops the search (a news line below it is the body’s)', () => {
    const text = [
      '4月12日下午,东城职业学院工会在体育馆举办教职工气排球比赛,十支代表队参加了比赛,赛出了水平和风格。',
      '比赛现场',
      '校工会主席为获奖队伍颁奖',
      '东城区教育工会举办全区教职工气排球比赛',
    ].join('\n');
    expect(headlineInText(text)).toBeNull();
  });

  it('prose with stray spaces is no banner; a caption under a dated lead is no speaker', () => {
    expect(
      isSloganLine(
        '今年,我校工会紧紧围绕 “学校中心工作” 、以教代会的决议为准绳,在学校发展规划的引领下,继续开展各项工作',
        '',
      ),
    ).toBe(false);
    expect(isSloganLine('近日,工会组织开展了一场气排球比赛,现场气氛热烈,大家赛出了风格。', '比赛现场')).toBe(false);
    expect(isSloganLine('3月8日,工会组织开展了一场气排球比赛,现场气氛热烈。', '颁奖')).toBe(false);
  });
});
