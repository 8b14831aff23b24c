// Labels a paragraph's words give that its shape denies. The model reads words: a care event's festival name
// (教师节, 三八, 五一), 庆祝 and 快乐 lean it to 教育, though the codebook codes the gifts, visits and birthdays the
// union gives 维权; a staff congress's own business (its delegates' election, its motions judged for merit) leans
// it to 建设 through 选举, 换届, 评选, though it is 参与. The shapes are data (data/label-drop.json): a paragraph
// whose model labels hold the entry's `keep` label and a label it drops, that names the shape (`pattern`) and
// nothing that would earn the dropped label on its own (`keepIf`), loses the dropped label. Teaching skill (基本功比赛,
// 青蓝工程) is 建设 without the 教育 its words 教师 and 教学 give; an activity plan's preamble that names no activity
// (特制定本方案 after its purpose) is an introduction, none, so an entry without `keep` drops 教育 whatever else is there.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FUNCTION_LABELS, type FunctionLabel } from '../../model/items.ts';
import { bundledOnce, loadRuleFile, ruleList, RuleId, rulePattern, Why } from '../../lexicon/rule-file.ts';

export const DEFAULT_LABEL_DROP_RULES = fileURLToPath(new URL('./data/label-drop.json', import.meta.url));

const Label = z.enum(FUNCTION_LABELS);

const Entry = z.strictObject({
  id: RuleId,
  /** The shape the paragraph names, matched anywhere in it. */
  pattern: rulePattern({ flags: 'u' }),
  /** The label the shape is (it must be among the model's labels for the entry to apply); without it the shape is
   * none of the dropped labels whatever else the model gave (an introduction). */
  keep: Label.optional(),
  /** Labels dropped unless `keepIf` holds anywhere in the paragraph. */
  drop: z.array(Label).min(1),
  keepIf: rulePattern({ flags: 'u' }),
  /** Text of our own in the shape (test/stages/label-drop.test.ts runs every example). */
  example: z.string().min(1),
  /** Text of our own the entry must leave alone. */
  counterExample: z.string().min(1),
  why: Why,
});

const LabelDropFile = z.strictObject({
  description: z.string().optional(),
  rules: ruleList(Entry).min(1),
});

export type LabelDropEntry = z.output<typeof Entry>;

export interface LabelDropRule {
  entry: LabelDropEntry;
  re: RegExp;
  keep: RegExp;
}

export const loadLabelDropRules = bundledOnce(DEFAULT_LABEL_DROP_RULES, (file): LabelDropRule[] =>
  loadRuleFile(file, LabelDropFile).rules.map((entry) => ({
    entry,
    re: new RegExp(entry.pattern, 'u'),
    keep: new RegExp(entry.keepIf, 'u'),
  })),
);

/** The first rule that applies to the paragraph with the model's labels (shape named, nothing kept), or null. */
export function labelDrop(
  text: string,
  labels: readonly FunctionLabel[],
  rules: LabelDropRule[] = loadLabelDropRules(),
): LabelDropRule | null {
  return (
    rules.find(
      (r) =>
        (r.entry.keep === undefined || labels.includes(r.entry.keep)) &&
        r.entry.drop.some((l) => labels.includes(l)) &&
        r.re.test(text) &&
        !r.keep.test(text),
    ) ?? null
  );
}

/** The labels without those the rule drops. */
export function labelDropLabels(labels: readonly FunctionLabel[], rule: LabelDropRule): FunctionLabel[] {
  const dropped = new Set(rule.entry.drop);
  return labels.filter((l) => !dropped.has(l));
}
