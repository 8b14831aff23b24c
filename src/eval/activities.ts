// `gonghui eval activities`: the activities stage on the labelled set in fixtures/activities/*.json —
// schedules in every header form, narrative passages and negative lines written for the set, plus
// excerpts of the bundled samples. Items are matched by text; then month, year and category are scored.
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { type ActivityDraft, type DocumentDraft, emptyMeta, FUNCTION_LABELS } from '../model/items.ts';
import { collectingContext } from '../pipeline/collecting-context.ts';
import { activitiesStage } from '../stages/activities/activities-stage.ts';
import type { EvalResult, Evaluator } from './evaluator.ts';

export const ACTIVITY_FIXTURES = new URL('../../fixtures/activities/', import.meta.url);

const Expected = z.strictObject({
  text: z.string().min(1),
  month: z.number().int().min(1).max(12).nullable(),
  monthEnd: z.number().int().min(1).max(12).nullable(),
  /** Under a blanked header: the month has to be inferred. */
  blank: z.boolean(),
  year: z.number().int().nullable(),
  category: z.string().min(1),
  source: z.enum(['schedule', 'narrative']),
  period: z.string().nullable(),
});

const Case = z.strictObject({
  id: z.string().min(1),
  about: z.string().min(1),
  meta: z.strictObject({
    year: z.number().int().nullable(),
    schoolYear: z.string().nullable(),
    kind: z.enum(['plan', 'summary', 'other']),
  }),
  lines: z.array(z.string()).min(1),
  expected: z.array(Expected),
});

export type LabelledCase = z.infer<typeof Case>;
export type ExpectedActivity = z.infer<typeof Expected>;

export function loadActivityCases(dir: URL = ACTIVITY_FIXTURES): Array<LabelledCase & { file: string }> {
  const cases: Array<LabelledCase & { file: string }> = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const parsed = z.array(Case).safeParse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`fixtures/activities/${file}: ${issue.path.join('.')}: ${issue.message}`);
    }
    for (const c of parsed.data) cases.push({ ...c, file });
  }
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`fixtures/activities: duplicate case id "${c.id}"`);
    ids.add(c.id);
  }
  return cases;
}

/** A document as the pipeline hands it to the activities stage: one paragraph per line, meta set. */
export function caseDocument(c: Pick<LabelledCase, 'id' | 'meta' | 'lines'>): DocumentDraft {
  return {
    sourceKey: `/fixtures/activities/${c.id}`,
    part: 1,
    title: null,
    text: c.lines.join('\n'),
    meta: { ...emptyMeta(), year: c.meta.year, schoolYear: c.meta.schoolYear, kind: c.meta.kind },
    paragraphs: c.lines.map((text, index) => ({
      index,
      text,
      tokens: [],
      heading: null,
      labels: [],
      scores: {},
      reasons: {},
    })),
    activities: [],
  };
}

const normalise = (t: string) => t.replace(/[\s\p{P}\p{S}]/gu, '');

/** Same item: equal after removing spaces and punctuation, or one holds the other and is ≥ 80% of it. */
export function sameItem(a: string, b: string): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (x === y) return x.length > 0;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && long.includes(short) && short.length >= 0.8 * long.length;
}

export interface CaseOutcome {
  matched: Array<{ expected: ExpectedActivity; got: ActivityDraft }>;
  missed: ExpectedActivity[];
  spurious: ActivityDraft[];
}

