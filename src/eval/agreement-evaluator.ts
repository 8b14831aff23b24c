// `gonghui eval agreement`: how far the model agrees with the human coders, on the paragraphs coded with
// `gonghui label import` whose text has not changed since: Cohen's κ and F1 per function.
import { existsSync } from 'node:fs';
import { agreement, formatAgreement } from '../training/metrics.ts';
import { DEFAULT_DB_PATH, openDatabase } from '../store/database.ts';
import { hasHumanCodes, listHumanCodes } from '../store/human-labels.ts';
import type { EvalResult, Evaluator } from './evaluator.ts';

const r4 = (x: number) => Math.round(x * 10000) / 10000;

export const agreementEvaluator: Evaluator = {
  name: 'agreement',
  description: 'model vs human codes stored in the database (gonghui label import): Cohen κ and F1 per function',
  run(context): EvalResult {
    const path = context?.db ?? DEFAULT_DB_PATH;
    if (path !== ':memory:' && !existsSync(path))
      return {
        metrics: {},
        report: `no database at ${path}: nothing to compare (import human codes with "gonghui label import")`,
      };
    const db = openDatabase(path, { readonly: true });
    try {
      if (!hasHumanCodes(db))
        return { metrics: {}, report: `no human codes in ${path} (import them with "gonghui label import FILE.csv")` };
      const codes = listHumanCodes(db);
      const current = codes.filter((c) => c.modelLabels !== null);
      const stale = codes.length - current.length;
      if (current.length === 0)
        return {
          metrics: {},
          report: `${codes.length} human code(s), none for a paragraph whose text is unchanged since coding`,
        };
      const r = agreement(
        current.map((c) => c.labels),
        current.map((c) => c.modelLabels!),
      );
      const report = [
        formatAgreement(`model vs human codes in ${path}`, r),
        stale ? `${stale} code(s) left out: their paragraph's text changed since coding (re-code them)` : '',
        'note: the model may have been trained on these codes (gonghui train uses them); for an unbiased figure, code paragraphs before retraining',
      ]
        .filter(Boolean)
        .join('\n');
      return { metrics: { kappa: r4(r.pooledKappa), macro_f1: r4(r.macroF1), paragraphs: r.n }, report };
    } finally {
      db.close();
    }
  },
};
