// A news page's dateline (本报讯, 某某周报3月9日某地讯) and credit ((某某工会供稿)) are site chrome and go in
// clean.boilerplate, yet they say the text is a news report and which union wrote it: the clean stage keeps what
// they said on the source, the split gives it to a page's one document, and the metadata stage reads it. Every
// text here is written for the test.
import { describe, expect, it } from 'vitest';
import { newDocument } from '../../src/model/items.ts';
import { boilerplateStage, newsLines } from '../../src/stages/clean/boilerplate-stage.ts';
import { chromeLinesStage } from '../../src/stages/clean/chrome-lines-stage.ts';
import { documentKind } from '../../src/stages/metadata/document-kind.ts';
import { metadataStage } from '../../src/stages/metadata/metadata-stage.ts';
import { loadOrgSuffixes, OrganisationFinder } from '../../src/stages/metadata/organisation.ts';
import { splitCompilationsStage } from '../../src/stages/split/split-stage.ts';
import { runDocumentStage, runSourceStage, runSplitStage, sourceFromText } from '../helpers/run-stage.ts';

const REPORT =
  '为丰富女教职工的节日生活，东湖小学全体女教师参加了座谈会。\n工会主席作了讲话，向女教职工致以节日问候，会后开展了趣味游戏。';

describe('the clean stage keeps what a removed dateline and credit said', () => {
  it.each([
    ['本报讯 ', '本报讯'],
    ['某某日报5月12日某县讯 ', '某某日报5月12日某县讯'],
    ['(本网讯)', '(本网讯)'],
  ])('a dateline "%s"', (dateline, kept) => {
    const { output } = runSourceStage(boilerplateStage, sourceFromText(`${dateline}${REPORT}`));
    expect(output.text).toBe(REPORT);
    expect(output.newsLines).toEqual({ dateline: kept, credit: null });
  });

  it('a credit at the end, and a dateline with its reporter', () => {
    const { output } = runSourceStage(
      boilerplateStage,
      sourceFromText(`本网讯(通讯员 李某)${REPORT}\n(东湖县教育工会供稿/办公室编辑)`),
    );
    expect(output.newsLines?.dateline).toContain('本网讯');
    expect(output.newsLines?.credit).toContain('东湖县教育工会供稿');
  });

  it('none on a page without them', () => {
    const { output } = runSourceStage(boilerplateStage, sourceFromText(`当前位置：首页 > 工会动态\n${REPORT}`));
    expect(output.newsLines ?? null).toBeNull();
  });

  it('tells a credit from a dateline by 讯 (通讯员 alone is a credit)', () => {
    const removals = [
      { rule: 'news-dateline', why: '', line: 9, text: '(通讯员 王某 供稿)', wholeLine: true },
      { rule: 'page-counter', why: '', line: 1, text: '浏览次数:12', wholeLine: true },
    ];
    expect(newsLines(removals)).toEqual({ dateline: null, credit: '(通讯员 王某 供稿)' });
    expect(newsLines([removals[1]!])).toBeNull();
  });
});

describe('the chrome-lines stage keeps what the credit lines it removes said', () => {
  it.each([
    ['an editor and a reviewer by colon', ['编辑：王丽', '审核：李明'], '编辑：王丽 审核：李明'],
    [
      'a writer, editor and review chain by slash',
      ['文/王丽', '编辑/王丽', '初审/赵强', '终审/钱进'],
      '文/王丽 编辑/王丽 初审/赵强 终审/钱进',
    ],
    [
      'a review chain numbering its roles',
      ['初审(一审)：王丽', '终审（三审）：李明'],
      '初审(一审)：王丽 终审（三审）：李明',
    ],
  ])('%s', (_, lines, credit) => {
    const { output, notes } = runSourceStage(chromeLinesStage, sourceFromText([REPORT, ...lines].join('\n')));
    expect(output.text.trim()).toBe(REPORT);
    expect(output.newsLines).toEqual({ dateline: null, credit });
    expect(notes).toContainEqual(expect.objectContaining({ rule: 'chrome-lines.news-credit', after: credit }));
  });

  it('a credit in brackets closing the report’s last line', () => {
    const { output } = runSourceStage(chromeLinesStage, sourceFromText(`${REPORT}(工会办 王丽 审核 李明)`));
    expect(output.text.trim()).toBe(REPORT);
    expect(output.newsLines).toEqual({ dateline: null, credit: '(工会办 王丽 审核 李明)' });
  });

  it('an untitled report so credited reads as news through the metadata stage', () => {
    const { output } = runSourceStage(chromeLinesStage, sourceFromText(`${REPORT}\n编辑：王丽\n审核：李明`));
    const doc = { ...newDocument('/n', 1, output.text.trim()), newsLines: output.newsLines };
    expect(runDocumentStage(metadataStage, doc, { currentYear: 2025 }).output.meta.kind).toBe('other');
    expect(documentKind(null, output.text.trim()).kind).toBe('summary');
  });

  it('keeps the credit clean.boilerplate found, and its dateline', () => {
    const item = {
      ...sourceFromText(`${REPORT}\n编辑：王丽`),
      newsLines: { dateline: '本报讯', credit: '(东湖县教育工会供稿)' },
    };
    expect(runSourceStage(chromeLinesStage, item).output.newsLines).toEqual(item.newsLines);
    const dated = { ...sourceFromText(`${REPORT}\n编辑：王丽`), newsLines: { dateline: '本报讯', credit: null } };
    expect(runSourceStage(chromeLinesStage, dated).output.newsLines).toEqual({
      dateline: '本报讯',
      credit: '编辑：王丽',
    });
  });

  it('no credit from a byline above the text, nor from a page without credit lines', () => {
    const byline = runSourceStage(chromeLinesStage, sourceFromText(`作者：王丽\n${REPORT}`)).output;
    expect(byline.newsLines ?? null).toBeNull();
    expect(runSourceStage(chromeLinesStage, sourceFromText(REPORT)).output.newsLines ?? null).toBeNull();
  });
});

