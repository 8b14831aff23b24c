// The real-page gold (eval/real/pages.json, or a scratch batch /work/real-pages/gold/<batch>.json): per page the
// chrome that must go, body lines that must stay, its documents with their metadata, dated activities and coded
// paragraphs. The format is /work/real-pages/SCHEMA.md's; unknown fields are allowed so annotators can add notes.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FUNCTION_LABELS } from '../../model/items.ts';

// The package's own gold, found from the package (not the working folder), so `eval real` runs from any folder.
export const DEFAULT_REAL_GOLD = fileURLToPath(new URL('../../../eval/real/pages.json', import.meta.url));

// Every split by name; which are tuned on, spent or sealed is the ledger's word (eval/real/splits.json), not this list's.
export const SPLITS = [
  'dev',
  'test',
  'test2',
  'test3',
  'test4',
  'test5',
  'test6',
  'test7',
  'test8',
  'test9',
  'test10',
  'test11',
  'test12',
  'test13',
  'test14',
  'test15',
  'test16',
  'test17',
  'test18',
  'test19',
  'test20',
] as const;
export type Split = (typeof SPLITS)[number];

const GoldDocument = z.object({
  keys: z.array(z.string().min(1)).min(1),
  title: z.string().nullable().optional(),
  org: z.string().nullable().optional(),
  org_anonymised: z.boolean().optional(),
  year: z.number().int().nullable().optional(),
  school_year: z.string().nullable().optional(),
  kind: z.enum(['plan', 'summary', 'other']).optional(),
  on_topic: z.boolean().optional(),
  duplicate_of: z.number().int().min(0).nullable().optional(),
});

const GoldActivity = z.object({
  key: z.string().min(1),
  month: z.number().int().min(1).max(12),
  month_end: z.number().int().min(1).max(12).nullable().optional(),
  year: z.number().int().nullable().optional(),
  basis: z.enum(['stated', 'festival', 'week', 'order']).optional(),
});

const GoldParagraph = z.object({
  key: z.string().min(1),
  functions: z.array(z.enum(FUNCTION_LABELS)),
});

const GoldPage = z.object({
  id: z.string().regex(/^[\w-]+$/, 'an id is letters, digits, - or _ (it names the page file)'),
  url: z.string().optional(),
  site: z.string().optional(),
  shape: z.array(z.string()).optional(),
  script: z.enum(['simplified', 'traditional']).optional(),
  split: z.enum(SPLITS).optional(),
  chrome: z.array(z.string().min(1)).default([]),
  body: z.array(z.string().min(1)).default([]),
  documents: z.array(GoldDocument).default([]),
  activities: z.object({ complete: z.boolean(), items: z.array(GoldActivity) }).default({ complete: false, items: [] }),
  paragraphs: z.array(GoldParagraph).default([]),
});

// The committed set carries a version and a split per page; a scratch batch carries its name and no splits.
const GoldFile = z
  .object({ version: z.literal(1).optional(), batch: z.string().optional(), pages: z.array(GoldPage) })
  .refine(
    (f) => f.version !== undefined || f.batch !== undefined,
    'a gold file has "version": 1 (eval/real) or "batch" (a scratch batch)',
  );

export type GoldDocument = z.infer<typeof GoldDocument>;
export type GoldActivity = z.infer<typeof GoldActivity>;
export type GoldParagraph = z.infer<typeof GoldParagraph>;
export type GoldPage = Omit<z.infer<typeof GoldPage>, 'split'> & { split: Split };

export class GoldFileError extends Error {}

/** Reads and checks a gold file; a page without a split counts as dev (scratch batches have none). */
export function loadRealGold(file: string): GoldPage[] {
  if (!existsSync(file)) throw new GoldFileError(`no gold file at ${file} (pass --gold FILE)`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new GoldFileError(`${file}: not JSON (${(e as Error).message})`);
  }
  const parsed = GoldFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = describePath(raw, issue.path);
    throw new GoldFileError(`${file}: ${where}: ${issue.message}`);
  }
  const pages = parsed.data.pages.map((p) => ({ ...p, split: p.split ?? 'dev' }) as GoldPage);
  const seen = new Set<string>();
  for (const p of pages) {
    if (seen.has(p.id)) throw new GoldFileError(`${file}: page id "${p.id}" appears twice`);
    seen.add(p.id);
  }
  return pages;
}

/** "pages[3] (a004).documents.0.kind": the page's id makes a schema error findable in a long file. */
function describePath(raw: unknown, path: PropertyKey[]): string {
  if (path[0] === 'pages' && typeof path[1] === 'number') {
    const id = (raw as { pages?: Array<{ id?: unknown }> }).pages?.[path[1]]?.id;
    const rest = path.slice(2).map(String).join('.');
    return `pages[${path[1]}]${typeof id === 'string' ? ` (${id})` : ''}${rest ? `.${rest}` : ''}`;
  }
  return path.map(String).join('.') || '(top level)';
}
