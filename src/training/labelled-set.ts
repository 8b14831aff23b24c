// Labelled paragraphs for training and evaluation: fixtures/labels/*.jsonl, one paragraph per line,
// coded by docs/codebook.md. Files named holdout-*.jsonl are kept out of training: they are written in a
// different style and show whether the model generalises.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FUNCTION_LABELS, type FunctionLabel } from '../model/items.ts';

/** The package's labelled paragraphs (found from the package, so `gonghui train` runs from any folder). */
export const DEFAULT_LABELS_DIR = fileURLToPath(new URL('../../fixtures/labels', import.meta.url));

export interface LabelledParagraph {
  id: string;
  text: string;
  /** Enclosing headings, outermost first. */
  headings: string[];
  labels: FunctionLabel[];
  /** jieba tokens when already known (paragraphs from the database); computed otherwise. */
  tokens?: string[];
  /** Where the example came from: a fixture file or "human:<doc_id>". */
  origin: string;
}

const Line = z.strictObject({
  id: z.string().min(1),
  text: z.string().trim().min(1),
  /** The nearest enclosing heading (shorthand for headings: [heading]). */
  heading: z.string().min(1).nullable().optional(),
  headings: z.array(z.string().min(1)).optional(),
  labels: z.array(z.enum(FUNCTION_LABELS)).refine((ls) => new Set(ls).size === ls.length, 'labels repeat'),
  /** Free text: the style imitated (plan, summary, schedule, enterprise …). */
  style: z.string().optional(),
  /** Why a boundary case is coded the way it is. */
  note: z.string().optional(),
});

export function parseLabelledLines(text: string, file: string): LabelledParagraph[] {
  const out: LabelledParagraph[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`, { cause: e });
    }
    const parsed = Line.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file}:${i + 1}: ${issue.path.join('.') || 'line'}: ${issue.message}`);
    }
    const l = parsed.data;
    if (l.heading && l.headings) throw new Error(`${file}:${i + 1}: give heading or headings, not both`);
    const headings = l.headings ?? (l.heading ? [l.heading] : []);
    // Labels in the codebook's order, so equal sets compare equal.
    const labels = FUNCTION_LABELS.filter((x) => l.labels.includes(x));
    out.push({ id: l.id, text: l.text, headings, labels, origin: file });
  });
  return out;
}

export interface LabelledSets {
  training: LabelledParagraph[];
  holdout: LabelledParagraph[];
}

export function loadLabelledSets(dir: string = DEFAULT_LABELS_DIR): LabelledSets {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  if (files.length === 0) throw new Error(`${dir}: no labelled *.jsonl files`);
  const sets: LabelledSets = { training: [], holdout: [] };
  const seen = new Map<string, string>();
  for (const f of files) {
    const path = join(dir, f);
    for (const p of parseLabelledLines(readFileSync(path, 'utf8'), path)) {
      const other = seen.get(p.id);
      if (other) throw new Error(`${path}: id "${p.id}" is also used in ${other}`);
      seen.set(p.id, path);
      (f.startsWith('holdout-') ? sets.holdout : sets.training).push(p);
    }
  }
  return sets;
}

/** Fingerprint of a training set: the same paragraphs and codes give the same hash, in any order. */
export function labelledSetSha256(examples: readonly LabelledParagraph[]): string {
  const canonical = [...examples].map((e) => JSON.stringify([e.id, e.text, e.headings, e.labels])).sort();
  return createHash('sha256').update(canonical.join('\n')).digest('hex');
}
