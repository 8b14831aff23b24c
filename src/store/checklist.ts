// The checklist of items a school union's plan is expected to cover (`gonghui compare`, the report). Rules
// are data: src/store/data/checklist.json, each item with an id, its match terms and a one-line why.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const DEFAULT_CHECKLIST = fileURLToPath(new URL('./data/checklist.json', import.meta.url));

const ChecklistFile = z.strictObject({
  about: z.string().optional(),
  items: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
        label: z.string().min(1),
        required: z.boolean().default(false),
        // A one-character term would match almost any document.
        terms: z.array(z.string().trim().min(2, 'a term needs at least two characters')).min(1),
        why: z.string().min(1),
      }),
    )
    .min(1),
});

export type ChecklistItem = z.output<typeof ChecklistFile>['items'][number];

export class ChecklistError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChecklistError';
  }
}

export function loadChecklist(path: string = DEFAULT_CHECKLIST): ChecklistItem[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ChecklistError(`${path}: ${(e as Error).message}`);
  }
  const parsed = ChecklistFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ChecklistError(`${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const [i, item] of parsed.data.items.entries()) {
    if (seen.has(item.id)) throw new ChecklistError(`${path}: items.${i}.id: "${item.id}" is used twice`);
    seen.add(item.id);
  }
  return parsed.data.items;
}
