// `gonghui eval extract`: acquisition (pagination), decoding and main-text extraction on the fixture sites,
// scored trafilatura style with "with / without" snippets: sentences that must survive and boilerplate that
// must go. precision = with found / (with found + without found); recall = with found / with.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceDraft } from '../model/items.ts';
import { type Note } from '../model/stage.ts';
import { collectingContext } from '../pipeline/collecting-context.ts';
import { UrlAcquirer } from '../acquire/acquire-url.ts';
import { RawArchive } from '../acquire/raw-archive.ts';
import { urlRef } from '../acquire/walk-sources.ts';
import { decodeStage } from '../stages/decode/decode-stage.ts';
import { extractStage } from '../stages/extract/extract-stage.ts';
import type { EvalResult, Evaluator } from './evaluator.ts';
import { type FixtureDocument, FixtureFetcher, loadFixtureSites } from './fixture-sites.ts';

const ORIGIN = 'http://127.0.0.1:8080';

function squash(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

export interface DocumentScore {
  id: string;
  withFound: number;
  withTotal: number;
  withoutFound: number;
  withoutTotal: number;
  missing: string[];
  leaked: string[];
  charsetOk: boolean;
  titleOk: boolean;
  dateOk: boolean;
  pagesOk: boolean;
  orderOk: boolean;
  method: string;
  error: string | null;
}

export async function scoreDocument(
  doc: FixtureDocument,
  acquirer: Pick<UrlAcquirer, 'acquire'>,
  siteProfiles = true,
  origin = ORIGIN,
): Promise<DocumentScore> {
  const base: DocumentScore = {
    id: doc.id,
    withFound: 0,
    withTotal: doc.with.length,
    withoutFound: 0,
    withoutTotal: doc.without.length,
    missing: [...doc.with],
    leaked: [],
    charsetOk: false,
    titleOk: false,
    dateOk: false,
    pagesOk: false,
    orderOk: false,
    method: '-',
    error: null,
  };
  let draft: SourceDraft;
  const notes: Note[] = [];
  try {
    const ref = urlRef(`${origin}${doc.url}`);
    const pages = await acquirer.acquire(ref);
    draft = { source: ref, pages, text: '', title: null, publishedAt: null };
    draft = decodeStage.create({})(draft, collectingContext('decode', null, notes));
    draft = extractStage.create(extractStage.options.parse({ siteProfiles }))(
      draft,
      collectingContext('extract', null, notes),
    );
  } catch (e) {
    return { ...base, error: (e as Error).message };
  }
  const text = squash(draft.text);
  const missing = doc.with.filter((s) => !text.includes(squash(s)));
  const leaked = doc.without.filter((s) => text.includes(squash(s)));
  const positions = (doc.order ?? []).map((s) => text.indexOf(squash(s)));
  const methods = notes
    .filter((n) => /^extract\.(profile|generic|whole-body|strip-tags)$/.test(n.rule))
    .map((n) => n.rule.slice(8));
  return {
    ...base,
    withFound: doc.with.length - missing.length,
    withoutFound: leaked.length,
    missing,
    leaked,
    charsetOk: draft.pages.every((p) => p.charset === doc.charset),
    titleOk: draft.title === doc.title,
    dateOk: draft.publishedAt === doc.publishedAt,
    pagesOk: draft.pages.length === doc.pages,
    orderOk: positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]!)),
    method: [...new Set(methods)].join('+') || '-',
  };
}

function prf(scores: DocumentScore[]) {
  const sum = (f: (s: DocumentScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const tp = sum((s) => s.withFound);
  const fp = sum((s) => s.withoutFound);
  const withTotal = sum((s) => s.withTotal);
  const withoutTotal = sum((s) => s.withoutTotal);
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = withTotal === 0 ? 0 : tp / withTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, withTotal, withoutTotal };
}

export async function runExtractEval(): Promise<EvalResult> {
  const sites = loadFixtureSites();
  const dir = mkdtempSync(join(tmpdir(), 'gonghui-eval-extract-'));
  try {
    const acquirer = new UrlAcquirer(new FixtureFetcher(sites, ORIGIN), new RawArchive(dir), {
      refresh: true,
      maxPages: 30,
    });
    const scores: DocumentScore[] = [];
    for (const doc of sites.documents) scores.push(await scoreDocument(doc, acquirer));
    // The same pages with the site profiles switched off: how the generic extractor does on sites it
    // has no profile for.
    const genericScores: DocumentScore[] = [];
    for (const doc of sites.documents) genericScores.push(await scoreDocument(doc, acquirer, false));
    const { precision, recall, f1, fp, withTotal, withoutTotal } = prf(scores);
    const generic = prf(genericScores);
    const share = (f: (s: DocumentScore) => boolean) => scores.filter(f).length / scores.length;
    const metrics = {
      precision,
      recall,
      f1,
      boilerplate_removed: withoutTotal === 0 ? 1 : 1 - fp / withoutTotal,
      charset_accuracy: share((s) => s.charsetOk),
      title_accuracy: share((s) => s.titleOk),
      date_accuracy: share((s) => s.dateOk),
      pages_accuracy: share((s) => s.pagesOk && s.orderOk),
      generic_precision: generic.precision,
      generic_recall: generic.recall,
      generic_f1: generic.f1,
    };
    const lines = scores.map((s) => {
      const flags = [
        s.charsetOk ? '' : 'charset',
        s.titleOk ? '' : 'title',
        s.dateOk ? '' : 'date',
        s.pagesOk && s.orderOk ? '' : 'pages',
      ].filter(Boolean);
      const detail = [
        s.error ? `  error: ${s.error}` : '',
        ...s.missing.map((m) => `  missing: ${m}`),
        ...s.leaked.map((l) => `  leaked: ${l}`),
      ].filter(Boolean);
      return [
        `${s.id.padEnd(28)} with ${s.withFound}/${s.withTotal}  without ${s.withoutFound}/${s.withoutTotal}  ${s.method}${flags.length ? `  wrong: ${flags.join(', ')}` : ''}`,
        ...detail,
      ].join('\n');
    });
    const report = [
      `${scores.length} fixture documents (fixtures/sites/sites.json), ${withTotal} with-snippets, ${withoutTotal} without-snippets`,
      ...lines,
      `precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`,
      `generic extractor only (site profiles off): precision ${generic.precision.toFixed(3)}  recall ${generic.recall.toFixed(3)}  F1 ${generic.f1.toFixed(3)}`,
      ...genericScores
        .filter((s) => s.missing.length || s.leaked.length)
        .map(
          (s) =>
            `  ${s.id}: ${[...s.missing.map((m) => `missing ${m}`), ...s.leaked.map((l) => `leaked ${l}`)].join('; ')}`,
        ),
    ].join('\n');
    return { metrics, report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const extractEvaluator: Evaluator = {
  name: 'extract',
  description: 'main-text extraction, decoding and pagination on the fixture sites (with/without snippets)',
  run: runExtractEval,
};
