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
