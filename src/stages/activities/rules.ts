// The activities stage's rules are data (data/*.json): month anchors for blanked schedules, period headers,
// and the category lexicon. They are read and compiled once, when the stage is built, and checked: every
// entry has an id and a why, and no pattern may be empty or match everything.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FUNCTION_LABELS, type FunctionLabel } from '../../model/items.ts';

const Month = z.number().int().min(1).max(12);
const Why = z.string().min(8, 'every rule needs a one-line why');
const Id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case-with-dashes');

const AnchorFile = z.strictObject({
  description: z.string().optional(),
  anchors: z.array(z.strictObject({
    id: Id, label: z.string().min(1), pattern: z.string().min(1), months: z.array(Month).min(1),
    strength: z.enum(['holiday', 'season']), date: z.tuple([Month, z.number().int().min(1).max(31)]).optional(),
    span: z.boolean().optional(), why: Why,
  })).min(1),
  festivalTiming: z.strictObject({
    eve: z.strictObject({ pattern: z.string().min(1), why: Why }),
    during: z.strictObject({ pattern: z.string().min(1), why: Why }),
    lead: z.strictObject({ pattern: z.string().min(1), why: Why }),
    action: z.strictObject({ pattern: z.string().min(1), why: Why }),
  }).optional(),
});

const PeriodFile = z.strictObject({
  description: z.string().optional(),
  periods: z.array(z.strictObject({ id: Id, label: z.string().min(1), pattern: z.string().min(1), months: z.array(Month).min(1), why: Why })).min(1),
});

const CategoryFile = z.strictObject({
  description: z.string().optional(),
  fallback: z.strictObject({ id: Id, label: z.string().min(1), functions: z.array(z.enum(FUNCTION_LABELS)) }),
  categories: z.array(z.strictObject({
    id: Id, label: z.string().min(1), functions: z.array(z.enum(FUNCTION_LABELS)), definition: z.string().min(8), why: Why,
    keywords: z.array(z.strictObject({ weight: z.number().positive(), terms: z.array(z.string().min(1)).min(1) })).min(1),
  })).min(1),
});

export interface MonthAnchor {
  id: string;
  label: string;
  pattern: RegExp;
  months: number[];
  /** A holiday has a date; a season (暑假, 期末, 春游) only narrows what holidays left open. */
  strength: 'holiday' | 'season';
  /** A block about this anchor alone may cover all its months (暑假 → 7–8). */
  span: boolean;
  /** Month and day of a holiday with a fixed date (三八 → 3-8); null for lunar holidays and seasons. */
  date: [number, number] | null;
  why: string;
}

/** How running text places a sentence at a festival (festival-clauses.ts). */
export interface FestivalTiming {
  /** The days before it: 前夕, 来临之际. */
  eve: RegExp;
  /** At it: 期间, 当天. */
  during: RegExp;
  /** What may precede the festival at the head of a sentence (在, 值此, 第41个). */
  lead: RegExp;
  /** A verb that makes the sentence an activity. */
  action: RegExp;
  /** Any holiday with a fixed date: one test rules out the many paragraphs that name none. */
  anyDatedHoliday: RegExp;
}

export interface PeriodHeader {
  id: string;
  label: string;
  pattern: string;
  /** The pattern anchored at the start, to tell which period a header names. */
  opens: RegExp;
  months: number[];
  why: string;
}

export interface CategoryRule {
  id: string;
  label: string;
  functions: FunctionLabel[];
  terms: Array<{ source: string; pattern: RegExp; weight: number }>;
  /** Any of the terms: most items match no term of most categories, and one test rules a category out. */
  anyTerm: RegExp;
}

export interface ActivityRules {
  anchors: MonthAnchor[];
  periods: PeriodHeader[];
  /** Alternation of every period pattern, for the header regex. */
  periodSource: string;
  categories: CategoryRule[];
  fallback: { label: string; functions: FunctionLabel[] };
  /** Null when the anchors file has none: festivals then date no running text. */
  festivalTiming: FestivalTiming | null;
}

export const DEFAULT_RULE_FILES = {
  anchors: new URL('./data/anchors.json', import.meta.url),
  periods: new URL('./data/periods.json', import.meta.url),
  categories: new URL('./data/categories.json', import.meta.url),
};

export class RuleFileError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'RuleFileError';
  }
}

