import { describe, expect, it } from 'vitest';
import { documentKind, documentPeriod } from '../../src/stages/metadata/document-kind.ts';
import { documentYear } from '../../src/stages/metadata/document-year.ts';
import { metadataStage } from '../../src/stages/metadata/metadata-stage.ts';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';
import { documentTopic, loadTopicTerms } from '../../src/stages/metadata/topic.ts';
import { newDocument } from '../../src/model/items.ts';
import { runDocumentStage } from '../helpers/run-stage.ts';

const orgs = new OrganisationFinder(loadOrgSuffixes());

describe('metadata', () => {
  it.each([
    ['城关区红星小学工会委员会2020年度工作计划', '', '城关区红星小学', false],
    ['青山学区2019年工会工作计划', '', '青山学区', false],
    ['柳河中心校工会2018年工作总结', '', '柳河中心校', false],
    ['2021年小学工会计划', '一年来,我们白沙小学工会在上级工会领导下…', '白沙小学', false],
    ['xx小学2016年工会工作总结', '', null, true],
    ['学校工会工作计划', '本学年,_中学工会将围绕学校中心工作…', null, true],
    ['工会工作计划', '__小学工会在校党支部领导下…', null, true],
    ['工会工作计划', '全面推进学校工会工作,我校工会将…', null, false],
    ['小学2023年度工会工作计划', '我校工会在上级工会的领导下…', null, false],
    ['2024年红旗中学工会工作计划', '', '红旗中学', false],
    ['2023-2024学年度第一学期城东小学工会工作计划', '', '城东小学', false],
    ['黄冈中学教职工代表大会工作报告', '', '黄冈中学', false],
    ['某某县第二实验小学2024年工会工作计划', '', null, true],
    ['XX市实验中学工会工作总结', '', null, true],
  ])('org of "%s"', (title, text, org, anonymised) => {
    expect(orgs.find(title, text)).toMatchObject({ org, anonymised });
  });

  it.each([
    ['祖山小学工会2012年度工作总结', '', 2012, null],
    ['东风中学2014-2015学年度第二学期工会工作计划', '', 2014, '2014-2015'],
    ['红旗小学工会委员会2024、1工会工作计划', '', 2024, null],
    ['工会工作计划', '2022年,我校工会将继续…', 2022, null],
    ['20xx年学校工会工作计划', '', null, null],
    ['工会工作计划', '201_年工会工作指导思想:围绕学校中心工作…', null, null],
    ['工会工作计划', '本学期工会将组织教职工开展活动。', null, null],
    ['二〇一九年工会工作计划', '', 2019, null],
  ])('year of "%s"', (title, text, year, schoolYear) => {
    expect(documentYear(title, text, 2025)).toMatchObject({ year, schoolYear });
  });

  it('never takes a year from outside the plausible range or from a number', () => {
    expect(documentYear('工会工作计划', '全年开展活动2030次,服务教职工1998人。', 2025).year).toBeNull();
  });

  it.each([
    ['学校工会工作计划', '本学期工会将…', 'plan'],
    ['学校工会工作总结', '一年来,我校工会…', 'summary'],
    ['工会工作计划', '一学期来,我校工会积极开展工作。现将本学期工会工作总结如下:', 'summary'],
    ['工会工作计划', '为做好本年度工作,特制定本计划。', 'plan'],
    ['', '回顾上半年工作,主要有以下几个方面:', 'summary'],
    ['教师节慰问信', '全体教师:值此教师节来临之际…', 'other'],
  ])('kind of "%s"', (title, text, kind) => {
    expect(documentKind(title || null, text).kind).toBe(kind);
  });

  it.each([
    ['小学工会下半年工作计划', '下半年'],
    ['2015-2016学年度第一学期工会工作总结', '学期'],
    ['第三季度工会工作小结', '季度'],
    ['2021年度工会工作计划', '年度'],
    ['2021年小学工会计划', '年度'],
    ['工会活动方案', null],
  ])('period of "%s"', (title, period) => {
    expect(documentPeriod(title, '')).toBe(period);
  });

  it('tells a bureau report swept into a compilation from union work', () => {
    const terms = loadTopicTerms();
    const report =
      '今年以来,我局认真贯彻政府信息公开条例,推进政务公开,窗口受理行政审批事项20件,政务服务满意率100%,信息公开工作规范有序。'.repeat(
        3,
      );
    const union = '学校工会组织教职工参加健康体检,召开教代会审议工作报告,开展送温暖活动,慰问困难职工。'.repeat(3);
    expect(documentTopic(report, terms).onTopic).toBe(false);
    expect(documentTopic(union, terms).onTopic).toBe(true);
  });

  it('fills the document meta and notes where each field came from', () => {
    const doc = newDocument(
      '/x',
      1,
      '一年来,我校工会在上级工会领导下,认真履行职能,组织教职工开展活动。',
      '白沙小学工会2019年度工作总结',
    );
    const { output, notes } = runDocumentStage(metadataStage, doc, { currentYear: 2025 });
    expect(output.meta).toEqual({
      org: '白沙小学',
      orgAnonymised: false,
      year: 2019,
      schoolYear: null,
      kind: 'summary',
      period: '年度',
      onTopic: true,
    });
    expect(notes.map((n) => n.rule)).toEqual(['metadata.org', 'metadata.year', 'metadata.kind.summary']);
  });
});
