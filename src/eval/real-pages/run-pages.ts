// The pages go through exactly what `gonghui ingest` runs (the pipeline file, the runner, the store) into a
// throw-away database, and come back out through the database's public views (v_documents, v_paragraphs,
// v_activities — the same interface researchers query), so the evaluation scores what users would get.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { inlineExecutor } from '../../pipeline/executor.ts';
import { readPipelineFile } from '../../pipeline/pipeline-file.ts';
import { ingest } from '../../pipeline/runner.ts';
import { type Db, openDatabase } from '../../store/database.ts';
import { type OutputDocument, readRunOutputs, type RunOutputs } from '../../store/run-outputs.ts';
import { acquireSources } from '../../acquire/acquire-sources.ts';
import { learnSiteTemplates } from '../../pipeline/site-templates.ts';

/** Page files are looked up in this order: the text excerpt, else a saved HTML page. */
export const PAGE_EXTENSIONS = ['.txt', '.html'] as const;

export function findPageFile(dir: string, id: string): string | null {
  for (const ext of PAGE_EXTENSIONS) {
    const path = join(dir, `${id}${ext}`);
    if (existsSync(path)) return path;
  }
  return null;
}

/** What to say when a folder holds none of the pages' copies: --pages named the wrong folder (the store's root rather
 * than its text/ folder, a typo), and every figure would be a zero. */
export function noPageCopiesMessage(dir: string, ids: readonly string[]): string {
  const example = ids[0] ?? 'a001';
  return `none of the ${ids.length} page copies is in ${dir}: --pages takes the folder that holds them, one file per page named by its id (${example}.txt or ${example}.html)`;
}

export interface PageOutput {
  documents: OutputDocument[];
  /** Messages of the source's rows in `errors` (a failed stage leaves the page without documents). */
  errors: string[];
}

export interface PipelineRunOptions {
  pipelineFile: string;
  onLog?: (line: string) => void;
  /** Each page's site (id → site): the pages are laid out one folder per site, as a user saves a site's pages,
   * and the run learns the sites' templates first, as `gonghui ingest` does. Without it no template is learned
   * (a folder of pages from many sites has none). */
  sites?: ReadonlyMap<string, string>;
}

/** Ingests the page files (id → path) into a temporary database, reads every page's output, removes it all. */
export async function runPagesThroughPipeline(
  files: Map<string, string>,
  options: PipelineRunOptions,
): Promise<Map<string, PageOutput>> {
  const spec = readPipelineFile(options.pipelineFile);
  const dir = mkdtempSync(join(tmpdir(), 'gonghui-eval-real-'));
  const dbPath = join(dir, 'eval.db');
  const executor = inlineExecutor(spec);
  let db: Db | null = null;
  try {
    db = openDatabase(dbPath);
    const inputs = options.sites ? bySiteFolders(files, options.sites, join(dir, 'sites')) : files;
    const acquire = () =>
      acquireSources({ inputs: [...inputs.values()], archiveDir: join(dir, 'raw'), onLog: options.onLog });
    const siteTemplates = options.sites ? (await learnSiteTemplates(acquire(), spec, 'folder')).bySite : undefined;
    const sources = acquire();
    await ingest({
      sources,
      db,
      dbPath,
      pipeline: spec,
      executor,
      command: 'eval real',
      onLog: options.onLog,
      siteTemplates,
    });
    return groupBySource(readRunOutputs(db), inputs);
  } finally {
    await executor.close();
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Copies the page files into one folder per site (id → the copy's path). */
function bySiteFolders(
  files: Map<string, string>,
  sites: ReadonlyMap<string, string>,
  root: string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, path] of files) {
    const folder = join(root, (sites.get(id) ?? 'unknown').replace(/[^\w.-]/g, '_'));
    mkdirSync(folder, { recursive: true });
    const copy = join(folder, basename(path));
    copyFileSync(path, copy);
    out.set(id, copy);
  }
  return out;
}

/** Hands each page its documents (by the file it was read from) and its error rows. */
function groupBySource(run: RunOutputs, files: Map<string, string>): Map<string, PageOutput> {
  const idOfSource = new Map([...files].map(([id, path]) => [path, id]));
  const outputs = new Map<string, PageOutput>([...files.keys()].map((id) => [id, { documents: [], errors: [] }]));
  for (const doc of run.documents) outputs.get(idOfSource.get(doc.source) ?? '')?.documents.push(doc);
  for (const e of run.errors) outputs.get(idOfSource.get(e.source) ?? '')?.errors.push(`${e.stage}: ${e.message}`);
  return outputs;
}
