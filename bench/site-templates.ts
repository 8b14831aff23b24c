// The site-templates scenario of `npm run bench`: what learning site templates costs. A synthetic corpus of
// folders (each folder one "site" of 50 documents, each document framed by its folder's own furniture lines) is
// ingested by fresh processes with `--site-templates folder` and `off`; seconds (the whole process, learning pass
// included), documents and the template lines removed. The learning pass reads every source through decode, extract and whitespace once more.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ingestInFreshProcess } from './fresh-ingest.ts';
import { generateCorpus } from './synthetic-corpus.ts';

export interface SiteTemplatesRun {
  grouping: 'folder' | 'off';
  sources: number;
  seconds: number;
  documents: number;
  template_lines_removed: number;
  errors: number;
}

/** Frames every text file of each folder with that folder's lines: a header, a menu and a footer. */
function addFolderFurniture(dir: string): number {
  let files = 0;
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const site = `第${folder.name}号示范网站`;
    for (const file of readdirSync(join(dir, folder.name))) {
      if (!file.endsWith('.txt')) continue;
      const path = join(dir, folder.name, file);
      const text = readFileSync(path, 'utf8');
      writeFileSync(
        path,
        `${site} 欢迎您\n首页 | 工会动态 | 教代会 | 女工天地\n\n${text}\n\n主办：${site} 技术支持：某某网络\n`,
      );
      files++;
    }
  }
  return files;
}

export function siteTemplatesBench(root: string, docs: number, log: (line: string) => void): SiteTemplatesRun[] {
  const dir = join(root, `site-templates-${docs}`);
  rmSync(dir, { recursive: true, force: true });
  log(`generating ${docs} documents in folders of 50`);
  generateCorpus({ dir, docs, seed: 7, perDirectory: 50, gbkShare: 0, traditionalShare: 0 });
  const sources = addFolderFurniture(dir);
  const runs: SiteTemplatesRun[] = [];
  for (const grouping of ['off', 'folder'] as const) {
    const db = join(root, `site-templates-${grouping}.db`);
    rmSync(db, { force: true });
    log(`ingesting with --site-templates ${grouping}`);
    const archive = join(root, `site-templates-raw-${grouping}`);
    rmSync(archive, { recursive: true, force: true });
    // The process's whole time: the learning pass runs before the run its summary times.
    const started = Date.now();
    const summary = ingestInFreshProcess(dir, db, archive, ['--site-templates', grouping]);
    const seconds = (Date.now() - started) / 1000;
    rmSync(archive, { recursive: true, force: true });
    const conn = new Database(db, { readonly: true });
    const removed = (
      conn.prepare("SELECT count(*) n FROM notes WHERE rule = 'site-template.line'").get() as { n: number }
    ).n;
    conn.close();
    runs.push({
      grouping,
      sources,
      seconds: Math.round(seconds * 10) / 10,
      documents: summary.documents,
      template_lines_removed: removed,
      errors: summary.errors,
    });
    rmSync(db, { force: true });
  }
  rmSync(dir, { recursive: true, force: true });
  return runs;
}
