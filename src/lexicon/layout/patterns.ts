// The layout grammar's named patterns (issue 16): numbering leads, month headers, part markers, title
// words, years and sign-offs, each spelled once in a data file of src/lexicon/layout/data/ with an id, an
// example and a why, compiled once here. Stages never hold these patterns: they call the readers the
// grammar's modules build from them. A pattern may name a shared piece as <piece> (<month-range>,
// <title-word>, <month-numeral> …), which is spelled in its own entry and put in place when the file loads.
import { z } from 'zod';
import { loadRuleFile, patternProblem, RuleFileError, ruleFileName, ruleList, RuleId, Why } from '../rule-file.ts';
import { MONTH_RANGE_SEPARATOR, TITLE_WORD } from './layout-grammar.ts';

const Entry = z.strictObject({
  id: RuleId,
  /** A regular-expression source; <piece> names a shared piece (see PIECES). */
  pattern: z.string().min(1),
  /** Flags it is compiled with (the readers add g or y where they scan). */
  flags: z
    .string()
    .regex(/^[imsu]*$/)
    .optional(),
  /** A piece only ever used inside a larger pattern: it may match empty text. */
  fragment: z.boolean().optional(),
  /** Text the pattern matches, written in the shape it describes (run by test/lexicon/layout-table.test.ts). */
  example: z.string().min(1),
  /** Text it must leave alone, when the difference is the point of the entry. */
  counterExample: z.string().min(1).optional(),
  why: Why,
});
const PatternFile = z.strictObject({ $comment: z.string().optional(), patterns: ruleList(Entry).min(1) });

export type PatternEntry = z.output<typeof Entry>;

export interface NamedPattern extends PatternEntry {
  /** The source with its pieces in place. */
  source: string;
  flags: string;
}

/** The pieces every file may use; the numeral pieces are added by numerals.json as it loads. */
const PIECES = new Map<string, string>([
  ['month-range', MONTH_RANGE_SEPARATOR],
  ['title-word', TITLE_WORD],
]);

function expand(source: string): string {
  return source.replace(/(?<!\(\?)<([a-z][a-z-]*)>/g, (all, name: string) => {
    const piece = PIECES.get(name);
    if (piece === undefined) return all; // (?<name>…) groups and literal text stay as written
    return piece;
  });
}

/** The file whose entries are the numeral pieces (<month-numeral> …). */
const NUMERALS = 'numerals';

const loaded = new Map<string, Map<string, NamedPattern>>();

/**
 * The entries of data/<name>.json, by id, pieces in place. With `asPieces`, each entry also becomes a piece
 * (<id>) the files loaded after it may use.
 */
export function loadPatterns(name: string, asPieces = false): Map<string, NamedPattern> {
  let byId = loaded.get(name);
  if (byId) return byId;
  if (name !== NUMERALS) loadPatterns(NUMERALS, true); // every file may use the numeral pieces

  const url = new URL(`./data/${name}.json`, import.meta.url);
  const file = loadRuleFile(url, PatternFile);
  byId = new Map();
  file.patterns.forEach((e, i) => {
    const source = expand(e.pattern);
    const flags = e.flags ?? '';
    const problem = patternProblem(source, { flags, mayMatchEmpty: e.fragment });
    if (problem) throw new RuleFileError(ruleFileName(url), `patterns[${i}].pattern (id "${e.id}"): ${problem}`);
    byId.set(e.id, { ...e, source, flags });
    if (asPieces) PIECES.set(e.id, `(?:${source})`);
  });
  loaded.set(name, byId);
  return byId;
}

/** One entry's compiled pattern, with extra flags (g, y) where the reader scans. */
export function patternIn(file: Map<string, NamedPattern>, id: string, extraFlags = ''): RegExp {
  const e = file.get(id);
  if (!e) throw new Error(`layout grammar: no pattern "${id}"`);
  return new RegExp(e.source, e.flags + extraFlags);
}

/** One entry's source with its pieces in place, for a stage that builds a larger pattern around it. */
export function sourceIn(file: Map<string, NamedPattern>, id: string): string {
  const e = file.get(id);
  if (!e) throw new Error(`layout grammar: no pattern "${id}"`);
  return e.source;
}
