import { describe, expect, it } from 'vitest';
import { runCleanEval } from '../../src/eval/clean-eval.ts';
import { checkFloors, loadFloors } from '../../src/eval/floors.ts';
import { runSplitEval } from '../../src/eval/split-eval.ts';

// The same check `npm run eval` makes, so a change that lowers accuracy fails the suite.
describe('eval clean and split', () => {
  it('meet their floors', () => {
    const floors = loadFloors();
    for (const [name, result] of [
      ['clean', runCleanEval()],
      ['split', runSplitEval()],
    ] as const) {
      const failing = checkFloors(name, result.metrics, floors).filter((c) => !c.ok);
      expect(failing, result.report).toEqual([]);
    }
  });
});
