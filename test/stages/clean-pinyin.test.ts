import { describe, expect, it } from 'vitest';
import { pinyinStage, stripPinyinAnnotations } from '../../src/stages/clean/pinyin-stage.ts';
import { runSourceStage, sourceFromText } from '../helpers/run-stage.ts';

describe('clean.pinyin', () => {
  it.each([
    ['traditional', '學(xué)校工會組織教職工學(xué)習(xí)。', '學校工會組織教職工學習。'],
    ['simplified', '组(zǔ)织教职工参加(cān)健康体检。', '组织教职工参加健康体检。'],
    ['full-width brackets', '關（guān）心困難職工。', '關心困難職工。'],
    ['polyphonic character', '宣傳(chuán)工會法。', '宣傳工會法。'],
    ['a space before the closing bracket', '关心教(jiào )师的生(shēng )活。', '关心教师的生活。'],
    ['spaces on both sides', '组织教职工学( xué )习。', '组织教职工学习。'],
  ])('removes annotations: %s', (_name, input, expected) => {
    expect(stripPinyinAnnotations(input).text).toBe(expected);
  });

  it.each([
    ['a compilation count', '小学工会工作计划(二篇)'],
    ['an edition', '養殖水域規劃(修編)'],
    ['Latin words', '举办卡拉(OK)比赛和(APP)培训'],
    ['pinyin without tone marks', '写出(xue)字的拼音'],
    ['a numbered bracket', '(1)加强领导,精心组织。'],
    ['a spaced Latin word', '开展( OK )卡拉比赛'],
  ])('keeps real brackets: %s', (_name, input) => {
    expect(stripPinyinAnnotations(input).text).toBe(input);
  });

  it('removes an annotation whose character was lost, with a warning', () => {
    const { output, notes } = runSourceStage(pinyinStage, sourceFromText('推進,F(xiàn)將半年來工作總結如下'));
    expect(output.text).toBe('推進,F將半年來工作總結如下');
    expect(notes).toEqual([expect.objectContaining({ rule: 'pinyin.orphan-annotation', level: 'warn' })]);
  });

  it('counts the annotations it removed in one note, and says nothing when there are none', () => {
    expect(runSourceStage(pinyinStage, sourceFromText('學(xué)習(xí)')).notes.map((n) => n.rule)).toEqual([
      'pinyin.annotation',
    ]);
    expect(runSourceStage(pinyinStage, sourceFromText('学习工会法')).notes).toEqual([]);
  });
});
