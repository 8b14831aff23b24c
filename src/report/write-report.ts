// `gonghui report`: gather, render, write one HTML file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Db } from '../store/database.ts';
import { gatherReport, type ReportOptions } from './report-data.ts';
import { renderReport } from './render-report.ts';

export const DEFAULT_REPORT_PATH = 'output/report.html';

export async function writeReport(
  db: Db,
  out: string,
  options: ReportOptions,
): Promise<{ path: string; bytes: number; documents: number }> {
  const data = gatherReport(db, options);
  const page = await renderReport(data);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, page, 'utf8');
  return { path: resolve(out), bytes: Buffer.byteLength(page), documents: data.documents.length };
}
