import { describe, expect, it } from 'vitest';
import { joinPageBreaks, pageBreaksStage } from '../../src/stages/clean/page-breaks-stage.ts';
import { runSourceStage, sourceFromText } from '../helpers/run-stage.ts';

// A 文库 preview written for this test: three pages, each cut wherever it ended, each opened by a counter.
const PAGE1 =
  '1、东湖小学工会工作计划一、指导思想以服务教职工为宗旨,认真履行工会维护、建设、参与、教育四项职能。二、主要工作1、召开教代会,审议学校年度工作报告和绩效工资方案。2、开展师德师风建设,评选本年度师德标兵,组织教职';
const PAGE2 =
  '2、工学习先进事迹。3、做好困难教职工帮扶工作,建立困难教职工档案,节日期间上门慰问。4、组织教职工参加健康体检,开展心理健康讲座,关心教职工身心健康,切实为教职工办好事、办实事、解';
const PAGE3 = '3、难事。5、做好工会经费管理,接受会员监督。';

describe('clean.page-breaks', () => {
  it('joins preview pages and drops their counters, keeping the real items inside', () => {
    const { text, joins } = joinPageBreaks(`${PAGE1}\n\n${PAGE2}\n\n${PAGE3}`);
    expect(text).toContain('组织教职工学习先进事迹。3、做好困难教职工帮扶工作');
    expect(text).toContain('办实事、解难事。5、做好工会经费管理');
    expect(text.startsWith('东湖小学工会工作计划')).toBe(true);
    expect(text.split('\n')).toHaveLength(1);
    expect(joins.map((j) => j.rule)).toEqual(['page-counter', 'page-counter', 'page-counter']);
  });

  it('leaves a real numbered list alone, even with long items', () => {
    const list = [
      '1、召开教职工代表大会,审议学校年度工作报告、财务预决算报告和绩效工资分配方案,听取教职工对学校工作的意见和建议,落实教职工的知情权、参与权和监督权。',
      '2、开展师德师风建设活动,组织教职工学习《中小学班主任工作规定》,开展师德演讲比赛和师德标兵评选活动,树立先进典型,弘扬高尚师德。',
      '3、做好困难教职工帮扶工作。',
    ].join('\n');
    expect(joinPageBreaks(list)).toEqual({ text: list, joins: [] });
  });

  it("leaves lists whose numbering restarts alone: a later list's 1、 right above its 2、 is no page counter", () => {
    const schedule = [
      '3月',
      '一、举办教职工健身月活动(3月5日—28日)',
      '1、 趣味投篮赛(定点投篮、运球接力、一分钟投篮);',
      '4月',
      '一、组织教职工春季踏青活动,各工会小组分批参加,注意出行安全,做好活动记录和照片收集工作。',
      '二、举办教职工读书分享会,每个工会小组推荐一名代表交流读书心得。',
      '9月',
      '一、举办教职工排球比赛(9月10日—24日)',
      '1、小组循环赛',
      '2、淘汰赛',
    ].join('\n');
    expect(joinPageBreaks(schedule)).toEqual({ text: schedule, joins: [] });
  });

  it('joins a line broken inside a word and keeps a line that only lacks its full stop', () => {
    const broken =
      '学校工会积极配合学校开展“师徒结对”活动,广大骨干教师积极帮助青年教师,形成了积极向上的师德师\n风。同时,工会组织教师开展教学观摩活动。';
    expect(joinPageBreaks(broken).text).toBe(
      '学校工会积极配合学校开展“师徒结对”活动,广大骨干教师积极帮助青年教师,形成了积极向上的师德师风。同时,工会组织教师开展教学观摩活动。',
    );
    const complete =
      '配合学校继续做好师徒结对工作,通过学校搭建的平台,让青年教师在实践中更快成长\n新的一年里,我们将继续团结协作、积极进取。';
    expect(joinPageBreaks(complete).text).toBe(complete);
  });

  it('does not join a heading, an item or a title to the line before', () => {
    const text =
      '工会要进一步加强自身建设,关心教职工的工作、学习和生活,尤其要关注带病工作的教职工的生活情况\n4、大力加强工会组织建设。\n城南小学工会2020年工作计划';
    expect(joinPageBreaks(text).text).toBe(text);
  });

  it('notes each join with the text around it', () => {
    const { notes } = runSourceStage(pageBreaksStage, sourceFromText(`${PAGE1}\n\n${PAGE2}`));
    expect(notes[1]).toMatchObject({ rule: 'page-breaks.page-counter', before: expect.stringContaining('⏎2、') });
  });

  describe('page numbers left inside a sentence', () => {
    const para = (n: number) =>
      `${n}、组织教职工开展读书活动,每学期评选3名读书之星,建立教工书屋,订阅报刊20种,开展读书沙龙和好书推荐,营造书香校园。`.repeat(
        4,
      );
    it('drops a run of page numbers spaced into sentences a page apart', () => {
      const text = `${para(1)}进一步完善各 2 项措施,${para(2)}关心教职工 3 生活,${para(3)}`;
      const { text: out, joins } = joinPageBreaks(text);
      expect(out).toContain('完善各项措施');
      expect(out).toContain('关心教职工生活');
      expect(joins.map((j) => j.rule)).toEqual(['inline-page-number', 'inline-page-number']);
    });

    it.each([
      ['a text that spaces its numbers', '全年开展 12 次活动,评选 3 名先进,慰问 20 户困难职工。'],
      ['a date', '一、工作安排\n计划于 3 月开展登山活动,5 日前报名。'],
      ['an ordinal', '召开第 2 次教代会。'],
      ['a lone spaced number among unspaced ones', '全年接待教职工 61 名,受理意见10件,办结10件。'],
      ['a list', '1、召开教代会。\n2、开展师德建设。'],
    ])('keeps %s', (_name, text) => {
      const long = `${para(1)}\n${text}`;
      expect(joinPageBreaks(long).text).toBe(long);
    });
  });
});
