// The codebook's cue terms (data/lexicon.json), validated when loaded and compiled into one matcher.
// A match is a feature the classifier weighs, not a label by itself: "比赛" is 教育 in 乒乓球比赛 and 建设 in
// 课堂教学比赛, and only the labelled data can say how much each cue is worth.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadRuleFile, parseRuleData, ruleList, RuleId, ruleTerm, Why } from '../../lexicon/rule-file.ts';
import { FUNCTION_LABELS } from '../../model/items.ts';

export const DEFAULT_LEXICON = fileURLToPath(new URL('./data/lexicon.json', import.meta.url));

export const LEXICON_LABELS = [...FUNCTION_LABELS, 'generic'] as const;
export type LexiconLabel = (typeof LEXICON_LABELS)[number];

const Term = z
  .string()
  .trim()
  .pipe(ruleTerm(2, 'a term must have at least two characters (one character matches almost everywhere)'))
  .refine((t) => !/[\s|\\^$.*+?()[\]{}]/.test(t), 'a term is plain text: no spaces or pattern characters');

const LexiconFile = z.strictObject({
  description: z.string().optional(),
  entries: ruleList(
    z.strictObject({
      id: RuleId.regex(/^[a-z]+\.[a-z-]+$/, 'ids look like "weiquan.warmth"'),
      label: z.enum(LEXICON_LABELS),
      why: Why,
      terms: z.array(Term).min(1),
      /** The entry's terms override the words inside them ("师德建设": its 建设 is not the 建设 function). */
      masks: z.boolean().optional(),
    }),
  ).min(1),
});

export interface LexiconEntry {
  id: string;
  label: LexiconLabel;
  why: string;
  terms: string[];
  masks?: boolean;
}

export interface LexiconMatch {
  term: string;
  entry: LexiconEntry;
}

export interface Lexicon {
  entries: LexiconEntry[];
  /** Fingerprint of the entries, recorded in the model so a retrain is due when it changes. */
  sha256: string;
  /** Non-overlapping matches, longest term first at each position. */
  match(text: string): LexiconMatch[];
}

/** Lexicon data already parsed from JSON (or written in a test); `file` names it in errors. */
export function parseLexicon(raw: unknown, file = 'lexicon'): Lexicon {
  return buildLexicon(parseRuleData(raw, LexiconFile, file).entries, file);
}

function buildLexicon(entries: LexiconEntry[], file: string): Lexicon {
  const byTerm = new Map<string, LexiconEntry>();
  for (const entry of entries) {
    for (const term of entry.terms) {
      const other = byTerm.get(term);
      if (other) throw new Error(`${file}: term "${term}" is in both ${other.id} and ${entry.id}`);
      byTerm.set(term, entry);
    }
  }
  // Terms indexed by the code of their first character, longest first: one array read per position of the
  // text (a single alternation regex over hundreds of terms costs several times more per paragraph).
  const byFirst = new Array<string[] | undefined>(0x10000).fill(undefined);
  for (const term of [...byTerm.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
    (byFirst[term.charCodeAt(0)] ??= []).push(term);
  }
  const sha256 = createHash('sha256').update(JSON.stringify(entries)).digest('hex');
  return {
    entries,
    sha256,
    match(text) {
      const out: LexiconMatch[] = [];
      let i = 0;
      while (i < text.length) {
        const candidates = byFirst[text.charCodeAt(i)];
        let matched: string | undefined;
        if (candidates !== undefined) {
          for (let k = 0; k < candidates.length; k++) {
            if (text.startsWith(candidates[k]!, i)) {
              matched = candidates[k]!;
              break;
            }
          }
        }
        if (matched === undefined) {
          i++;
        } else {
          out.push({ term: matched, entry: byTerm.get(matched)! });
          i += matched.length;
        }
      }
      return out;
    },
  };
}

const cache = new Map<string, Lexicon>();

export function loadLexicon(file: string = DEFAULT_LEXICON): Lexicon {
  let lexicon = cache.get(file);
  if (!lexicon) {
    lexicon = buildLexicon(loadRuleFile(file, LexiconFile).entries, file);
    cache.set(file, lexicon);
  }
  return lexicon;
}
