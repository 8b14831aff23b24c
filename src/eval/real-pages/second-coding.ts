// Two coders, one page: eval/real/second-coding.json holds a second, blind coding of a random sample of the
// gold (labels, documents' metadata, chrome). Scored against the gold it says how far two careful annotators
// agree — what a pipeline figure on the same fields is read against: above it a target asks the pipeline to
// match one annotator's choices, not the page.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FUNCTION_LABELS, type FunctionLabel } from '../../model/items.ts';
import { agreement } from '../../training/metrics.ts';
import { comparable } from './comparable-text.ts';
import { type GoldPage, GoldFileError } from './gold.ts';
import { sameOrg } from './score-page.ts';

export const DEFAULT_SECOND_CODING = fileURLToPath(new URL('../../../eval/real/second-coding.json', import.meta.url));

const SecondCoding = z.object({
  version: z.literal(1),
  about: z.string(),
  labels: z.array(z.object({ page: z.string(), key: z.string(), functions: z.array(z.enum(FUNCTION_LABELS)) })),
  documents: z.array(
    z.object({
      page: z.string(),
      title: z.string().nullable(),
      org: z.string().nullable(),
      org_anonymised: z.boolean(),
      year: z.number().int().nullable(),
      kind: z.enum(['plan', 'summary', 'other']),
      on_topic: z.boolean(),
    }),
  ),
  chrome: z.array(z.object({ page: z.string(), chrome: z.array(z.string()) })),
});
type SecondCoding = z.infer<typeof SecondCoding>;

export interface FunctionAgreement {
  label: FunctionLabel;
  gold: number;
  second: number;
  both: number;
  f1: number;
  kappa: number;
}

export interface Agreement {
  labels: {
    paragraphs: number;
    pages: number;
    macroF1: number;
    meanKappa: number;
    exact: number;
    byFunction: FunctionAgreement[];
  };
  /** Per field, documents on which both codings agree (scored as `eval real` scores the pipeline). */
  documents: { documents: number; fields: Record<'title' | 'org' | 'year' | 'kind' | 'on_topic', number> };
  /** Gold chrome strings the second coder marked too (either string inside the other), and the converse. */
  chrome: { pages: number; goldMarked: number; gold: number; secondInGold: number; second: number };
}

export function loadSecondCoding(file: string): SecondCoding {
  if (!existsSync(file)) throw new GoldFileError(`no second coding at ${file}`);
  const parsed = SecondCoding.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new GoldFileError(`${file}: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

/** Scores the second coding against the gold pages it names (a page or paragraph missing from the gold is an error). */
export function scoreAgreement(coding: SecondCoding, gold: GoldPage[]): Agreement {
  const pages = new Map(gold.map((p) => [p.id, p]));
  const page = (id: string) => {
    const p = pages.get(id);
    if (!p) throw new GoldFileError(`second coding names page ${id}, which the gold lacks`);
    return p;
  };
  const goldLabels = coding.labels.map((item) => {
    const goldParagraph = page(item.page).paragraphs.find((q) => q.key === item.key);
    if (!goldParagraph)
      throw new GoldFileError(`second coding names paragraph "${item.key}" of ${item.page}, which the gold lacks`);
    return goldParagraph.functions;
  });
  // The same agreement the classifier is scored by (training/metrics.ts), the second coder in the model's place.
  const report = agreement(
    goldLabels,
    coding.labels.map((item) => item.functions),
  );
  const byFunction = report.perLabel.map((m): FunctionAgreement => ({
    label: m.label,
    gold: m.support,
    second: m.predicted,
    both: Math.round(m.recall * m.support),
    f1: m.f1,
    kappa: m.kappa,
  }));

  const fields = { title: 0, org: 0, year: 0, kind: 0, on_topic: 0 };
  for (const d of coding.documents) {
    const want = page(d.page).documents[0];
    if (!want) throw new GoldFileError(`second coding names a document of ${d.page}, which the gold lacks`);
    const title = (t: string | null | undefined) => (t == null ? null : comparable(t));
    if (title(want.title) === title(d.title)) fields.title++;
    if ((want.org_anonymised === true && d.org_anonymised) || sameOrg(want.org ?? null, d.org)) fields.org++;
    if ((want.year ?? null) === d.year) fields.year++;
    if (want.kind === d.kind) fields.kind++;
    if (want.on_topic === d.on_topic) fields.on_topic++;
  }

  const chrome = { pages: coding.chrome.length, goldMarked: 0, gold: 0, secondInGold: 0, second: 0 };
  for (const c of coding.chrome) {
    const goldStrings = page(c.page).chrome.map(comparable);
    const second = c.chrome.map(comparable);
    const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);
    chrome.gold += goldStrings.length;
    chrome.goldMarked += goldStrings.filter((g) => second.some((s) => overlaps(g, s))).length;
    chrome.second += second.length;
    chrome.secondInGold += second.filter((s) => goldStrings.some((g) => overlaps(g, s))).length;
  }
  return {
    labels: {
      paragraphs: report.n,
      pages: new Set(coding.labels.map((l) => l.page)).size,
      macroF1: report.macroF1,
      meanKappa: report.macroKappa,
      exact: Math.round(report.exactMatch * report.n),
      byFunction,
    },
    documents: { documents: coding.documents.length, fields },
    chrome,
  };
}
