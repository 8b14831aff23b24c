// A year's owner (SCHEMA audit 3): the year a text states for itself, against a year that belongs to another
// document it names — a cited 《…》 name, a plan or outline it follows or conveys. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { documentYear } from '../../src/stages/metadata/document-year.ts';
import { metadataStage } from '../../src/stages/metadata/metadata-stage.ts';
import { newDocument } from '../../src/model/items.ts';
import { runDocumentStage } from '../helpers/run-stage.ts';

const NOW = 2025;

describe("a year belonging to another document is not the text's", () => {
  it.each([
    [
      'a span in a cited plan, and a plan followed',
      '按照省教育工会《职工之家建设三年规划(2021-2023年)》和本校工会2023年工作计划的要求，工会将在5月评比职工小家。',
    ],
    ['an outline followed, without a verb of its own', '根据区教育工会2022年工作要点，结合本校实际，开展以下工作。'],
    [
      'an outline conveyed at a meeting, named twice',
      '日前，东湖中学工会召开委员会议。\n会上宣读了2019年区教育局工作要点，王主任说，2019年区教育局工作要点对工会提出了新要求。',
    ],
  ])('%s', (_name, text) => {
    expect(documentYear(null, text, NOW).year).toBeNull();
    expect(documentYear(null, text, NOW, { titleOnly: true, newsOpening: text }).year).toBeNull();
  });
});

describe("the text's own year still reads", () => {
  it.each([
    ['its own plan drawn up', '根据上级工会要求，现制定2023年工会工作计划如下：', 2023],
    ['the year as its topic, before the outline it follows', '2022年，我校工会将围绕区工会工作要点开展工作。', 2022],
    ['a plan it carries on is its own year', '继续执行上半年制定的2021年工会工作计划，补充如下：', 2021],
    ['the topic of a sentence about an outline', '2018年是学校三年规划的开局之年，工会将做好以下工作。', 2018],
    ['a year of its own beside a cited one', '结合本校2024年度重点工作和上级工会工作要点，特制定本计划。', 2024],
  ])('%s', (_name, text, year) => {
    expect(documentYear(null, text, NOW).year).toBe(year);
  });

  it('a report whose cited notice bears out the year of its event', () => {
    const text =
      '为贯彻上级工会《关于开展2016年女职工关爱行动的通知》精神，经研究，决定在全校开展2016年女职工健康检查工作。';
    expect(documentYear(null, text, NOW, { titleOnly: true, newsOpening: text }).year).toBe(2016);
  });
});

describe('a hidden year in a followed document hides nothing of the text', () => {
  const metaOf = (text: string) => {
    const doc = newDocument('/y', 1, text, '小学工会工作计划');
    doc.meta.year = 2021; // the compilation's heading year
    doc.meta.kind = 'plan';
    return runDocumentStage(metadataStage, doc, { currentYear: NOW }).output.meta;
  };
  it('the heading year passes to a part that follows an outline of xx年', () => {
    expect(metaOf('一、指导思想\n根据县教育工会 xx 年工作要点，结合本校实际，扎实做好工会工作。').year).toBe(2021);
  });
  it('a part hiding its own year keeps none', () => {
    expect(metaOf('一、指导思想\n20xx年，我校工会将继续做好各项工作。').year).toBeNull();
  });
});

describe("a report's own date is its event's (SCHEMA audit 3)", () => {
  const news = (text: string) => documentYear(null, text, NOW, { titleOnly: true, newsOpening: text }).year;
  it('the occasion first, the event dated in the next sentence', () => {
    const text =
      '三八节来临，东湖幼儿园工会为女教师准备了一场节日联欢。\n2024年3月7日下午，女教职工们在多功能厅参加了手工比赛。';
    expect(news(text)).toBe(2024);
  });
  it('a date inside a later sentence is no event date of the report', () => {
    const text = '近日，东湖幼儿园工会召开委员会议。会议决定，教职工运动会定于2024年4月12日举行。';
    expect(news(text)).toBeNull();
  });
  // 前往 (set out for) after a date is a verb, not the 前 of a deadline (…日前报送); texts written here.
  it.each([
    ['东湖中学工会于2017年3月8日前往南山农庄举行女教职工踏青活动。', 2017],
    ['2023年5月20日，东湖小学工会组织教职工前往郊野公园开展健步走活动。', 2023],
  ])('a date followed by 前往 is the event’s: %s', (text, year) => {
    expect(news(text)).toBe(year);
  });
  it('a deadline still dates no event', () => {
    expect(news('请各分工会于2017年3月8日前报送参赛名单，校工会将举办趣味运动会。')).toBeNull();
  });
  it('past the opening paragraphs a dated sentence is another event', () => {
    const text =
      '近日，东湖幼儿园工会召开委员会议，全体委员参加。\n会上，委员们讨论了本学期的工会工作安排。\n2019年5月4日，幼儿园工会获评区先进职工之家。';
    expect(news(text)).toBeNull();
  });
});

