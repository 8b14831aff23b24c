// Pages that lost their list numbers leave "、" at the start of each item ("、进一步…"). That scores like
// mis-decoding debris, but re-reading it "in step" gives a symbol (⒔), not Chinese: no repair (issue 15).
// The lines are written for the test.
import { describe, expect, it } from 'vitest';
import { mojibakeStage } from '../../src/stages/clean/mojibake-stage.ts';
import { runSourceStage, sourceFromText } from '../helpers/run-stage.ts';

describe('clean.mojibake leaves items whose numbers were lost', () => {
  it('"、" + Chinese at a line start is kept as it is, never turned into a symbol', () => {
    const text = [
      '（三）关心教职工生活，维护教职工合法权益。',
      '、进一步完善教代会制度，按时召开教职工代表大会。',
      '、重视教职工的身心健康，组织教职工参加体检。',
      '、培养工会积极分子，发挥工会小组的作用。',
    ].join('\n');
    const { output } = runSourceStage(mojibakeStage, sourceFromText(text));
    expect(output.text).toBe(text);
  });
});
