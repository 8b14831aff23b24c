// A long paragraph often does the work of several functions, one sentence each ("…组织篮球赛。…看望生病教师。
// …搞好职工之家建设。"). Naive Bayes scores the paragraph as a whole, so the words of the function most of it is
// about outvote the one sentence that carries another, and the paragraph loses that function (issue 16). So a
// paragraph that already has a label (it is concrete work, not a preamble: the codebook codes those none, and
// their sentences name the functions as aims) has each of its sentences scored alone too, with the same headings;
// a function a sentence carries clearly — its probability at least that function's threshold plus
// SENTENCE_MARGIN — is added. A sentence only adds labels, never removes one.
import type { FunctionLabel } from '../../model/items.ts';
import type { FeatureExtractor, ParagraphInput } from './features.ts';
import type { Classification, FunctionModel } from './model.ts';

/**
 * How far above a function's threshold a single sentence must score to add the function: a sentence is short,
 * and a short text's probability is less sure than a paragraph's. On the real pages every margin from 0 to 0.3
 * gained on each of dev, test and test2; 0.1 is the middle of the range where the gain was largest.
 */
export const SENTENCE_MARGIN = 0.1;

/** Sentences shorter than this (a numbering, "一是") carry no function of their own. */
const MIN_SENTENCE = 6;

const SENTENCE_END = /[。；;！!？?]/;

export interface Sentence {
  text: string;
  /** The paragraph's tokens that fall in this sentence (undefined when they could not all be placed). */
  tokens?: string[];
}

/**
 * The paragraph's sentences of at least MIN_SENTENCE characters. The paragraph's jieba tokens (segment.words,
 * punctuation left out, in text order) are handed out to the sentences they fall in, so nothing is cut twice.
 */
export function sentencesOf(text: string, tokens?: readonly string[]): Sentence[] {
  const spans: Array<{ from: number; to: number }> = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || SENTENCE_END.test(text[i]!)) {
      if (i > from) spans.push({ from, to: i });
      from = i + 1;
    }
  }
  let placed: string[][] | null = null;
  if (tokens) {
    placed = spans.map(() => []);
    let at = 0;
    let span = 0;
    for (const t of tokens) {
      const pos = text.indexOf(t, at);
      if (pos < 0) {
        placed = null;
        break;
      }
      while (span < spans.length - 1 && pos >= spans[span]!.to) span++;
      placed[span]!.push(t);
      at = pos + t.length;
    }
  }
  const out: Sentence[] = [];
  spans.forEach((s, i) => {
    const sentence = text.slice(s.from, s.to).trim();
    if (sentence.length >= MIN_SENTENCE) out.push({ text: sentence, tokens: placed?.[i] });
  });
  return out;
}

/** Labels a paragraph: the whole paragraph, then (when it has a label and several sentences) each sentence. */
export function labelParagraph(
  model: FunctionModel,
  extractor: FeatureExtractor,
  input: ParagraphInput,
): Classification {
  const whole = model.classify(extractor.extract(input));
  if (whole.labels.length === 0 || whole.labels.length === model.labels.length) return whole;
  const sentences = sentencesOf(input.text, input.tokens);
  if (sentences.length < 2) return whole;
  const added = new Map<FunctionLabel, { score: number; reasons: string[] }>();
  for (const s of sentences) {
    const features = extractor.extract({ text: s.text, tokens: s.tokens, headings: input.headings });
    const p = model.probabilities(features.names);
    model.labels.forEach((label, k) => {
      if (whole.labels.includes(label) || p[k]! < model.thresholds[k]! + SENTENCE_MARGIN) return;
      const score = Math.round(p[k]! * 1000) / 1000;
      if ((added.get(label)?.score ?? -1) >= score) return;
      added.set(label, { score, reasons: model.classify(features).reasons[label] ?? [] });
    });
  }
  if (added.size === 0) return whole;
  const scores = { ...whole.scores };
  const reasons = { ...whole.reasons };
  for (const [label, a] of added) {
    scores[label] = Math.max(scores[label], a.score);
    reasons[label] = a.reasons;
  }
  return { labels: model.labels.filter((l) => whole.labels.includes(l) || added.has(l)), scores, reasons };
}
