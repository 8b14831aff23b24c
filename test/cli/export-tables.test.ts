// gonghui export --format csv / xlsx, read back by readers that are not ours: csv-parse for the CSV files and
// LibreOffice (headless, Debian's libreoffice-calc-nogui; .ci/run installs it) for the workbook. Both must hold
// exactly the rows of the JSON Lines export.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnalysisDb } from '../helpers/analysis-db.ts';
import { runCli } from './run-cli.ts';

const SOFFICE = process.env.GONGHUI_SOFFICE ?? '/usr/bin/soffice';

type Row = Record<string, string>;
const readJsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const readCsv = (path: string) => parse(readFileSync(path), { bom: true, columns: true }) as Row[];

/** The JSON Lines rows as the CSV spells them: lists "a;b", null empty, scores one column per function. */
function flat(rows: Record<string, unknown>[]): Row[] {
  return rows.map((r) => {
    const out: Row = {};
    for (const [k, v] of Object.entries(r)) {
      if (k === 'scores')
        for (const f of ['维权', '参与', '建设', '教育'])
          out[`score_${f}`] = String((v as Record<string, number>)[f] ?? '');
      else out[k] = v === null ? '' : Array.isArray(v) ? v.join(';') : String(v);
    }
    return out;
  });
}

describe('gonghui export --format csv|xlsx', () => {
  let dir: string;
  let jsonl: Record<string, Row[]>;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gonghui-export-tables-'));
    const db = buildAnalysisDb(dir);
    for (const format of ['jsonl', 'csv', 'xlsx']) {
      const r = await runCli(['export', '--db', db, '--format', format, '--out', join(dir, format)]);
      expect(r.code, r.err).toBe(0);
      if (format !== 'jsonl') expect(r.out).toMatch(/^6 documents, 18 paragraphs, 16 activities, 0 notes → /);
    }
    jsonl = Object.fromEntries(
      ['documents', 'paragraphs', 'activities'].map((t) => [t, flat(readJsonl(join(dir, 'jsonl', `${t}.jsonl`)))]),
    );
  });

  it('writes a CSV per table, each starting with a UTF-8 byte-order mark, holding the rows of the JSON Lines export', () => {
    expect(readdirSync(join(dir, 'csv')).sort()).toEqual([
      'activities.csv',
      'documents.csv',
      'notes.csv',
      'paragraphs.csv',
    ]);
    for (const table of ['documents', 'paragraphs', 'activities']) {
      const path = join(dir, 'csv', `${table}.csv`);
      expect([...readFileSync(path).subarray(0, 3)], table).toEqual([0xef, 0xbb, 0xbf]);
      expect(readCsv(path), table).toEqual(jsonl[table]);
    }
    // Multi-line text, quotes and markup survive.
    expect(jsonl.documents!.some((d) => d.text!.includes('\n'))).toBe(true);
    expect(readCsv(join(dir, 'csv', 'documents.csv')).map((d) => d.title)).toContain('<b>xx小学</b>工会工作计划');
  });

  it('writes one workbook with a sheet per table that LibreOffice reads back to the same rows', () => {
    expect(
      existsSync(SOFFICE),
      `no LibreOffice at ${SOFFICE}: apt-get install libreoffice-calc-nogui, or set GONGHUI_SOFFICE`,
    ).toBe(true);
    const out = join(dir, 'lo');
    // Every sheet (-1) to its own UTF-8 (76) CSV; a profile of its own so that parallel runs do not collide.
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        out,
        join(dir, 'xlsx', 'gonghui.xlsx'),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    expect(readdirSync(out).sort()).toEqual([
      'gonghui-activities.csv',
      'gonghui-documents.csv',
      'gonghui-notes.csv',
      'gonghui-paragraphs.csv',
    ]);
    // LibreOffice writes booleans as TRUE/FALSE; everything else must be as exported.
    const fromExcel = (table: string) =>
      readCsv(join(out, `gonghui-${table}.csv`)).map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === 'TRUE' ? 'true' : v === 'FALSE' ? 'false' : v])),
      );
    for (const table of ['documents', 'paragraphs', 'activities'])
      expect(fromExcel(table), table).toEqual(jsonl[table]);
  });

  it('query CSV starts with the byte-order mark unless --no-bom (--bom is still accepted)', async () => {
    const db = join(dir, 'analysis.db');
    const csv = async (...extra: string[]) =>
      (await runCli(['query', 'orgs', '--db', db, '--format', 'csv', ...extra])).out;
    expect(await csv()).toMatch(/^\ufeffid,org,documents/);
    expect(await csv('--bom')).toMatch(/^\ufeffid,org,documents/);
    expect(await csv('--no-bom')).toMatch(/^id,org,documents/);
  });

  it('stats CSV starts with the byte-order mark as the query commands do, unless --no-bom', async () => {
    const db = join(dir, 'analysis.db');
    const csv = async (...extra: string[]) => (await runCli(['stats', '--db', db, '--format', 'csv', ...extra])).out;
    expect(await csv()).toMatch(/^\ufeffmetric,value\r\n/);
    expect(await csv('--bom')).toMatch(/^\ufeffmetric,value\r\n/);
    expect(await csv('--no-bom')).toMatch(/^metric,value\r\n/);
    expect(await csv('--errors')).toMatch(/^\ufeffsource,stage,message,at\r\n/);
  });
});
