// `gonghui report`: gather, render, write the pages. Without a year, the report is a set of static files: the
// overview of all years (the --out path) and one page per year the documents state beside it
// (report-2023.html …), linked from each other: a district office reads one school year at a time. With a
// year, only that year's page, at the --out path. Every page is written to a temporary file and renamed into
// place, so a reader never opens a half-written page, and a failed run leaves the old pages as they were.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Db } from '../store/database.ts';
import { statedYears } from '../store/report-queries.ts';
import { gatherReport, type ReportOptions, type ReportPages } from './report-data.ts';
import { renderReport } from './render-report.ts';

export const DEFAULT_REPORT_PATH = 'output/report.html';

export interface WrittenReport {
  /** The overview (or the one year's page) first, then the year pages in year order. */
  paths: string[];
  bytes: number;
  documents: number;
}

/** report.html → report-2023.html, beside it. */
export function yearPagePath(out: string, year: number): string {
  const ext = extname(out) || '.html';
  return join(dirname(out), `${basename(out, extname(out))}-${year}${ext}`);
}

export async function writeReport(db: Db, out: string, options: ReportOptions): Promise<WrittenReport> {
  const target = resolve(out);
  const pages: Array<{ path: string; options: ReportOptions }> = [];
  if (options.year !== undefined) {
    pages.push({ path: target, options });
  } else {
    const years = statedYears(db, { orgs: options.orgs });
    const links: ReportPages = {
      all: basename(target),
      years: years.map((year) => ({ year, href: basename(yearPagePath(target, year)) })),
    };
    pages.push({ path: target, options: { ...options, pages: links } });
    for (const year of years)
      pages.push({ path: yearPagePath(target, year), options: { ...options, year, pages: links } });
  }

  mkdirSync(dirname(target), { recursive: true });
  const temporary: Array<[tmp: string, path: string]> = [];
  let bytes = 0;
  let documents = 0;
  try {
    for (const [i, page] of pages.entries()) {
      const data = gatherReport(db, page.options);
      const text = await renderReport(data);
      const tmp = `${page.path}.${process.pid}.tmp`;
      writeFileSync(tmp, text, 'utf8');
      temporary.push([tmp, page.path]);
      bytes += Buffer.byteLength(text);
      if (i === 0) documents = data.documents.length;
    }
    for (const [tmp, path] of temporary) renameSync(tmp, path);
  } catch (e) {
    for (const [tmp] of temporary) rmSync(tmp, { force: true });
    throw e;
  }
  return { paths: pages.map((p) => p.path), bytes, documents };
}