/** Compiles a data pattern, refusing ones that are broken, empty or match everything. */
export function compileRulePattern(source: string, where: string, flags = ''): RegExp {
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (e) {
    throw new RuleFileError(where, `pattern /${source}/ does not compile: ${(e as Error).message}`);
  }
  // A pattern that matches the empty string or an ordinary neutral phrase would fire on every item.
  if (re.test('') || new RegExp(source, flags).test('的了和是在有我们')) {
    throw new RuleFileError(where, `pattern /${source}/ matches everything`);
  }
  return re;
}

function readJson<T>(file: URL | string, schema: z.ZodType<T>): T {
  const name = String(file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new RuleFileError(name, `cannot read: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RuleFileError(name, `${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

function uniqueIds(items: Array<{ id: string }>, file: string): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) throw new RuleFileError(file, `duplicate id "${id}"`);
    seen.add(id);
  }
}

export interface RuleFiles {
  anchors?: URL | string;
  periods?: URL | string;
  categories?: URL | string;
}

type TimingFile = NonNullable<z.output<typeof AnchorFile>['festivalTiming']>;

function compileFestivalTiming(t: TimingFile, file: string, anchors: readonly MonthAnchor[]): FestivalTiming {
  const where = (key: string) => `${file}: festivalTiming.${key}`;
  // The lead may be empty (most sentences open with the festival itself), so it alone is not refused for
  // matching the empty string; it must still compile.
  compileRulePattern(`(?:${t.lead.pattern})X`, where('lead'));
  return {
    eve: new RegExp(`^(?:${compileRulePattern(t.eve.pattern, where('eve')).source})`),
    during: new RegExp(`^(?:${compileRulePattern(t.during.pattern, where('during')).source})`),
    lead: new RegExp(`^(?:${t.lead.pattern})$`),
    action: compileRulePattern(t.action.pattern, where('action')),
    anyDatedHoliday: new RegExp(anchors.filter((a) => a.date).map((a) => `(?:${a.pattern.source})`).join('|') || '(?!)'),
  };
}

export function loadActivityRules(files: RuleFiles = {}): ActivityRules {
  const anchorFile = files.anchors ?? DEFAULT_RULE_FILES.anchors;
  const periodFile = files.periods ?? DEFAULT_RULE_FILES.periods;
  const categoryFile = files.categories ?? DEFAULT_RULE_FILES.categories;

  const a = readJson(anchorFile, AnchorFile);
  uniqueIds(a.anchors, String(anchorFile));
  const anchors = a.anchors.map((x) => ({
    id: x.id, label: x.label, months: x.months, strength: x.strength, span: x.span ?? false, date: x.date ?? null, why: x.why,
    pattern: compileRulePattern(x.pattern, `${String(anchorFile)}: anchor ${x.id}`),
  }));
  const festivalTiming = a.festivalTiming ? compileFestivalTiming(a.festivalTiming, String(anchorFile), anchors) : null;

  const p = readJson(periodFile, PeriodFile);
  uniqueIds(p.periods, String(periodFile));
  const periods = p.periods.map((x) => {
    compileRulePattern(x.pattern, `${String(periodFile)}: period ${x.id}`);
    return { ...x, opens: new RegExp(`^(?:${x.pattern})`) };
  });

  const c = readJson(categoryFile, CategoryFile);
  uniqueIds(c.categories, String(categoryFile));
  const categories = c.categories.map((cat) => {
    const terms = cat.keywords.flatMap((group) => group.terms.map((source) => ({
      source, weight: group.weight, pattern: compileRulePattern(source, `${String(categoryFile)}: category ${cat.id}`),
    })));
    return { id: cat.id, label: cat.label, functions: cat.functions, terms, anyTerm: new RegExp(terms.map((t) => `(?:${t.source})`).join('|')) };
  });

  return {
    anchors,
    periods,
    periodSource: p.periods.map((x) => `(?:${x.pattern})`).join('|'),
    categories,
    fallback: { label: c.fallback.label, functions: c.fallback.functions },
    festivalTiming,
  };
}

let cached: ActivityRules | null = null;

/** The bundled rules, compiled once per process (tests and the evaluator share them). */
export function defaultActivityRules(): ActivityRules {
  cached ??= loadActivityRules();
  return cached;
}
