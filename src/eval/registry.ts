// Every evaluator `gonghui eval` knows. Add yours here and its floors to eval/floors.json.
import type { Evaluator } from './evaluator.ts';
import { extractEvaluator } from './extract-eval.ts';

export const EVALUATORS: Evaluator[] = [extractEvaluator];
