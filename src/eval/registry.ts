// Every evaluator `gonghui eval` knows. Add yours here and its floors to eval/floors.json.
import { activitiesEvaluator } from './activities.ts';
import { agreementEvaluator } from './agreement-evaluator.ts';
import { classifyEvaluator } from './classify-evaluator.ts';
import type { Evaluator } from './evaluator.ts';
import { extractEvaluator } from './extract-eval.ts';

export const EVALUATORS: Evaluator[] = [extractEvaluator, classifyEvaluator, agreementEvaluator, activitiesEvaluator];
