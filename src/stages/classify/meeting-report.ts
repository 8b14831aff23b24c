// A meeting report tells who made which report: the codebook codes the head's work report to the staff congress
// 参与 (教代会 hears and reviews the school's work) and the union's own work report, review or deployment 建设 (the
// union drawing up and reviewing its own work). Their words are the same (工作报告, 总结, 回顾, 部署), so the model
// mixes them: a principal's report gets 建设 from 工作 and 总结, a union chair's review gets nothing. The shapes are
// data (data/meeting-report.json): a first sentence whose speaker and report say which it is, the label it adds,
// the labels it drops unless the paragraph also names other work of that function. The same first-sentence reading
// holds the union's own organisation named in a paragraph's first clause (健全组织, 建章立制: 建设).
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FUNCTION_LABELS, type FunctionLabel } from '../../model/items.ts';
import { readMarker } from '../../lexicon/layout/markers.ts';
import { bundledOnce, loadRuleFile, ruleList, RuleId, rulePattern, Why } from '../../lexicon/rule-file.ts';

export const DEFAULT_MEETING_REPORT_RULES = fileURLToPath(new URL('./data/meeting-report.json', import.meta.url));

const Label = z.enum(FUNCTION_LABELS);

const Entry = z.strictObject({
  id: RuleId,
  /** Matched against the paragraph's first sentence (after its numbering). */
  pattern: rulePattern({ flags: 'u' }),
  /** The label the report's shape gives. */
  add: Label,
  /** Labels the model gave from the report's words, dropped unless `keepIf` holds anywhere in the paragraph. */
  drop: z.array(Label).optional(),
  keepIf: rulePattern({ flags: 'u' }).optional(),
  /** Read in any sentence of the paragraph, not only its first (the head's report after a congress's opening). */
  anySentence: z.boolean().optional(),
  /** Text of our own in the shape (test/stages/meeting-report.test.ts runs every example). */
  example: z.string().min(1),
  /** Text of our own the entry must leave alone. */
  counterExample: z.string().min(1).optional(),
  why: Why,
});

const MeetingReportFile = z.strictObject({
  description: z.string().optional(),
  reports: ruleList(Entry).min(1),
});

export type MeetingReportEntry = z.output<typeof Entry>;

export interface MeetingReportRule {
  entry: MeetingReportEntry;
  re: RegExp;
  keep: RegExp | null;
}

export const loadMeetingReportRules = bundledOnce(DEFAULT_MEETING_REPORT_RULES, (file): MeetingReportRule[] =>
  loadRuleFile(file, MeetingReportFile).reports.map((entry) => ({
    entry,
    re: new RegExp(entry.pattern, 'u'),
    keep: entry.keepIf ? new RegExp(entry.keepIf, 'u') : null,
  })),
);

const SENTENCE_END = /[。；;！!？?]/u;

/** The first rule whose shape the paragraph's first sentence (or any sentence, for `anySentence`) has, or null. */
export function meetingReport(
  text: string,
  rules: MeetingReportRule[] = loadMeetingReportRules(),
): MeetingReportRule | null {
  const marker = readMarker(text);
  const body = (marker ? text.slice(marker.lead.length) : text).trim();
  const sentences = body.split(SENTENCE_END);
  return rules.find((r) => (r.entry.anySentence ? sentences : sentences.slice(0, 1)).some((s) => r.re.test(s))) ?? null;
}

/** The labels after the report's shape: its label added, the labels it drops taken out (unless kept). */
export function meetingReportLabels(
  text: string,
  labels: readonly FunctionLabel[],
  rule: MeetingReportRule,
): FunctionLabel[] {
  const dropped = new Set(rule.keep?.test(text) ? [] : (rule.entry.drop ?? []));
  const out = new Set(labels.filter((l) => !dropped.has(l)));
  out.add(rule.entry.add);
  return FUNCTION_LABELS.filter((l) => out.has(l));
}