export function matchActivities(expected: readonly ExpectedActivity[], got: readonly ActivityDraft[]): CaseOutcome {
  const free = [...got];
  const matched: CaseOutcome['matched'] = [];
  const missed: ExpectedActivity[] = [];
  for (const e of expected) {
    const k = free.findIndex((g) => sameItem(g.text, e.text));
    if (k < 0) missed.push(e);
    else matched.push({ expected: e, got: free.splice(k, 1)[0]! });
  }
  return { matched, missed, spurious: free };
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function runActivitiesEval(cases = loadActivityCases()): EvalResult {
  const run = activitiesStage.create(activitiesStage.options.parse({}));
  let expectedCount = 0;
  let predictedCount = 0;
  const all: CaseOutcome['matched'] = [];
  const problems: string[] = [];
  const perFile = new Map<
    string,
    { cases: number; expected: number; predicted: number; matched: number; month: number; category: number }
  >();

  for (const c of cases) {
    const doc = run(caseDocument(c), collectingContext('activities', 1, []));
    const outcome = matchActivities(c.expected, doc.activities);
    expectedCount += c.expected.length;
    predictedCount += doc.activities.length;
    all.push(...outcome.matched);
    const f = perFile.get(c.file) ?? { cases: 0, expected: 0, predicted: 0, matched: 0, month: 0, category: 0 };
    f.cases++;
    f.expected += c.expected.length;
    f.predicted += doc.activities.length;
    f.matched += outcome.matched.length;
    f.month += outcome.matched.filter(
      (m) => m.expected.month === m.got.month && m.expected.monthEnd === m.got.monthEnd,
    ).length;
    f.category += outcome.matched.filter((m) => m.expected.category === m.got.category).length;
    perFile.set(c.file, f);
    for (const e of outcome.missed) problems.push(`${c.id}: missed "${e.text}"`);
    for (const g of outcome.spurious) problems.push(`${c.id}: spurious "${g.text}" (${g.month ?? '?'}月)`);
    for (const { expected: e, got: g } of outcome.matched) {
      if (e.month !== g.month || e.monthEnd !== g.monthEnd)
        problems.push(`${c.id}: "${e.text}" month ${g.month}–${g.monthEnd}, expected ${e.month}–${e.monthEnd}`);
      if (e.year !== g.year) problems.push(`${c.id}: "${e.text}" year ${g.year}, expected ${e.year}`);
      if (e.category !== g.category)
        problems.push(`${c.id}: "${e.text}" category ${g.category}, expected ${e.category}`);
    }
  }

  const blank = all.filter((m) => m.expected.blank);
  const precision = ratio(all.length, predictedCount);
  const recall = ratio(all.length, expectedCount);
  const metrics = {
    item_precision: precision,
    item_recall: recall,
    item_f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    month_accuracy: ratio(
      all.filter((m) => m.expected.month === m.got.month && m.expected.monthEnd === m.got.monthEnd).length,
      all.length,
    ),
    inferred_month_accuracy: ratio(
      blank.filter((m) => m.expected.month === m.got.month && m.expected.monthEnd === m.got.monthEnd).length,
      blank.length,
    ),
    year_accuracy: ratio(all.filter((m) => m.expected.year === m.got.year).length, all.length),
    category_accuracy: ratio(all.filter((m) => m.expected.category === m.got.category).length, all.length),
  };

  const lines = [
    `${cases.length} cases, ${expectedCount} labelled items, ${predictedCount} extracted, ${all.length} matched (${blank.length} under blanked headers)`,
    '',
    'file             cases  labelled  extracted  matched  precision  recall   month  category',
    ...[...perFile].map(([file, f]) =>
      [
        file.padEnd(16),
        String(f.cases).padStart(5),
        String(f.expected).padStart(8),
        String(f.predicted).padStart(9),
        String(f.matched).padStart(7),
        pct(ratio(f.matched, f.predicted)).padStart(9),
        pct(ratio(f.matched, f.expected)).padStart(6),
        pct(ratio(f.month, f.matched)).padStart(6),
        pct(ratio(f.category, f.matched)).padStart(8),
      ].join('  '),
    ),
    '',
    ...Object.entries(metrics).map(([k, v]) => `${k.padEnd(24)} ${pct(v)}`),
    '',
    `categories used: ${[...new Set(all.map((m) => m.got.category))].length}; functions are ${FUNCTION_LABELS.join(' / ')} from the category table`,
  ];
  if (problems.length)
    lines.push(
      '',
      `differences (${problems.length}):`,
      ...problems.slice(0, 60).map((p) => `  ${p}`),
      ...(problems.length > 60 ? [`  … ${problems.length - 60} more`] : []),
    );
  return { metrics, report: lines.join('\n') };
}

export const activitiesEvaluator: Evaluator = {
  name: 'activities',
  description: 'dated activity items: item precision/recall, month (stated and inferred), year and category accuracy',
  run: () => runActivitiesEval(),
};
