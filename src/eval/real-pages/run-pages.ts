// The pages go through exactly what `gonghui ingest` runs (the pipeline file, the runner, the store) into a
// throw-away database, and come back out through the database's public views (v_documents, v_paragraphs,
// v_activities — the same interface researchers query), so the evaluation scores what users would get.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentKind, FunctionLabel } from '../../model/items.ts';
import { inlineExecutor } from '../../pipeline/executor.ts';
import { readPipelineFile } from '../../pipeline/pipeline-file.ts';
import { ingest } from '../../pipeline/runner.ts';
import { type Db, openDatabase } from '../../store/database.ts';
import { listErrors } from '../../store/stats.ts';

/** Page files are looked up in this order: the text excerpt, else a saved HTML page. */
export const PAGE_EXTENSIONS = ['.txt', '.html'] as const;

export function findPageFile(dir: string, id: string): string | null {
  for (const ext of PAGE_EXTENSIONS) {
    const path = join(dir, `${id}${ext}`);
    if (existsSync(path)) return path;
  }
  return null;
}

export interface OutputParagraph {
  index: number;
  text: string;
  labels: FunctionLabel[];
}

export interface OutputActivity {
  month: number | null;
  monthEnd: number | null;
  monthInferred: boolean;
  year: number | null;
  text: string;
  evidence: string | null;
}

export interface OutputDocument {
  id: string;
  part: number;
  title: string | null;
  text: string;
  org: string | null;
  orgAnonymised: boolean;
  year: number | null;
  schoolYear: string | null;
  kind: DocumentKind;
  onTopic: boolean;
  /** Id of the earlier document this one nearly repeats (possibly on another page), as the store set it. */
  duplicateOf: string | null;
  paragraphs: OutputParagraph[];
  activities: OutputActivity[];
}

export interface PageOutput {
  documents: OutputDocument[];
  /** Messages of the source's rows in `errors` (a failed stage leaves the page without documents). */
  errors: string[];
}

export interface PipelineRunOptions {
  pipelineFile: string;
  onLog?: (line: string) => void;
}

/** Ingests the page files (id → path) into a temporary database, reads every page's output, removes it all. */
export async function runPagesThroughPipeline(files: Map<string, string>, options: PipelineRunOptions): Promise<Map<string, PageOutput>> {
  const spec = readPipelineFile(options.pipelineFile);
  const dir = mkdtempSync(join(tmpdir(), 'gonghui-eval-real-'));
  const dbPath = join(dir, 'eval.db');
  const executor = inlineExecutor(spec);
  let db: Db | null = null;
  try {
    db = openDatabase(dbPath);
    await ingest({
      inputs: [...files.values()], db, dbPath, pipeline: spec, executor, archiveDir: join(dir, 'raw'),
      command: 'eval real', onLog: options.onLog,
    });
    return readPageOutputs(db, files);
  } finally {
    await executor.close();
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface DocumentRow {
  id: string; source: string; part: number; title: string | null; text: string; org: string | null; org_anonymised: number;
  year: number | null; school_year: string | null; kind: DocumentKind; on_topic: number; duplicate_of: string | null;
}
interface ParagraphRow { doc_id: string; idx: number; text: string; labels: string }
interface ActivityRow {
  doc_id: string; month: number | null; month_end: number | null; month_inferred: number; year: number | null; text: string; evidence: string | null;
}

function readPageOutputs(db: Db, files: Map<string, string>): Map<string, PageOutput> {
  const idOfSource = new Map([...files].map(([id, path]) => [path, id]));
  const outputs = new Map<string, PageOutput>([...files.keys()].map((id) => [id, { documents: [], errors: [] }]));
  const byDoc = new Map<string, OutputDocument>();
  const documents = db.prepare(`SELECT id, source, part, title, text, org, org_anonymised, year, school_year, kind, on_topic, duplicate_of
                                FROM v_documents ORDER BY source, part`).all() as DocumentRow[];
  for (const r of documents) {
    const page = outputs.get(idOfSource.get(r.source) ?? '');
    if (!page) continue;
    const doc: OutputDocument = {
      id: r.id, part: r.part, title: r.title, text: r.text, org: r.org, orgAnonymised: r.org_anonymised === 1, year: r.year,
      schoolYear: r.school_year, kind: r.kind, onTopic: r.on_topic === 1, duplicateOf: r.duplicate_of, paragraphs: [], activities: [],
    };
    page.documents.push(doc);
    byDoc.set(r.id, doc);
  }
  for (const r of db.prepare('SELECT doc_id, idx, text, labels FROM v_paragraphs ORDER BY doc_id, idx').all() as ParagraphRow[]) {
    byDoc.get(r.doc_id)?.paragraphs.push({ index: r.idx, text: r.text, labels: JSON.parse(r.labels) as FunctionLabel[] });
  }
  for (const r of db.prepare('SELECT doc_id, month, month_end, month_inferred, year, text, evidence FROM v_activities ORDER BY doc_id, id').all() as ActivityRow[]) {
    byDoc.get(r.doc_id)?.activities.push({
      month: r.month, monthEnd: r.month_end, monthInferred: r.month_inferred === 1, year: r.year, text: r.text, evidence: r.evidence,
    });
  }
  for (const e of listErrors(db)) outputs.get(idOfSource.get(e.source) ?? '')?.errors.push(`${e.stage}: ${e.message}`);
  return outputs;
}
