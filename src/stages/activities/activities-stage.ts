// activities: a document's dated activity items — schedule items under month headers (months stated or
// inferred where a template blanked them) and dated clauses in running text — each with its year,
// category, union functions, confidence and provenance. Rules are data in ./data, read once here.
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { defineDocumentStage } from '../../model/stage.ts';
import { extractActivities } from './extract-activities.ts';
import { loadActivityRules } from './rules.ts';

const ruleFile = z
  .string()
  .optional()
  .refine((p) => p === undefined || existsSync(isAbsolute(p) ? p : resolve(p)), {
    message: 'rule file does not exist',
  });

export const activitiesStage = defineDocumentStage({
  name: 'activities',
  version: 36,
  description:
    'Schedule items and dated clauses → activities with month (stated or inferred), year, category and functions.',
  options: z.strictObject({
    /** Also take dated clauses from running text ("5月21日，我局…"), not only schedules. */
    narrative: z.boolean().default(true),
    /** Infer blanked months ("_月份") from holidays and order; false leaves them null. */
    inferMonths: z.boolean().default(true),
    /** Replacement rule files (copy the bundled ones from src/stages/activities/data/). */
    anchors: ruleFile,
    periods: ruleFile,
    categories: ruleFile,
  }),
  create: (options) => {
    const rules = loadActivityRules({
      anchors: options.anchors && resolve(options.anchors),
      periods: options.periods && resolve(options.periods),
      categories: options.categories && resolve(options.categories),
    });
    return (doc, ctx) => ({
      ...doc,
      activities: extractActivities(
        doc,
        rules,
        { narrative: options.narrative, inferMonths: options.inferMonths },
        (n) => ctx.note(n),
      ),
    });
  },
});
