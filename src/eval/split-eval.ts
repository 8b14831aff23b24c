// `gonghui eval split`: compilations → documents on the labelled cases in fixtures/split/. Each input runs
// through the default pipeline up to the metadata stage; predicted documents are matched to expected ones
// by their opening words (a boundary is right when a document starts where it should).
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DocumentDraft } from '../model/items.ts';
import { type BuiltPipeline, loadPipelineFile } from '../pipeline/pipeline-file.ts';
import { processSource } from '../pipeline/process-source.ts';
import type { EvalResult, Evaluator } from './evaluator.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/split', import.meta.url));
// A case naming a corpus sample names it from the package root, so `eval split` runs from any folder.
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface ExpectedDocument {
  title: string | null;
  first: string;
  org?: string | null;
  anonymised?: boolean;
  year?: number | null;
  schoolYear?: string | null;
  kind?: string;
  onTopic?: boolean;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** The default pipeline up to and including the metadata stage. */
export function pipelineThroughMetadata(
  file = fileURLToPath(new URL('../../pipelines/default.json', import.meta.url)),
): BuiltPipeline {
  const full = loadPipelineFile(file);
  const last = full.steps.findIndex((s) => s.name === 'metadata');
  return { ...full, steps: full.steps.slice(0, last + 1) };
}

export function splitCase(input: Uint8Array, name: string, pipeline: BuiltPipeline): DocumentDraft[] {
  const result = processSource(
    {
      source: { key: `/fixtures/split/${name}`, given: name, kind: 'file' },
      pages: [{ url: null, bytes: input, declaredCharset: null, format: 'text', charset: null, text: '' }],
      text: '',
      title: null,
      publishedAt: null,
    },
    pipeline,
  );
  return result.ok ? result.documents : [];
}

const compact = (s: string) => s.replace(/\s+/g, '');

export function runSplitEval(dir = FIXTURES): EvalResult {
  const pipeline = pipelineThroughMetadata();
  const cases = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  let expectedDocs = 0;
  let predictedDocs = 0;
  let matched = 0;
  let countRight = 0;
  const fields = { title: [0, 0], org: [0, 0], year: [0, 0], kind: [0, 0], topic: [0, 0] } as Record<
    string,
    [number, number]
  >;
  const misses: string[] = [];
  const check = (field: string, want: unknown, got: unknown, where: string) => {
    fields[field]![1]++;
    if (want === got) fields[field]![0]++;
    else misses.push(`${where}: ${field} ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  };
  for (const name of cases) {
    const spec = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as {
      input?: string;
      documents: ExpectedDocument[];
    };
    const expected = spec.documents;
    // A case either has its own input.txt or names a corpus sample (labelled by hand, not copied).
    const docs = splitCase(
      readFileSync(spec.input ? resolve(PACKAGE_ROOT, spec.input) : join(dir, name, 'input.txt')),
      name,
      pipeline,
    );
    expectedDocs += expected.length;
    predictedDocs += docs.length;
    if (docs.length === expected.length) countRight++;
    else
      misses.push(
        `${name}: ${docs.length} documents, want ${expected.length} (${docs.map((d) => d.title ?? '∅').join(' | ')})`,
      );
    const used = new Set<number>();
    expected.forEach((want, k) => {
      const at = docs.findIndex((d, i) => !used.has(i) && compact(d.text).startsWith(compact(want.first)));
      const where = `${name} #${k + 1}`;
      if (at < 0) {
        misses.push(`${where}: no document starts with "${want.first}"`);
        return;
      }
      used.add(at);
      matched++;
      const doc = docs[at]!;
      check('title', want.title, doc.title, where);
      if ('org' in want) check('org', want.org, doc.meta.org, where);
      if ('anonymised' in want) check('org', want.anonymised, doc.meta.orgAnonymised, `${where} (anonymised)`);
      if ('year' in want) check('year', want.year, doc.meta.year, where);
      if ('schoolYear' in want) check('year', want.schoolYear, doc.meta.schoolYear, `${where} (school year)`);
      if ('kind' in want) check('kind', want.kind, doc.meta.kind, where);
      if ('onTopic' in want) check('topic', want.onTopic, doc.meta.onTopic, where);
    });
  }
  const metrics = {
    documents_precision: ratio(matched, predictedDocs),
    documents_recall: ratio(matched, expectedDocs),
    document_count_accuracy: ratio(countRight, cases.length),
    title_accuracy: ratio(fields.title![0], fields.title![1]),
    org_accuracy: ratio(fields.org![0], fields.org![1]),
    year_accuracy: ratio(fields.year![0], fields.year![1]),
    kind_accuracy: ratio(fields.kind![0], fields.kind![1]),
    on_topic_accuracy: ratio(fields.topic![0], fields.topic![1]),
  };
  const report = [
    `${cases.length} cases, ${expectedDocs} documents expected, ${predictedDocs} found, ${matched} with the right boundary`,
    ...misses.map((m) => `  miss: ${m}`),
  ].join('\n');
  return { metrics, report };
}

export const splitEvaluator: Evaluator = {
  name: 'split',
  description: 'compilations → documents: boundaries (precision/recall), titles and metadata (fixtures/split)',
  run: () => runSplitEval(),
};
