import { describe, expect, it } from 'vitest';
import { readGbkLosingDebris, simulateOutOfStep } from '../../src/eval/gbk-mojibake-simulator.ts';
import { mojibakeStage } from '../../src/stages/clean/mojibake-stage.ts';
import { repairLine } from '../../src/stages/clean/mojibake/repair-line.ts';
import { stripPinyinAnnotations } from '../../src/stages/clean/pinyin-stage.ts';
import { runSourceStage, sourceFromText } from '../helpers/run-stage.ts';

const traditional = { script: 'traditional' as const };
const simplified = { script: 'simplified' as const };
const repair = (line: string, ctx: { script: 'traditional' | 'simplified' } = traditional) => repairLine(line, ctx);
const readable = (line: string) => stripPinyinAnnotations(line).text.replace(/,/g, '，');

describe('GBK read one byte out of step', () => {
  it('reproduces the debris of the traditional sample from its own text', () => {
    // The mechanism, checked: these are exactly the runs sample 001 shows.
    expect(simulateOutOfStep('（一）加強領(lǐng)導')).toBe('。ㄒ唬┘訌婎I(lǐng)導');
    expect(simulateOutOfStep('（三）關(guān)愛職工')).toBe('。ㄈ╆P(guān)愛職工');
  });

  it('loses private-use pairs and broken pairs like the pages did', () => {
    expect(readGbkLosingDebris(Buffer.from([0xb9, 0xa4, 0xfd, 0xa3, 0xbb, 0xe1]))).toBe('工会');
    expect(readGbkLosingDebris(Buffer.from([0xd3, 0x2c, 0xbb, 0xe1]))).toBe(',会');
  });
});

describe('clean.mojibake', () => {
  // Headings written for this test, garbled by the simulator and repaired. Some runs lose two private-use
  // pairs in a row, which the repair does not restore; most must come back exactly.
  it('repairs most headings read out of step, each as one noted run', () => {
    const headings = [
      '（一）加強工會組織建設',
      '（二）健全教代會(huì)制度',
      '（五）開展送溫暖活動',
      '（四）重視女職工工作',
      '（三）關(guān)心退休教師',
      '（一）規範財務管理',
      '（六）豐富文體活動',
      '（二）推進校務公開',
    ];
    let exact = 0;
    for (const original of headings) {
      const garbled = simulateOutOfStep(original);
      expect(garbled).not.toBe(original);
      const { text, repairs } = repair(garbled);
      expect(repairs.length).toBeLessThanOrEqual(1);
      if (readable(text) === stripPinyinAnnotations(original).text) exact++;
    }
    expect(exact).toBeGreaterThanOrEqual(5);
  });

  it('repairs a run and keeps the text around it', () => {
    const garbled = simulateOutOfStep('（五）開展送溫暖活動');
    expect(repair(`${garbled},慰問困難教職工。`).text).toBe('（五）開展送溫暖活動,慰問困難教職工。');
  });

  it('recovers a character whose lead byte was lost from its surviving pinyin', () => {
    // 現 is GBK AC 46; with AC lost, "F" and the annotation remain.
    const { text, repairs } = repair('工作穩步推進,F(xiàn)將半年來的工作總結如下:');
    expect(readable(text)).toContain('現將半年來');
    expect(repairs[0]!.recovered.join()).toMatch(/現/);
  });

  it('recovers a trail byte lost before punctuation when a word confirms it', () => {
    // 。ㄈ┳ザ讲榇俾鋵 : the run ends on the lead byte of 實, confirmed by 落實.
    const { text } = repair('。ㄈ┳ザ讲榇俾鋵。進一步加大檢查力度。');
    expect(text).toBe('（三）抓督查促落實。進一步加大檢查力度。');
  });

  it.each([
    ['simplified prose with rare characters', '组织教职工参加乒乓球、羽毛球比赛,开展“读书月”活动。', simplified],
    ['traditional prose', '學校工會組織教職工參加健康體檢,並為退休教師送去慰問品。', traditional],
    ['placeholders and Latin text', 'xx小学□□工会在20xx年举办卡拉OK比赛,A区教师参加PPT培训。', simplified],
    ['real numbered items and brackets', '（一）加强领导,精心组织。(2)广泛宣传;③严格考核。', simplified],
    // 〇 is the zero of numbers written in characters, rare in prose but no debris: 八〇〇 was read as a run.
    ['numbers written with 〇', '全國八〇〇位教師參加研習,二〇〇八年一月八日公布。', traditional],
    ['a sign-off date with 〇', '各组按期上交二〇〇九年活动小结。\n二〇〇九年三月二日', simplified],
  ])('leaves %s alone', (_name, line, ctx) => {
    expect(repair(line, ctx).text).toBe(line);
  });

  it('keeps a rare but real character that only a reading losing a byte would replace', () => {
    // 黄塱 read out of step is a likelier pair plus a lost byte, at a small gain: text would be deleted.
    expect(repair('在黄塱中学举行交流活动').text).toBe('在黄塱中学举行交流活动');
    expect(repair('在黄塱中学举行交流活动').repairs).toEqual([]);
  });

  it('keeps what it cannot repair and says so', () => {
    // A lone piece of debris between spaces: no reading of its bytes is better, so it stays, noted.
    const { output, notes } = runSourceStage(mojibakeStage, sourceFromText('組織教職工參加體檢 ㄒ 並慰問退休教師。'));
    expect(output.text).toBe('組織教職工參加體檢 ㄒ 並慰問退休教師。');
    expect(notes.some((n) => n.rule === 'mojibake.unrepaired' && n.level === 'warn')).toBe(true);
  });

  it('notes each repair with the run before and after', () => {
    const { output, notes } = runSourceStage(
      mojibakeStage,
      sourceFromText('一、政務服務\n。ㄒ唬┘訌婎I(lǐng)導(dǎo),完善機制'),
    );
    expect(output.text).toBe('一、政務服務\n（一）加強領(lǐng)導(dǎo),完善機制');
    expect(notes).toEqual([
      expect.objectContaining({ rule: 'mojibake.gbk-shift', before: '。ㄒ唬┘訌婎I', after: '（一）加強領' }),
    ]);
  });

  it('reads a page with a 〇 numeral as a text without debris', () => {
    const text = '本會二〇一〇年共有三〇〇位會員參加研習，反應熱烈。';
    const { output, notes } = runSourceStage(mojibakeStage, sourceFromText(text));
    expect(output.text).toBe(text);
    expect(notes).toEqual([]);
  });

  it('does nothing to a text without debris', () => {
    const text = '一、指導思想\n以服務教職工為宗旨,認真履行工會職能。';
    const { output, notes } = runSourceStage(mojibakeStage, sourceFromText(text));
    expect(output.text).toBe(text);
    expect(notes).toEqual([]);
  });
});
