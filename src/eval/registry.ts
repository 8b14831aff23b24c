// Every evaluator `gonghui eval` knows. Add yours here and its floors to eval/floors.json.
import { activitiesEvaluator } from './activities.ts';
import { agreementEvaluator } from './agreement-evaluator.ts';
import { classifyEvaluator } from './classify-evaluator.ts';
import { cleanEvaluator } from './clean-eval.ts';
import type { Evaluator } from './evaluator.ts';
import { extractEvaluator } from './extract-eval.ts';
import { splitEvaluator } from './split-eval.ts';

export const EVALUATORS: Evaluator[] = [
  extractEvaluator,
  cleanEvaluator,
  splitEvaluator,
  classifyEvaluator,
  agreementEvaluator,
  activitiesEvaluator,
];
