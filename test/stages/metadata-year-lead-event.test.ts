// A news report whose lead sentence dating its event stands past its first sentences — below an occasion's or a
// history's paragraph, under a poster's short lines, after a quotation — or dates its event as a start or an end
// (…从某日拉开序幕, …胜利闭幕): that full date is the year the report is of (SCHEMA audit 3). Every line here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { documentYear } from '../../src/stages/metadata/document-year.ts';
import { readEventDate } from '../../src/lexicon/layout/years.ts';

const NOW = 2026;
const TITLE = '东湖小学工会开展节日活动';
const news = (text: string) => documentYear(TITLE, text, NOW, { titleOnly: true, newsOpening: text }).year;

describe('a lead event sentence past the first sentences', () => {
  it('reads the dated event below an occasion paragraph', () => {
    const text = [
      '植树节源于一百多年前的一场倡议。后来许多地方都把这一天定为节日。人们在这一天种下树苗。它寄托了人们对绿色的向往。',
      '在这个春天里,东湖小学工会于2019年3月12日带领教职工前往郊外林场举行植树活动,共种下树苗两百棵。',
    ].join('\n');
    expect(news(text)).toBe(2019);
  });

  it('reads the dated event under a poster of short lines', () => {
    const text = [
      '东湖小学',
      '携手同行',
      '共创未来',
      '第五届',
      '第一次',
      '教职工代表大会',
      '我们在路上',
      '回望来时的脚步声',
      '东湖人',
      '同心同向',
      '向前,再向前。',
      '在教育局的指导下,东湖小学于2022年2月20日召开第五届第一次教职工代表大会。',
    ].join('\n');
    expect(news(text)).toBe(2022);
  });

  it('reads the date an event starts from', () => {
    const text = '为丰富职工生活,由区工会主办的《职工读书月》从2021年4月1日拉开序幕,活动包括读书分享、征文比赛等。';
    expect(news(text)).toBe(2021);
  });

  it('reads the date after a quotation the lead was cut behind', () => {
    const text = '”2024年1月6日,东湖小学教职工代表大会胜利闭幕。会议审议通过了学校工作报告。';
    expect(news(text)).toBe(2024);
  });

  it('reads the date after a quotation that opens the report', () => {
    const text =
      '“工会是教职工的家。”2024年1月6日,东湖小学工会主席在教职工代表大会上这样说道。大会审议通过了工会工作报告。';
    expect(news(text)).toBe(2024);
  });

  it('takes no year from a day a later sentence sets ahead', () => {
    const text = [
      '植树节源于一百多年前的一场倡议。后来许多地方都把这一天定为节日。人们在这一天种下树苗。它寄托了人们对绿色的向往。',
      '东湖小学工会定于2019年3月12日举行植树活动,请各分工会做好准备。',
    ].join('\n');
    expect(news(text)).toBeNull();
  });

  it('takes no year from a dated event beyond the lead reach', () => {
    const filler = '工会组织教职工开展了丰富多彩的文体活动,受到大家的欢迎和好评。'.repeat(12);
    const text = [filler, '东湖小学工会于2019年3月12日举行植树活动。'].join('\n');
    expect(news(text)).toBeNull();
  });

  it('reads a full date whose long subject names a group and where it went before the verb', () => {
    // The subject, its party and the place it went to run 40 characters past the date before 开展.
    const text =
      '为加强师德建设,丰富支部生活内容,2019年5月17日下午,东湖小学第二教工党支部全体党员一行二十人前往城郊红色教育基地纪念馆,开展主题党日活动。';
    expect(news(text)).toBe(2019);
    expect(
      readEventDate(
        '为丰富支部生活,2019年5月17日下午,东湖小学第二教工党支部全体党员一行二十人前往城郊红色教育基地纪念馆,开展主题党日活动',
      )?.[1],
    ).toBe('2019');
  });

  it('event-date reads a start or an end as the event', () => {
    expect(readEventDate('《职工读书月》从2021年4月1日拉开序幕')?.[1]).toBe('2021');
    expect(readEventDate('2024年1月6日,东湖小学教职工代表大会胜利闭幕')?.[1]).toBe('2024');
    expect(readEventDate('请于2021年4月1日前报送')).toBeNull();
  });
});
