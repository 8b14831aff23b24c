// A care event told as one: festival gifts and greetings, visits to retired or ill members, a collective birthday.
// The codebook codes it 维权 ("the gifts and visits around a festival are 维权"; 生日祝福, 退休教师 visits), but its
// words lean the model to 教育: the festival's name (教师节, 三八, 五一), 庆祝, 健康, 快乐, 分享 are read as culture.
// The shapes are data (data/care-event.json): a paragraph whose model labels hold 维权 and 教育, that names the care
// (`pattern`) and no cultural, sport or study activity (`keepIf`), keeps 维权 and loses 教育.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FUNCTION_LABELS, type FunctionLabel } from '../../model/items.ts';
import { loadRuleFile, ruleList, RuleId, rulePattern, Why } from '../../lexicon/rule-file.ts';

export const DEFAULT_CARE_EVENT_RULES = fileURLToPath(new URL('./data/care-event.json', import.meta.url));

const Label = z.enum(FUNCTION_LABELS);

const Entry = z.strictObject({
  id: RuleId,
  /** The care the paragraph names, matched anywhere in it. */
  pattern: rulePattern({ flags: 'u' }),
  /** The label the care is (it must be among the model's labels for the entry to apply). */
  keep: Label,
  /** Labels dropped unless `keepIf` holds anywhere in the paragraph. */
  drop: z.array(Label).min(1),
  keepIf: rulePattern({ flags: 'u' }),
  /** Text of our own in the shape (test/stages/care-event.test.ts runs every example). */
  example: z.string().min(1),
  /** Text of our own the entry must leave alone. */
  counterExample: z.string().min(1),
  why: Why,
});

const CareEventFile = z.strictObject({
  description: z.string().optional(),
  events: ruleList(Entry).min(1),
});

export type CareEventEntry = z.output<typeof Entry>;

export interface CareEventRule {
  entry: CareEventEntry;
  re: RegExp;
  keep: RegExp;
}

let bundled: CareEventRule[] | null = null;

export function loadCareEventRules(file: string = DEFAULT_CARE_EVENT_RULES): CareEventRule[] {
  if (file === DEFAULT_CARE_EVENT_RULES && bundled) return bundled;
  const data = loadRuleFile(file, CareEventFile);
  const rules = data.events.map((entry) => ({
    entry,
    re: new RegExp(entry.pattern, 'u'),
    keep: new RegExp(entry.keepIf, 'u'),
  }));
  if (file === DEFAULT_CARE_EVENT_RULES) bundled = rules;
  return rules;
}

/** The first rule that applies to the paragraph with the model's labels (care named, nothing kept), or null. */
export function careEvent(
  text: string,
  labels: readonly FunctionLabel[],
  rules: CareEventRule[] = loadCareEventRules(),
): CareEventRule | null {
  return (
    rules.find(
      (r) =>
        labels.includes(r.entry.keep) &&
        r.entry.drop.some((l) => labels.includes(l)) &&
        r.re.test(text) &&
        !r.keep.test(text),
    ) ?? null
  );
}

/** The labels without those the rule drops. */
export function careEventLabels(labels: readonly FunctionLabel[], rule: CareEventRule): FunctionLabel[] {
  const dropped = new Set(rule.entry.drop);
  return labels.filter((l) => !dropped.has(l));
}
