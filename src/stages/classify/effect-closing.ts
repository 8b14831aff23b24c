// A news item or report ends by saying what its event achieved: "此次活动丰富了教职工的业余生活，增进了…"; "本次大会
// 的召开，是…的重要举措"; "通过短短的运动会，…压力得到了释放". The codebook codes such a closing evaluation none when it
// commits the union to no concrete work (the gold audit of 2026-12-06: 此次活动丰富了… → []), but its words are
// the words of the work it evaluates (丰富…文化生活, 凝聚力, 关怀, 民主), so the model labels it. The shapes are data
// (data/effect-closing.json): an opener that makes the reported event the subject of the paragraph's first sentence,
// an effect said right after it, and the things (a commitment to concrete work, a count of what was done) that keep
// the paragraph with the model.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readMarker } from '../../lexicon/layout/markers.ts';
import { sentencesOf } from './label-drop.ts';
import { bundledOnce, loadRuleFile, ruleList, RuleId, rulePattern, Why } from '../../lexicon/rule-file.ts';

export const DEFAULT_EFFECT_CLOSING_RULES = fileURLToPath(new URL('./data/effect-closing.json', import.meta.url));

const Entry = z.strictObject({
  id: RuleId,
  pattern: rulePattern({ flags: 'u' }),
  /** Text of our own in the shape (test/stages/effect-closing.test.ts runs every example). */
  example: z.string().min(1),
  /** Text of our own the entry must leave alone. */
  counterExample: z.string().min(1).optional(),
  /** An effect only read after these openers (the participants' words after 纷纷表示). */
  after: z.array(RuleId).min(1).optional(),
  /** An opener that names the reported event itself (此次活动, 通过比赛): it may open a later sentence. */
  later: z.boolean().optional(),
  why: Why,
});

const EffectClosingFile = z.strictObject({
  description: z.string().optional(),
  openers: ruleList(Entry).min(1),
  effects: ruleList(Entry).min(1),
  unless: ruleList(Entry),
  /** Words that tell the event (an act, a date, a result): a closing stands in a later sentence only when no sentence
   * before it holds one (a saying, the event's meaning or its atmosphere may come first). */
  deeds: ruleList(Entry),
});

export type EffectClosingEntry = z.output<typeof Entry>;

interface Compiled {
  entry: EffectClosingEntry;
  re: RegExp;
}

export interface EffectClosingRules {
  openers: Compiled[];
  effects: Compiled[];
  unless: Compiled[];
  deeds: Compiled[];
}

function compile(entries: EffectClosingEntry[]): Compiled[] {
  return entries.map((entry) => ({ entry, re: new RegExp(entry.pattern, 'u') }));
}

export const loadEffectClosingRules = bundledOnce(DEFAULT_EFFECT_CLOSING_RULES, (file): EffectClosingRules => {
  const data = loadRuleFile(file, EffectClosingFile);
  return {
    openers: compile(data.openers),
    effects: compile(data.effects),
    unless: compile(data.unless),
    deeds: compile(data.deeds),
  };
});

export interface EffectClosing {
  opener: string;
  effect: string;
}

/** The paragraph's sentences, each without the closing quote a sentence end leaves before it. */
function sentences(body: string): string[] {
  return sentencesOf(body)
    .map((s) => s.replace(/^[\s”’"')）]+/u, ''))
    .filter((s) => s.length > 0);
}

/** The opener and effect rule ids when the sentence opens with the reported event and says what it achieved. */
function closingSentence(sentence: string, rules: EffectClosingRules, later: boolean): EffectClosing | null {
  for (const opener of rules.openers) {
    if (later && !opener.entry.later) continue;
    const m = opener.re.exec(sentence);
    if (!m) continue;
    // In a later sentence the opener itself must tell no deed (通过举办各类讲座… reports the holding).
    if (later && rules.deeds.some((d) => d.re.test(m[0]))) continue;
    const rest = sentence.slice(m[0].length);
    const effect = rules.effects.find(
      (e) => (e.entry.after ? e.entry.after.includes(opener.entry.id) : true) && e.re.test(rest),
    );
    if (effect) return { opener: opener.entry.id, effect: effect.entry.id };
  }
  return null;
}

/**
 * The opener and effect rule ids when the paragraph is a closing evaluation (a sentence opens with the reported event
 * and says what it achieved, every sentence before it tells no deed — no act, date or result, see `deeds`; only a
 * `later` opener may open a later sentence — and no `unless` rule holds anywhere in the paragraph), else null.
 */
export function effectClosing(
  text: string,
  rules: EffectClosingRules = loadEffectClosingRules(),
): EffectClosing | null {
  const marker = readMarker(text);
  const body = (marker ? text.slice(marker.lead.length) : text).trim();
  for (const [k, sentence] of sentences(body).entries()) {
    const closing = closingSentence(sentence, rules, k > 0);
    if (closing) return rules.unless.some((u) => u.re.test(body)) ? null : closing;
    if (rules.deeds.some((d) => d.re.test(sentence))) return null;
  }
  return null;
}
