// Labels a paragraph's words give that its shape denies. The model reads words: a care event's festival name
// (教师节, 三八, 五一), 庆祝 and 快乐 lean it to 教育, though the codebook codes the gifts, visits and birthdays the
// union gives 维权; a staff congress's own business (its delegates' election, its motions judged for merit) leans
// it to 建设 through 选举, 换届, 评选, though it is 参与. The shapes are data (data/label-drop.json): a paragraph
// whose model labels hold the entry's `keep` label and a label it drops, that names the shape (`pattern`) and
// nothing that would earn the dropped label on its own (`keepIf`), loses the dropped label. Teaching skill (基本功比赛,
// 青蓝工程) is 建设 without the 教育 its words 教师 and 教学 give; an activity plan's preamble that names no activity
// (特制定本方案 after its purpose) is an introduction, none, so an entry without `keep` drops 教育 whatever else is there.
// A sports contest's format, rules and results (赛制, 五局三胜制, 循环赛, 冠军) are the activity, 教育, without the 建设 and
// 参与 the model reads from 工会小组 and 代表队. The recipients' thanks for a visit or the school's care, naming no gift or visit
// of their own (…对工会的慰问表示谢意), are a reaction, none, so they lose the 维权 the model reads from 慰问 and 关心.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FUNCTION_LABELS, type FunctionLabel } from '../../model/items.ts';
import { bundledOnce, loadRuleFile, ruleList, RuleId, rulePattern, Why } from '../../lexicon/rule-file.ts';

export const DEFAULT_LABEL_DROP_RULES = fileURLToPath(new URL('./data/label-drop.json', import.meta.url));

const Label = z.enum(FUNCTION_LABELS);

const Entry = z.strictObject({
  id: RuleId,
  /** The shape the paragraph names, matched anywhere in it (or, with `scope` "sentences", in every sentence). */
  pattern: rulePattern({ flags: 'u' }),
  /** "sentences": the pattern must match every sentence of the paragraph (split at 。；;！!？?), so the shape is
   * all the paragraph says (a line that only names who chairs or attends an event). Default "paragraph". */
  scope: z.enum(['paragraph', 'sentences']).default('paragraph'),
  /** The label the shape is (it must be among the model's labels for the entry to apply); without it the shape is
   * none of the dropped labels whatever else the model gave (an introduction). */
  keep: Label.optional(),
  /** Labels dropped unless `keepIf` holds anywhere in the paragraph. */
  drop: z.array(Label).min(1),
  keepIf: rulePattern({ flags: 'u' }),
  /** Read before the meeting-report shapes (classifier.ts), whatever labels the model gave: a bare host or
   * attendance line that names the session it attends (…参加了预备会) is no report of it. */
  beforeReport: z.boolean().default(false),
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

/** The paragraph's sentences: split after 。；;！!？?, trimmed, empty ones left out. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/[。；;！!？?]+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function shapeNamed(rule: LabelDropRule, text: string): boolean {
  if (rule.entry.scope === 'paragraph') return rule.re.test(text);
  const sentences = sentencesOf(text);
  return sentences.length > 0 && sentences.every((s) => rule.re.test(s));
}

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
        shapeNamed(r, text) &&
        !r.keep.test(text),
    ) ?? null
  );
}

/** The first rule read before the meeting-report shapes that applies to the paragraph whatever labels the model
 * gave (the shape named, nothing kept), or null. */
export function labelDropBeforeReport(
  text: string,
  rules: LabelDropRule[] = loadLabelDropRules(),
): LabelDropRule | null {
  return rules.find((r) => r.entry.beforeReport && shapeNamed(r, text) && !r.keep.test(text)) ?? null;
}

/** The labels without those the rule drops. */
export function labelDropLabels(labels: readonly FunctionLabel[], rule: LabelDropRule): FunctionLabel[] {
  const dropped = new Set(rule.entry.drop);
  return labels.filter((l) => !dropped.has(l));
}
