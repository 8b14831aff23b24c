// The boilerplate stage skips a line for an inline rule when the rule's probe (the pattern without its optional
// lead) finds nothing: the probe must answer "does the pattern match anywhere?" exactly as the pattern does.
import { describe, expect, it } from 'vitest';
import { loadRules, probeFor } from '../../src/stages/clean/boilerplate-rules.ts';

const LINES = [
  '',
  '学校工会组织教职工开展健步走活动。',
  '今天小编为大家整理了一篇工会工作计划，希望对你有帮助！',
  '小编',
  '以上就是小编分享的内容',
  '本文来自网络，如有侵权请联系删除。资料共分享，欢迎下载！',
  '内容来自网络，若有侵权，请告知',
  '请联系删除',
  '一、指导思想。二、工作目标小编，三、主要措施',
  '第3页共5页',
];

describe('boilerplate probes', () => {
  it('builds a probe only for a leading optional class with no top-level alternative', () => {
    expect(probeFor('[^。]{0,80}小编[^。]{0,8}', 'u')?.source).toBe('小编[^。]{0,8}');
    expect(probeFor('[^。]{0,80}小编|广告', 'u')).toBeNull();
    expect(probeFor('(?:[^。]{0,80}小编|广告)', 'u')).toBeNull();
    expect(probeFor('[^。]{1,80}小编', 'u')).toBeNull();
    expect(probeFor('[^\\]]{0,9}(?:a|b)', 'u')?.source).toBe('(?:a|b)');
  });

  it('gives the same answer as the whole pattern on every line, for every rule that has one', () => {
    const withProbe = loadRules().filter((r) => r.probe);
    expect(withProbe.length).toBeGreaterThan(0);
    for (const rule of withProbe) {
      for (const line of LINES) {
        rule.global.lastIndex = 0;
        expect(rule.probe!.test(line), `${rule.id}: ${line}`).toBe(rule.global.test(line));
      }
    }
  });
});
