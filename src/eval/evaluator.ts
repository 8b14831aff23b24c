// An evaluator measures one part of the pipeline on a labelled set and returns named metrics.
// `gonghui eval` runs them and compares each metric with its floor in eval/floors.json.

export interface EvalResult {
  /** Metric name → value; names are what eval/floors.json refers to (e.g. "macro_f1"). */
  metrics: Record<string, number>;
  /** A human-readable report (tables of per-label figures, confusion, misses). */
  report: string;
}

/** What `gonghui eval` passes on: evaluators that measure stored data (e.g. human codes) read this database. */
export interface EvalContext {
  db: string;
}

export interface Evaluator {
  name: string;
  description: string;
  run(context?: EvalContext): Promise<EvalResult> | EvalResult;
}