describe('the split gives them to the page’s one document only', () => {
  it('one document', () => {
    const item = { ...sourceFromText(REPORT), newsLines: { dateline: '本报讯', credit: null } };
    const { output } = runSplitStage(splitCompilationsStage, item);
    expect(output.map((d) => d.newsLines)).toEqual([{ dateline: '本报讯', credit: null }]);
  });

  it('not the parts of a compilation', () => {
    const body = '一、指导思想\n以服务教职工为中心，团结全体会员，做好各项工作，推动学校发展。';
    const item = {
      ...sourceFromText(`精选2篇\n学校工会工作计划 篇1\n${body}\n学校工会工作计划 篇2\n${body}二`),
      newsLines: { dateline: '本报讯', credit: null },
    };
    const { output } = runSplitStage(splitCompilationsStage, item);
    expect(output.length).toBe(2);
    expect(output.every((d) => d.newsLines === undefined)).toBe(true);
  });
});

describe('the metadata stage reads them', () => {
  it('a dated text is news, whatever its sentences’ tense', () => {
    expect(documentKind(null, REPORT).kind).toBe('summary');
    expect(documentKind(null, REPORT, undefined, '本报讯')).toMatchObject({ kind: 'other' });
  });

  it('a credited text is news, whatever its sentences’ tense', () => {
    expect(documentKind(null, REPORT, undefined, null, '(工会办 王丽 审核 李明)')).toMatchObject({ kind: 'other' });
    expect(documentKind('东湖小学2024年工会工作总结', REPORT, undefined, null, '(工会办 王丽)').kind).toBe('summary');
  });

  it('a title that says what the text is still decides', () => {
    expect(documentKind('东湖小学2024年工会工作总结', REPORT, undefined, '本报讯').kind).toBe('summary');
    expect(
      documentKind('东湖小学2024年工会工作计划', '本学期工会将组织教职工开展座谈会。', undefined, '本报讯').kind,
    ).toBe('plan');
  });

  it('the union a credit names is the org when the text names none', () => {
    const orgs = new OrganisationFinder(loadOrgSuffixes());
    const text = '工会组织女教职工开展了座谈会，会后开展了趣味游戏。';
    expect(orgs.find(null, text, '(东湖县教育工会供稿/办公室编辑)')).toEqual({
      org: '东湖县教育',
      anonymised: false,
      from: 'credit',
    });
    expect(orgs.find(null, text, '(撰稿:王某 编辑:李某)').org).toBeNull();
    // The text's own name comes first.
    expect(orgs.find(null, `西山中学工会${text}`, '(东湖县教育工会供稿)').org).toBe('西山中学');
  });

  it('through the stage', () => {
    const doc = { ...newDocument('/n', 1, REPORT), newsLines: { dateline: '本报讯', credit: '(南岭县教育工会供稿)' } };
    const out = runDocumentStage(metadataStage, doc, { currentYear: 2025 }).output;
    expect([out.meta.kind, out.meta.org]).toEqual(['other', '东湖小学']);
    const plain = {
      ...newDocument('/n', 1, '工会组织女教职工开展了座谈会，会后开展了趣味游戏。'),
      newsLines: doc.newsLines,
    };
    expect(runDocumentStage(metadataStage, plain, { currentYear: 2025 }).output.meta.org).toBe('南岭县教育');
  });
});
