// A paragraph of a plan or summary usually names its topic first and then elaborates: "3、多组织教工喜闻乐见的文体
// 活动，让大家身心愉快…", "2、办好教代会。每学年按时开会…保障教工的合法利益。" The topic
// clause (after the numbering and any opening purpose, basis, setting or time clause, up to the next ，/：/。/；) says
// which function the paragraph does; cue words further on are often a purpose or a passing mention ("增强依法维权的
// 自觉性" after "认真学习贯彻新《工会法》"), which the codebook does not code. Naive Bayes counts a cue the same wherever
// it stands, so features.ts marks where the cues stand (T: in the topic clause, A: only after it) and the labelled
// data say how much each place is worth (train-model.ts, the calibration's cue weights).
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readMarker } from '../../lexicon/layout/markers.ts';
import { loadRuleFile, ruleList, RuleId, Why } from '../../lexicon/rule-file.ts';

export const DEFAULT_TOPIC_CLAUSE_RULES = fileURLToPath(new URL('./data/topic-clause.json', import.meta.url));

/** Anchored at a clause's start or end, so a one-character affix ("在…领导下") is not the broad match it would be
 * anywhere in a text (ruleTerm's check). */
const Affix = z.array(z.string().trim().min(1)).min(1);

const TopicClauseFile = z.strictObject({
  description: z.string().optional(),
  skip: ruleList(z.strictObject({ id: RuleId, why: Why, starts: Affix.optional(), ends: Affix.optional() })).min(1),
});

export type TopicClauseRules = z.output<typeof TopicClauseFile>;

export interface TopicSplit {
  /** The topic clause: the first clause of at least MIN_TOPIC characters after the numbering and the openers. */
  topic: string;
  /** Everything after it. */
  rest: string;
  /** The ids of the skip rules whose clauses came before the topic. */
  skipped: string[];
}

const CLAUSE_END = /[，,：:。；;！!？?]/u;

/** A clause shorter than this ("第四", "首先", "一是") is an opener, not the topic: the next clause is. */
const MIN_TOPIC = 4;

/** The rest must hold this many characters for the paragraph to have a topic clause apart from its whole text. */
const MIN_REST = 6;

let bundled: TopicClauseRules | null = null;

export function loadTopicClauseRules(file: string = DEFAULT_TOPIC_CLAUSE_RULES): TopicClauseRules {
  if (file === DEFAULT_TOPIC_CLAUSE_RULES) return (bundled ??= loadRuleFile(file, TopicClauseFile));
  return loadRuleFile(file, TopicClauseFile);
}

/** The id of the skip rule a clause matches, or null when the clause can be the topic. */
function skipRule(clause: string, rules: TopicClauseRules): string | null {
  for (const rule of rules.skip) {
    const starts = rule.starts?.some((s) => clause.startsWith(s)) ?? false;
    const ends = rule.ends?.some((e) => clause.endsWith(e)) ?? false;
    // An entry with both lists wants both ("在…领导下"); with one list, that one.
    if (rule.starts && rule.ends ? starts && ends : starts || ends) return rule.id;
  }
  return null;
}

/**
 * Splits a paragraph into its topic clause and the rest; null when no clause after the openers leaves a rest (a
 * single-clause paragraph: its whole text is the topic).
 */
export function splitTopicClause(text: string, rules: TopicClauseRules = loadTopicClauseRules()): TopicSplit | null {
  const marker = readMarker(text);
  let at = marker ? marker.lead.length : 0;
  const skipped: string[] = [];
  while (at < text.length) {
    const end = text.slice(at).search(CLAUSE_END);
    const stop = end < 0 ? text.length : at + end;
    const clause = text.slice(at, stop).trim();
    const skip = clause.length >= MIN_TOPIC ? skipRule(clause, rules) : 'short';
    if (skip === null) {
      const rest = text.slice(stop + 1).trim();
      return rest.length >= MIN_REST ? { topic: clause, rest, skipped } : null;
    }
    if (skip !== 'short') skipped.push(skip);
    at = stop + 1;
  }
  return null;
}
