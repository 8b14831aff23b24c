import { describe, expect, it } from 'vitest';
import {
  detectTraditionalVariant,
  toSimplifiedStage,
  traditionalShare,
} from '../../src/stages/convert/to-simplified.ts';
import { runSourceStage, sourceFromText } from '../helpers/run-stage.ts';

describe('convert.t2s', () => {
  it('converts traditional text to simplified and says which config it used', () => {
    const { output, notes } = runSourceStage(
      toSimplifiedStage,
      sourceFromText('學校工會關心教職工，開展「送溫暖」活動，組織會員參加體檢。'),
    );
    expect(output.text).toBe('学校工会关心教职工，开展「送温暖」活动，组织会员参加体检。');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.rule).toMatch(/^t2s\./);
  });

  it('leaves simplified text untouched and silent', () => {
    const text = '学校工会著名的“教工之家”，干部带头参加志愿活动。';
    const { output, notes } = runSourceStage(toSimplifiedStage, sourceFromText(text));
    expect(output.text).toBe(text);
    expect(notes).toEqual([]);
  });

  it('converts Taiwan- and Hong Kong-style variants alike', () => {
    expect(runSourceStage(toSimplifiedStage, sourceFromText('為教職工服務，在校園裡舉辦講座。')).output.text).toBe(
      '为教职工服务，在校园里举办讲座。',
    );
    expect(runSourceStage(toSimplifiedStage, sourceFromText('爲教職工服務，衞生檢查，綫上培訓。')).output.text).toBe(
      '为教职工服务，卫生检查，线上培训。',
    );
  });

  it('detects the variant from marker characters', () => {
    expect(detectTraditionalVariant('為了教職工，在學校裡')).toBe('tw');
    expect(detectTraditionalVariant('爲了教職工，衞生')).toBe('hk');
    expect(detectTraditionalVariant('學校工會')).toBe('t');
  });

  it('measures how traditional a text is', () => {
    expect(traditionalShare('学校工会')).toBe(0);
    expect(traditionalShare('學校工會')).toBeCloseTo(0.5);
  });

  it('rejects an unknown variant option when the pipeline is built', () => {
    expect(() => toSimplifiedStage.options.parse({ variant: 'jp' })).toThrow();
  });
});
