// A news page's headline stands over its publish line (发布时间:…, 来源:… 作者:…); cleaning removes that line as
// chrome, and the splitter then no longer sees a headline over a publish line. clean.boilerplate hands the line
// that stood over it to the splitter, which titles the page's one document with it. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { boilerplateStage } from '../../src/stages/clean/boilerplate-stage.ts';
import { chromeLinesStage } from '../../src/stages/clean/chrome-lines-stage.ts';
import { documentYear } from '../../src/stages/metadata/document-year.ts';
import { splitCompilationsStage } from '../../src/stages/split/split-stage.ts';
import { runSourceStage, runSplitStage, sourceFromText } from '../helpers/run-stage.ts';

const REPORT =
  '3月8日下午,东湖小学工会在学校操场举办教职工趣味运动会,全体教职工参加了拔河、跳绳等比赛项目。\n' +
  '校工会主席在总结时表示,工会将继续开展形式多样的文体活动,丰富教职工的业余生活。';

function titled(text: string): { title: string | null; first: string } {
  const cleaned = runSourceStage(boilerplateStage, sourceFromText(text)).output;
  const [doc] = runSplitStage(splitCompilationsStage, cleaned).output;
  return { title: doc!.title, first: doc!.text.split('\n')[0]! };
}

describe('the headline over a removed publish line', () => {
  it.each([
    [
      'a headline of any wording',
      ['东湖小学两个工会小组获评“最美教工小家”', '来源:某某网 作者:张某 2024-03-09 10:12:30'],
    ],
    ['over a blank line', ['东湖小学工会学习材料(二)', '', '作者:工会 发布时间:2013-10-28 信息来源:']],
  ])('titles the page: %s', (_name, head) => {
    const headline = head[0]!;
    expect(titled(`${head.join('\n')}\n${REPORT}`)).toEqual({ title: headline, first: headline });
  });

  it("drops a site's masthead above it, as above any title", () => {
    const page = `某某报道网——某某杂志唯一官方网站\n东湖小学: 教职工拔河赛聚力展风采\n发布时间:2024-03-09 10:12:30 来源:某某报道\n${REPORT}`;
    expect(titled(page)).toEqual({
      title: '东湖小学: 教职工拔河赛聚力展风采',
      first: '东湖小学: 教职工拔河赛聚力展风采',
    });
  });

  it.each([
    ["a unit's name", '东湖小学工会'],
    ['a line that opens the text', '现将有关事项通知如下:'],
    ['a sentence', '今天,学校召开了工会委员会议。会议由工会主席主持。'],
  ])('leaves the page untitled over %s', (_name, line) => {
    expect(titled(`${line}\n发布时间:2024-03-09 10:12:30\n${REPORT}`).title).toBeNull();
  });
});

describe('a headline the page printed twice', () => {
  function cleanedThenSplit(text: string): { title: string | null; first: string } {
    const cleaned = runSourceStage(chromeLinesStage, sourceFromText(text)).output;
    const [doc] = runSplitStage(splitCompilationsStage, cleaned).output;
    return { title: doc!.title, first: doc!.text.split('\n')[0]! };
  }

  it('titles the page with the copy cleaning kept, whatever word it ends in', () => {
    const page = `2024年度工会工作述职\n2024年度工会工作述职\n东湖小学工会\n${REPORT}`;
    expect(cleanedThenSplit(page)).toEqual({ title: '2024年度工会工作述职', first: '2024年度工会工作述职' });
  });

  it("leaves a column's name printed twice untitled", () => {
    expect(cleanedThenSplit(`工会动态\n工会动态\n${REPORT}`).title).toBeNull();
  });

  it('is no paragraph of the opening where the text states its year', () => {
    const text = `青年教师读书活动方案策划\n为推动全民阅读,建设书香校园,丰富教职工的业余生活。\n学院工会特制定2020年青年教师读书活动方案如下:`;
    expect(documentYear('青年教师读书活动方案策划', text, 2026).year).toBe(2020);
  });
});

describe('a headline printed twice that cleaning removed with every copy', () => {
  function cleanedThenSplit(text: string): string | null {
    const clean = runSourceStage(boilerplateStage, sourceFromText(text)).output;
    const cleaned = runSourceStage(chromeLinesStage, clean).output;
    const [doc] = runSplitStage(splitCompilationsStage, cleaned).output;
    return doc!.title;
  }

  it.each([
    [
      "taken for the column's name, over its publish line and again over the text",
      [
        '工会组织',
        '当前位置:首页 工会组织 分会风采',
        '东湖分会工作简介',
        '发布时间:2022-05-10浏览次数:25',
        '东湖分会工作简介',
      ],
      '东湖分会工作简介',
    ],
    [
      "taken for chrome, over the photos' captions and again over the text",
      ['湖畔工友书画展开幕', '湖畔工友书画展开幕', '来宾参观展品', '来宾剪彩', '湖畔工友书画展开幕'],
      '湖畔工友书画展开幕',
    ],
  ])('titles the page: %s', (_name, head, title) => {
    expect(cleanedThenSplit(`${head.join('\n')}\n${REPORT}`)).toBe(title);
  });

  it.each([
    ["a column's name", ['工会动态', '工会动态', '来宾参观展品']],
    ['a date printed over each list', ['3/6(一)', '3/6(一)', '来宾参观展品']],
  ])('leaves the page untitled over %s', (_name, head) => {
    expect(cleanedThenSplit(`${head.join('\n')}\n${REPORT}`)).toBeNull();
  });
});
