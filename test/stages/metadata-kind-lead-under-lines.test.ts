// An untitled report whose lead stands under lines that end no sentence — its headline left in the text, byline
// fields, a column label, a clip's time — or has such a line between its paragraphs: those lines are none of the
// lead's paragraphs, so the day it dates its one event on is read (z003, z007 and two wide-sample pages). Every line is
// written for the test.
import { describe, expect, it } from 'vitest';
import { documentKind } from '../../src/stages/metadata/document-kind.ts';
import { documentYear } from '../../src/stages/metadata/document-year.ts';

describe('an untitled report under lines that end no sentence', () => {
  const underHeadline = [
    '东湖小学工会参加“花开东湖”健步走活动',
    '- 摄影:某某',
    '- 点击:',
    '春光正好,百花争艳。 3月7日,东湖小学工会组织女教职工参加了区教育工会举办的2019国际妇女节系列活动。',
    '活动中,大家沿湖边步道行走,一路欢声笑语。教职工们纷纷表示,工会已经开展了多项健身活动,通过这次活动放松了身心,增进了友谊。',
  ].join('\n');

  it('is news, with the year its event states', () => {
    const kind = documentKind(null, underHeadline);
    expect(kind.kind).toBe('other');
    const text = kind.eventLead ?? underHeadline;
    expect(documentYear(null, underHeadline, 2026, { titleOnly: true, newsOpening: text }).year).toBe(2019);
  });

  it('a line between the scene and the day is skipped too', () => {
    const text = [
      '春风送暖,妇女节如期而至。在学校党支部和工会的关心下,开展了庆祝妇女节的联欢活动。',
      '01:25',
      '3月7日活动前夕,工会委员精心组织男教师们排练了一段合唱,为全校的女教职工们送上祝福。',
      '活动在校长的祝福声中结束,女教师们度过了一个愉快的节日,工会工作取得了新的成绩。',
    ].join('\n');
    expect(documentKind(null, text).kind).toBe('other');
  });

  it('photo captions above untitled prose telling of its day are skipped (zb012)', () => {
    const text = [
      '趣味跳绳',
      '接力赛一',
      '接力赛二',
      '冬去春来、岁月更替,又一个新年就要到了。在辞旧迎新之际,我校工会组织了一场热闹的教职工迎新游戏。',
      '1月5日下午3点,游戏正式开始。游戏分个人和团体两项,个人项为趣味跳绳,团体项为接力赛。工会为大家准备了毛巾、牙膏等小奖品,接力赛以年级组为单位进行了两轮比赛,评出了一等奖2名。',
      '这次迎新游戏,老师们得到的不只是奖品,也拉近了彼此的距离,增强了年级组的凝聚力。',
    ].join('\n');
    const kind = documentKind(null, text);
    expect(kind.kind).toBe('other');
    expect(kind.because).toMatch(/tells of its day/u);
  });

  it("a festival's own day, with a guest invited, is the day of one event (zc017)", () => {
    const text = [
      '院系动态',
      '为庆祝“五四”青年节,活跃青年教师的业余生活,节日当天,化学学院工会邀请了某某老师为青年教师进行茶艺讲座,活动在二楼报告厅举行,学院工会主席到场看望了大家。',
      '某某老师从茶的种类、冲泡的水温讲到茶具的选择,现场气氛轻松愉快。青年教师们纷纷动手,为同事泡上了一杯清茶。',
    ].join('\n');
    const kind = documentKind(null, text);
    expect(kind.kind).toBe('other');
    expect(kind.because).toMatch(/tells of its day/u);
  });

  it('a lead broken after its full day and comma is still news (zc005)', () => {
    const text = [
      '2019年5月20日,某某网',
      '第三届教职工代表大会在图书馆报告厅召开。大会由学校党委副书记某某主持。',
      '校长作学校工作报告,回顾了三年来的学校工作,并谈了下一步的设想。',
      '大会审议通过了学校工作报告和工会工作报告,选举产生了新一届工会委员会。',
    ].join('\n');
    expect(documentKind(null, text).kind).toBe('other');
  });

  it('a summary that opens on its year of work stays one', () => {
    const text = [
      '工作总结',
      '一年来,我校工会在校党支部和区教育工会指导下,紧扣学校重点工作,办了几件实事,也有不足。',
      '一、加强教职工思想建设,组织教职工认真学习,提高了教职工的政治素质。',
      '二、开展了丰富多彩的文体活动,3月组织了三八节趣味运动会,10月举办了教职工篮球赛。',
    ].join('\n');
    expect(documentKind(null, text).kind).toBe('summary');
  });
});