// A summary given at the next year's first meeting opens with that meeting's date (某年元月…) and names the year of
// work it sums up by 年度: the 年度 is its year (a known open item of the sealed measurement; texts written here).
describe('the year of work named by 年度 over the next year’s dated meeting', () => {
  it.each([
    ['2019年元月，东湖小学工会召开全体会员大会，总结2018年度工会工作。一年来，我们开展了慰问活动。', 2018],
    ['2021年元月，学校工会召开2020年度工作总结会。现将一年来的工作总结如下：', 2020],
  ])('%s → %i', (text, year) => {
    expect(documentYear(null, text, NOW).year).toBe(year);
    const doc = newDocument('/w', 1, text, '学校工会工作总结');
    expect(runDocumentStage(metadataStage, doc, { currentYear: NOW }).output.meta.year).toBe(year);
  });

  it.each([
    ['the first year stated as the text’s own', '2019年，学校工会总结了2018年度工作经验，开展了多项活动。', 2019],
    ['an honour of the year before', '2019年元月，学校工会荣获2018年度先进工会工作单位称号，开展了慰问。', 2019],
    ['the same year', '2018年12月，学校工会召开2018年度工作总结会，开展了慰问活动。', 2018],
  ])('%s', (_name, text, year) => {
    expect(documentYear(null, text, NOW).year).toBe(year);
  });
});

// A news report's first sentence may name an honour's year (获评“2022年度…先进”, 继2013年荣获…之后): it is not the
// year the report is of (SCHEMA audit 3; a wide sample of unseen sites). Texts written for these tests.
describe('an honour’s year in a news report’s first sentence', () => {
  it.each([
    ['an honour won', '东风电力公司两家工会获评“2023年度电力行业模范职工之家”。近日，评选结果公布。'],
    ['an earlier honour', '继2014年荣获“省级模范职工小家”称号之后，今年，南岭供电所再获全国殊荣。'],
  ])('%s', (_name, text) => {
    expect(documentYear(null, text, NOW, { titleOnly: true, newsOpening: text }).year).toBeNull();
  });

  it('the report’s own year still reads', () => {
    const text = '7月6日上午，东湖中学女工委召开2019年上半年女职工工作总结会议。';
    expect(documentYear(null, text, NOW, { titleOnly: true, newsOpening: text }).year).toBe(2019);
  });
});

// A news report's later sentence may date its event (SCHEMA audit 3), but a line that is a date alone under it is
// its sign-off (…的放松。⏎2023年12月26日), no event (a wide sample of unseen sites). Texts written for these tests.
describe('a date alone on a report’s last line', () => {
  const news = (text: string) => documentYear(null, text, NOW, { titleOnly: true, newsOpening: text }).year;
  it('is its sign-off, not its event', () => {
    expect(news('本月20日下午，校工会在操场组织了迎新游园活动，教职工兴致勃勃。\n2022年12月21日')).toBeNull();
    expect(news('本月20日下午，校工会组织了迎新游园活动。\n2022-12-21')).toBeNull();
  });

  it('a later sentence dating the event still reads', () => {
    expect(news('新年将至，校工会为教职工准备了游园活动。2022年12月20日下午，教职工在操场参加了游园。')).toBe(2022);
  });
});

// A report whose opening names one year only for an honour (获评“2022年度…”, 表彰了2021-2022年度…) or for the work its
// meeting looked back on (总结了2016年度…工作。2016年…) is of no year it states (SCHEMA audit 3; a wide sample of
// unseen sites). Texts written for these tests.
describe('the one year an opening names, owned by an honour or by work reviewed', () => {
  const news = (text: string) => documentYear(null, text, NOW, { titleOnly: true, newsOpening: text }).year;
  it.each([
    [
      'work its meeting looked back on, narrated again',
      '元月10日上午，退教支会举行迎春联欢会。\n会长总结了2018年度支会工作。2018年支会开展了一系列活动，在2018年度中组织了多次学习。',
    ],
    [
      'an honour won, the year named again for the work behind it',
      '东风电力公司两家工会获评“2022年度电力行业最美职工之家”。\n两家工会2022年内开展了多项劳动竞赛。',
    ],
    [
      'honours for a span of years',
      '11月21日，省教育工会信息工作会议在东湖召开。会议表彰了2021-2022年度信息工作先进集体，东湖学院工会荣获“2021-2022年度信息工作一等奖”。',
    ],
  ])('%s', (_name, text) => {
    expect(news(text)).toBeNull();
  });

  it('a year its opening names for its own work, twice, still reads', () => {
    expect(news('3月2日，东湖中学工会召开委员会议。会上部署了2019年工会工作，明确了2019年工作重点。')).toBe(2019);
  });
});

// The new year a report's occasion welcomes (在2019年元旦即将来临之际) is not its year when its event is dated in
// December: the event falls in the year before (SCHEMA audit 3, as 迎接2017年元旦 with events on 12月28日).
describe('the new year welcomed by a December event', () => {
  const news = (text: string) => documentYear(null, text, NOW, { titleOnly: true, newsOpening: text }).year;
  it.each([
    [
      'the new year’s day near',
      '为丰富教职工生活，12月28日下午，在2019年元旦即将来临之际，东湖镇教育工会举行了趣味运动会。',
    ],
    ['the year itself near', '2020年即将来临之际，为营造节日氛围，12月27日，东湖学院工会举办了联欢活动。'],
  ])('%s → no year', (_name, text) => {
    expect(news(text)).toBeNull();
  });

  it.each([
    ['an event in January', '在2019年元旦春节来临之际，1月3日上午，学校工会向全校教职工发放了慰问品。', 2019],
    ['the spring festival, no December', '在2022年春节来临之际，校工会组织了退休教师慰问活动。', 2022],
  ])('%s → its year', (_name, text, year) => {
    expect(news(text)).toBe(year);
  });
});
