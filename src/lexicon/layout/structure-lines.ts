// Lines that are a document's structure, not its content (issue 16): month headers of a schedule, bare dates,
// the unit's sign-off, generic section titles ("二、主要工作") and a table's field lines ("时间：4月中旬"). The patterns are data
// (data/structure.json), each with examples; the segment stage asks here which kind a line's core is.
import { z } from 'zod';
import { loadRuleFile, ruleList, RuleId, rulePattern, Why } from '../rule-file.ts';

const STRUCTURE_LINE_KINDS = ['month-header', 'date', 'signature', 'generic-heading', 'field'] as const;
export type StructureLineKind = (typeof STRUCTURE_LINE_KINDS)[number];

const StructureFile = z.strictObject({
  description: z.string().optional(),
  entries: ruleList(
    z.strictObject({
      id: RuleId,
      kind: z.enum(STRUCTURE_LINE_KINDS),
      why: Why,
      examples: z.array(z.string().min(1)).min(1),
      pattern: rulePattern({ flags: 'u' }),
      /** Only in the last lines of a document (a sign-off): a unit's name elsewhere may head a section. */
      tailOnly: z.boolean().optional(),
    }),
  ),
});

interface StructureRule {
  id: string;
  kind: StructureLineKind;
  pattern: RegExp;
  tailOnly: boolean;
}

let rules: StructureRule[] | null = null;

function loadRules(): StructureRule[] {
  rules ??= loadRuleFile(new URL('./data/structure.json', import.meta.url), StructureFile).entries.map((e) => ({
    id: e.id,
    kind: e.kind,
    pattern: new RegExp(e.pattern, 'u'),
    tailOnly: e.tailOnly ?? false,
  }));
  return rules;
}

/**
 * The structure kind of a line's core (no section number, no trailing punctuation) and the id of the entry
 * that says so, or null for content. `tail`: the line is among a document's last lines, where sign-offs sit.
 */
export function structureLine(core: string, tail: boolean): { kind: StructureLineKind; id: string } | null {
  for (const r of loadRules()) {
    if (r.tailOnly && !tail) continue;
    if (r.pattern.test(core)) return { kind: r.kind, id: r.id };
  }
  return null;
}

/** Whether a line's core is a sign-off (the signing unit, perhaps with its date), read as at a document's end. */
export function isSignOffLine(core: string): boolean {
  return structureLine(core, true)?.kind === 'signature';
}
