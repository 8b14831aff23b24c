// Paragraphs per second of the classify.functions stage alone (tokens and headings already computed by the
// segment stages), on the bundled samples, one core. Run: npx tsx scripts/bench-classify.ts
import { readdirSync, readFileSync } from 'node:fs';
import type { DocumentDraft } from '../src/model/items.ts';
import { loadPipelineFile } from '../src/pipeline/pipeline-file.ts';
import { processSource } from '../src/pipeline/process-source.ts';
import { type Note } from '../src/model/stage.ts';
import { collectingContext } from '../src/pipeline/collecting-context.ts';
import { classifyStage } from '../src/stages/classify/classify-stage.ts';

const pipeline = loadPipelineFile('pipelines/default.json');
const docs: DocumentDraft[] = [];
for (const f of readdirSync('corpus/samples')) {
  const bytes = readFileSync(`corpus/samples/${f}`);
  const r = processSource(
    {
      source: { key: f, given: f, kind: 'file' },
      pages: [{ url: null, bytes, declaredCharset: null, format: 'text', charset: null, text: '' }],
      text: '',
      title: null,
      publishedAt: null,
    },
    pipeline,
  );
  if (r.ok) docs.push(...r.documents);
}
const run = classifyStage.create(classifyStage.options.parse({}));
const paragraphs = docs.reduce((n, d) => n + d.paragraphs.length, 0);
const notes: Note[] = [];
const pass = () => {
  for (const d of docs) run(d, collectingContext('classify.functions', d.part, notes));
  notes.length = 0;
};
for (let i = 0; i < 20; i++) pass();
const rounds = 200;
const start = process.hrtime.bigint();
for (let i = 0; i < rounds; i++) pass();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(
  `classify.functions: ${Math.round((paragraphs * rounds) / seconds)} paragraphs/s (${paragraphs} paragraphs × ${rounds}, ${((seconds / (paragraphs * rounds)) * 1e6).toFixed(1)} µs each)`,
);
