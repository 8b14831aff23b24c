// Every evaluator `gonghui eval` knows. Add yours here and its floors to eval/floors.json.
import { cleanEvaluator } from './clean-eval.ts';
import type { Evaluator } from './evaluator.ts';
import { splitEvaluator } from './split-eval.ts';

export const EVALUATORS: Evaluator[] = [cleanEvaluator, splitEvaluator];
