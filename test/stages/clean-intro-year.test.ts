// A 范文 site's intro opening the page names its year for what follows: the intro goes as chrome, its year passes
// to the documents that state none, as a compilation title's does. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { boilerplateStage } from '../../src/stages/clean/boilerplate-stage.ts';
import { splitCompilationsStage } from '../../src/stages/split/split-stage.ts';
import { metadataStage } from '../../src/stages/metadata/metadata-stage.ts';
import { runDocumentStage, runSourceStage, runSplitStage, sourceFromText } from '../helpers/run-stage.ts';

const PLAN =
  '一、指导思想\n以服务教职工为宗旨，认真履行工会各项职能，努力建设职工之家。\n二、主要工作\n1、召开教代会，审议学校工作报告。';

function introYearOf(text: string): number | null | undefined {
  return runSourceStage(boilerplateStage, sourceFromText(text)).output.introYear;
}

function yearsOf(text: string): Array<number | null> {
  const cleaned = runSourceStage(boilerplateStage, sourceFromText(text)).output;
  const docs = runSplitStage(splitCompilationsStage, cleaned).output;
  return docs.map((d) => runDocumentStage(metadataStage, d, { currentYear: 2025 }).output.meta.year);
}

describe('the year an intro opening the page names', () => {
  it.each([
    ['an editor glues the year to the name', '小编精选了2022学校工会年度计划12篇，欢迎阅读。', 2022],
    ['a reader intro names the plan with its year', '这份2019年教职工秋游活动方案带给大家参考，希望对你有帮助。', 2019],
    ['a generated text names its term', '这份小学工会计划依照2024年秋季学期的安排由多份资料整理而成，供参考：', 2024],
  ])('%s', (_name, intro, year) => {
    expect(introYearOf(`${intro}\n${PLAN}`)).toBe(year);
    expect(yearsOf(`${intro}\n${PLAN}`)).toEqual([year]);
  });

  it.each([
    ['an intro naming no year', '小编精选了学校工会计划几篇，欢迎阅读。'],
    ['an upload day is no year', '小编于2023年4月5日精选了学校工会计划几篇，欢迎阅读。'],
  ])('%s gives none', (_name, intro) => {
    expect(introYearOf(`${intro}\n${PLAN}`) ?? null).toBeNull();
  });

  it("an intro below the page's own title is the site's keywords, not the text's year", () => {
    const text = `东湖小学工会工作总结\n推荐阅读工会总结 2016东湖小学工会总结，欢迎收藏本页！\n${PLAN}`;
    expect(introYearOf(text) ?? null).toBeNull();
  });

  it('an outro after the text names nothing of it', () => {
    expect(introYearOf(`${PLAN}\n以上就是小编整理的2021工会计划，希望对你有所帮助。`) ?? null).toBeNull();
  });

  it('a document stating its own year keeps it', () => {
    const intro = '小编精选了2022学校工会计划，欢迎阅读。';
    expect(yearsOf(`${intro}\n2023年，我校工会将继续做好各项工作。\n${PLAN}`)).toEqual([2023]);
  });
});

// …and says what it holds (下面是小编整理的…工作计划): a part that names no kind of its own, titled by a generic
// fragment, is of that kind (the lead's open item; texts written for these tests).
function kindsOf(text: string): string[] {
  const cleaned = runSourceStage(boilerplateStage, sourceFromText(text)).output;
  const docs = runSplitStage(splitCompilationsStage, cleaned).output;
  return docs.map((d) => runDocumentStage(metadataStage, d, { currentYear: 2025 }).output.meta.kind);
}

describe('the kind an intro opening the page says it holds', () => {
  const part = '东湖小学工会\n工会是教职工温暖的家，关心每一位教职工的工作和生活，是工会干部共同的心愿。';
  it.each([
    ['a plan collection', '下面是小编为大家整理的小学工会工作计划，欢迎阅读。', 'plan'],
    ['a summary collection', '以下是小编收集整理的学校工会工作总结，供大家参考。', 'summary'],
  ])('%s', (_name, intro, kind) => {
    const cleaned = runSourceStage(boilerplateStage, sourceFromText(`${intro}\n${part}`)).output;
    expect(cleaned.introKind).toBe(kind);
    expect(kindsOf(`${intro}\n${part}`)).toEqual([kind]);
  });

  it('without it the generic part names no kind', () => {
    expect(kindsOf(`欢迎来到本站。\n${part}`)).toEqual(['other']);
  });

  it('its talk of what a summary is, without saying what it holds, gives none', () => {
    const intro = '总结是对过去一段时间工作的回顾，写好总结很重要，希望对你有所帮助。';
    expect(runSourceStage(boilerplateStage, sourceFromText(`${intro}\n${part}`)).output.introKind ?? null).toBeNull();
  });

  it('a part that says its own kind keeps it', () => {
    const intro = '下面是小编为大家整理的小学工会工作计划，欢迎阅读。';
    const summary = '东湖小学工会\n现将本学期工会工作总结如下：一年来，我们开展了读书活动，慰问了生病教职工。';
    expect(kindsOf(`${intro}\n${summary}`)).toEqual(['summary']);
  });
});

describe('an untitled notice, and the intro that names what the page holds', () => {
  const notice =
    '各分工会：\n为丰富教职工生活，经学校同意，校工会拟组织春游活动，现将有关事宜通知如下：\n一、活动时间\n4月20日。\n二、活动地点\n东湖公园。';
  it('a notice that says so is other', () => {
    expect(kindsOf(notice)).toEqual(['other']);
    expect(kindsOf('各部门工会：\n校工会决定举办乒乓球赛，请积极组队参赛。\n特此通知。')).toEqual(['other']);
  });

  it('an intro that hands the page over as a plan gives the notice its kind', () => {
    const intro = '春天到了，正是踏青的好时候，下面的2024年教职工春游活动方案带给大家参考，希望可以帮助到你！';
    const cleaned = runSourceStage(boilerplateStage, sourceFromText(`${intro}\n${notice}`)).output;
    expect(cleaned.introKind).toBe('plan');
    expect(kindsOf(`${intro}\n${notice}`)).toEqual(['plan']);
  });

  it('a plan that says 安排如下 stays a plan', () => {
    expect(kindsOf('为丰富教职工生活，本学期工会活动安排如下：\n一、3月 三八节活动\n二、4月 春游')).toEqual(['plan']);
  });
});
