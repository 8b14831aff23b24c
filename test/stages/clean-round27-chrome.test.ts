// s27: standard chrome lines the clean rules mean to catch but missed on test13 pages. Every line here is
// written for this test in the shape seen, never copied from a page.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/stages/clean/boilerplate-rules.ts';
import { boilerplateStage, removeBoilerplate } from '../../src/stages/clean/boilerplate-stage.ts';
import { splitCompilation } from '../../src/stages/split/compilations.ts';
import { runSourceStage, sourceFromText } from '../helpers/run-stage.ts';

const rules = loadRules();
const BEFORE = '为迎接建校六十周年,校工会组织教职工开展了校史知识竞赛,全校三百余名教职工参加了答题,效果良好';
const AFTER = '各分工会积极配合,按时完成了全年的各项工作任务。全体工会干部用心为教职工办实事。';

describe('a hidden-text notice on a page with no other furniture', () => {
  it('is cut onto a line of its own even when clean.boilerplate removes nothing else', () => {
    const text = `${BEFORE}……此处已隐藏3200字……${AFTER}`;
    const { output } = runSourceStage(boilerplateStage, sourceFromText(text));
    expect(output.text.split('\n')).toEqual([BEFORE, '……此处已隐藏3200字……', AFTER]);
  });
});

describe('a 文库 preview notice that says how to see the rest (此处隐藏N字,下载文档可见)', () => {
  it('takes the how-to-see tail with the notice, and the gap inside one file splits no document', () => {
    const text = `东湖小学工会工作报告\n${BEFORE}......此处隐藏4800字,下载文档可见......${AFTER}`;
    const split = splitCompilation(removeBoilerplate(text, rules).text);
    expect(split.documents).toHaveLength(1);
    expect(split.documents[0]!.text).not.toMatch(/隐藏|下载文档可见/u);
    expect(split.gaps).toEqual([{ notice: '......此处隐藏4800字,下载文档可见......', hidden: 4800, splits: false }]);
  });

  it('a bare long notice still spans two documents', () => {
    const text = `东湖小学工会工作报告\n${BEFORE}\n……此处隐藏4800个字……\n${AFTER}`;
    expect(splitCompilation(removeBoilerplate(text, rules).text).documents).toHaveLength(2);
  });
});

describe('s27 chrome shapes the rules missed', () => {
  it.each([
    ['share-blurb', '1、本文档共8页,可阅读全部内容。'],
    ['share-blurb', '4. 文档侵权举报电话:13800000000。'],
    ['navigation', '快速通道'],
    ['visitor-counter', '您是第 1234567 位访客'],
    ['visitor-counter', '你是本站第88位访问者'],
    ['image-element-line', '<image>data:image/png;base64,AAAABBBBCCCC" alt=""</image>'],
  ])('%s removes "%s"', (rule, line) => {
    const { text, removals } = removeBoilerplate(`${line}\n${AFTER}`, rules);
    expect(text).toBe(AFTER);
    expect(removals.map((r) => r.rule)).toEqual([rule]);
  });

  it('cuts the endprint marker glued to the last sentence, and keeps the sentence', () => {
    const { text, removals } = removeBoilerplate(`${BEFORE}。\n${AFTER}endprint`, rules);
    expect(text).toBe(`${BEFORE}。\n${AFTER}`);
    expect(removals.map((r) => r.rule)).toEqual(['endprint-marker']);
  });

  it('cuts a run of headline fields out of a page flattened onto one line, headline and text apart', () => {
    // The whole page is one line, longer than the upload-metadata line rule looks at.
    const body = `${BEFORE}。${AFTER} ${BEFORE}。${AFTER}`;
    const line = `东湖小学工会召开换届大会 来源: 发布时间:2022-03-04 10:20:30 浏览次数: 次 【字体:大 中 小】 ${body}`;
    const { text } = removeBoilerplate(line, rules);
    expect(text.split('\n')).toEqual(['东湖小学工会召开换届大会', body]);
  });

  it('keeps a plan line with one field, or a time and a place', () => {
    for (const line of [`活动安排 时间:3月12日 地点:学校操场 ${AFTER}`, `作者:李明 ${AFTER}`]) {
      expect(removeBoilerplate(line, rules).text).toBe(line);
    }
  });

  it('removes headline fields printed one to a line (- 来源 :… / - 访问次数 :)', () => {
    const text = `东湖小学工会开展健步走活动\n- 来源 :某某区教育局\n- 访问次数 :\n- 发布时间 :2024-10-08 09:15\n${AFTER}`;
    const { text: out, removals } = removeBoilerplate(text, rules);
    expect(out).toBe(`东湖小学工会开展健步走活动\n${AFTER}`);
    expect(removals.map((r) => r.rule).sort()).toEqual(['publish-date', 'upload-metadata', 'upload-metadata']);
  });

  it("keeps a schedule's time and date lines, and a lone field line", () => {
    for (const text of [`日期:5月10日\n时间:下午两点\n${AFTER}`, `作者:李明\n${AFTER}`]) {
      expect(removeBoilerplate(text, rules).text).toBe(text);
    }
  });
});
