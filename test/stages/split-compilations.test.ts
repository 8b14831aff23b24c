import { describe, expect, it } from 'vitest';
import { splitCompilation } from '../../src/stages/split/compilations.ts';
import { removeBoilerplate } from '../../src/stages/clean/boilerplate-stage.ts';
import { loadRules } from '../../src/stages/clean/boilerplate-rules.ts';
import { joinPageBreaks } from '../../src/stages/clean/page-breaks-stage.ts';
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

  it('a marker opening the line names the title after it, also one naming no unit (issue 15)', () => {
    // A page showing only its first part: the marker goes, the title after it is the document's.
    expect(docs(`读书社团工作总结三篇\n【篇一】读书社团工作总结\n${BODY_B}`)).toEqual([
      { title: '读书社团工作总结', first: BODY_B.split('\n')[0] },
    ]);
    // Hard negative: words after the marker that are no title stay the document's text.
    expect(docs(`【篇一】本学期读书社团活动丰富\n${BODY_B}`).map((d) => d.title)).not.toContain(
      '本学期读书社团活动丰富',
    );
  });

  it('splits the part words of 范文 sites: 范文一：, 【范文2】, 范例（三）', () => {
    const text = `幼儿园工会工作计划范文（精选3篇）\n幼儿园工会工作计划范文一：\n${BODY_A}\n【范文2】\n${BODY_B}\n工会工作计划范例（三）：\n${BODY_A}`;
    expect(docs(text)).toEqual([
      // The part word a 范文 site writes before the number is part of the title the page gives (篇 is not).
      { title: '幼儿园工会工作计划范文', first: '一、指导思想' },
      // 【范文2】 names no title: the part is untitled, filed under the compilation's ("…范文（精选3篇）").
      { title: null, first: BODY_B.split('\n')[0] },
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

  it('splits parts numbered in brackets without 篇 (【一】…总结, 【二】…总结), but not bracketed section titles', () => {
    const text = `【一】东湖小学教代会总结\n${BODY_B}\n【二】西岭中学教代会总结\n${BODY_A}`;
    expect(docs(text)).toEqual([
      { title: '东湖小学教代会总结', first: BODY_B.split('\n')[0] },
      { title: '西岭中学教代会总结', first: '一、指导思想' },
    ]);
    const sections = `东湖小学工会工作计划\n【一】指导思想\n以服务教职工为宗旨。\n【二】主要工作\n${BODY_B}`;
    expect(docs(sections).map((d) => d.title)).toEqual(['东湖小学工会工作计划']);
  });

  it('a long hidden-text gap ends one document and starts another; a short one is dropped and its sides stay one', () => {
    const long = `东湖小学工会工作计划\n${BODY_A}\n…… 此处已隐藏6120字 ……\n${BODY_B}`;
    const split = splitCompilation(long);
    expect(split.documents.map((d) => [d.title, d.text.split('\n')[0]])).toEqual([
      ['东湖小学工会工作计划', '一、指导思想'],
      [null, BODY_B.split('\n')[0]],
    ]);
    expect(split.documents.map((d) => d.text).join('\n')).not.toContain('隐藏');
    expect(split.gaps).toEqual([{ notice: '…… 此处已隐藏6120字 ……', hidden: 6120, splits: true }]);
    const short = splitCompilation(`东湖小学工会工作计划\n${BODY_A}\n（此处隐藏120个字）\n${BODY_B}`);
    expect(short.documents).toHaveLength(1);
    expect(short.documents[0]!.text).not.toContain('隐藏');
  });

  it('through clean and split: a notice glued inside a line is a gap, and the text around it is not joined', () => {
    const text = `东湖小学工会工作计划\n${BODY_A}\n3、组织教职工参加区工会的培训,提高工会干部的业务水平,这种帮助已……此处隐藏4176个字……总支的领导下,工会认真履行职责。\n${BODY_B}`;
    const cleaned = joinPageBreaks(removeBoilerplate(text, loadRules()).text).text;
    const parts = splitCompilation(cleaned).documents.map((d) => d.text);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/这种帮助已$/u);
    expect(parts[1]).toMatch(/^总支的领导下/u);
  });

  it('a part marker in brackets with a selling word (…总结(精选篇1)) leaves the title without them', () => {
    const text = `东湖小学三八节活动总结5篇\n东湖小学三八节活动总结(精选篇1)\n${BODY_B}\n东湖小学三八节活动总结(精选篇2)\n${BODY_A}`;
    expect(docs(text).map((d) => d.title)).toEqual(['东湖小学三八节活动总结', '东湖小学三八节活动总结']);
  });

  it('a news list: each teaser ends at its read-more link, which goes', () => {
    const text = `东湖小学召开教代会\n${BODY_B}…… 阅读全文\n校工会举办读书分享会\n${BODY_A}\n《阅读更多》 |`;
    const cleaned = joinPageBreaks(removeBoilerplate(text, loadRules()).text).text;
    const parts = splitCompilation(cleaned).documents;
    expect(parts).toHaveLength(2);
    expect(parts.map((d) => d.text).join('\n')).not.toMatch(/阅读全文|阅读更多/u);
  });

  it('splits an archive of dated posts at their headlines, but not a schedule of dated lines', () => {
    const text = `目前显示的是2025年3月的文章\n2025-03-09〔会务消息〕教职工健步走报名开始\n${BODY_B}\n2025-03-02【工会动态】东湖小学召开教代会\n${BODY_A}`;
    expect(docs(text)).toEqual([
      { title: '教职工健步走报名开始', first: BODY_B.split('\n')[0] },
      { title: '东湖小学召开教代会', first: '一、指导思想' },
    ]);
    const schedule = `东湖小学工会活动安排\n2025-03-08 三八节活动\n2025-04-12 教职工春游\n2025-05-20 教职工健步走`;
    expect(docs(schedule)).toHaveLength(1);
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
    // A number after the new title numbers the part (…工作计划3): the title is the stem (issue 15).
    expect(docs(`城北小学2021年工会工作计划\n${long}\n2021年工会工作计划3\n${BODY_A}`).map((d) => d.title)).toEqual([
      '城北小学2021年工会工作计划',
      '2021年工会工作计划',
    ]);
  });

  it('splits where the parts share one title: the same title line again, whatever its next part opens with', () => {
    const long = `${BODY_A}\n3、做好工会财务管理工作,每学期公开一次工会经费收支情况,接受全体会员监督。\n4、组织教职工参加县教职工运动会。`;
    const text = `教职工秋季登山活动方案\n${long}\n教职工秋季登山活动方案\n为增强教职工体质,校工会决定于十月组织登山活动。`;
    expect(docs(text)).toEqual([
      { title: '教职工秋季登山活动方案', first: '一、指导思想' },
      { title: '教职工秋季登山活动方案', first: '为增强教职工体质,校工会决定于十月组织登山活动。' },
    ]);
    // …but a title the page prints again at its end, with nothing under it, starts nothing.
    expect(docs(`教职工秋季登山活动方案\n${long}\n教职工秋季登山活动方案`)).toHaveLength(1);
  });

  it('splits at a numbered part title over a first section, also when the excerpt starts after part 1', () => {
    const long = `${BODY_B}\n3、做好工会财务管理工作,每学期公开一次工会经费收支情况,接受全体会员监督。\n4、组织教职工参加县教职工运动会和合唱比赛,丰富教职工的业余文化生活。`;
    expect(docs(`${long}\n秋季登山的户外活动方案4\n${BODY_A}`)).toEqual([
      { title: null, first: BODY_B.split('\n')[0] },
      { title: '秋季登山的户外活动方案', first: '一、指导思想' },
    ]);
    // a numbered line inside a plan, over a sentence, is no part title
    expect(docs(`${long}\n活动安排2\n组织教职工参加登山比赛,按小组计名次。`)).toHaveLength(1);
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
    expect(notes.map((n) => n.rule)).toEqual(['split.intro', 'split.compilation', 'split.title', 'split.title']);
  });

  it('notes which shape named each title, so a wrong title can be traced to its rule', () => {
    const { notes } = runSplitStage(
      splitCompilationsStage,
      sourceFromText(`首页 > 计划总结\n城东小学2024年工会工作计划\n${BODY_A}`),
    );
    expect(notes.filter((n) => n.rule === 'split.title').map((n) => [n.reason, n.after])).toEqual([
      ['document 1: title from title-line', '城东小学2024年工会工作计划'],
    ]);
  });
});
