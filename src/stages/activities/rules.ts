// The activities stage's rules are data (data/*.json): month anchors for blanked schedules, period headers,
// and the category lexicon. They are read and compiled once, when the stage is built, and checked: every
// entry has an id and a why, and no pattern may be empty or match everything.
import { loadTableColumns, type TableColumns } from '../../lexicon/layout/table-columns.ts';
import { z } from 'zod';
import { loadRuleFile, ruleList, RuleId, rulePattern, Why } from '../../lexicon/rule-file.ts';
import { FUNCTION_LABELS, type FunctionLabel } from '../../model/items.ts';

const Month = z.number().int().min(1).max(12);
const Pattern = rulePattern();
const TimingWord = z.strictObject({ pattern: Pattern, why: Why });

const AnchorFile = z.strictObject({
  description: z.string().optional(),
  anchors: ruleList(
    z.strictObject({
      id: RuleId,
      label: z.string().min(1),
      pattern: Pattern,
      months: z.array(Month).min(1),
      strength: z.enum(['holiday', 'season']),
      date: z.tuple([Month, z.number().int().min(1).max(31)]).optional(),
      span: z.boolean().optional(),
      why: Why,
    }),
  ).min(1),
  festivalTiming: z
    .strictObject({
      eve: TimingWord,
      during: TimingWord,
      // The lead may be empty (most sentences open with the festival itself): it must only compile.
      lead: z.strictObject({ pattern: rulePattern({ mayMatchEmpty: true }), why: Why }),
      // Read whole (anchored) against the stretch of a clause before 在: it is broad by design, as the lead is.
      midClause: z.strictObject({ pattern: rulePattern({ mayMatchEmpty: true }), why: Why }).optional(),
      action: TimingWord,
      named: TimingWord.optional(),
      listClose: TimingWord.optional(),
      // May match empty: a head that ends with the festival itself ("每年的妇女节，").
      nameTail: z.strictObject({ pattern: rulePattern({ mayMatchEmpty: true }), why: Why }).optional(),
      yearlyCustom: TimingWord.optional(),
    })
    .optional(),
});

const PeriodFile = z.strictObject({
  description: z.string().optional(),
  periods: ruleList(
    z.strictObject({ id: RuleId, label: z.string().min(1), pattern: Pattern, months: z.array(Month).min(1), why: Why }),
  ).min(1),
});

const CategoryFile = z.strictObject({
  description: z.string().optional(),
  titleFallback: z
    .strictObject({
      weakWeight: z.number().nonnegative(),
      titleWeight: z.number().positive(),
      notFromTitle: z.array(RuleId),
      why: Why,
    })
    .optional(),
  fallback: z.strictObject({
    id: RuleId,
    label: z.string().min(1),
    functions: z.array(z.enum(FUNCTION_LABELS)),
    why: Why,
  }),
  categories: ruleList(
    z.strictObject({
      id: RuleId,
      label: z.string().min(1),
      functions: z.array(z.enum(FUNCTION_LABELS)),
      definition: z.string().min(8),
      why: Why,
      keywords: z.array(z.strictObject({ weight: z.number().positive(), terms: z.array(Pattern).min(1) })).min(1),
    }),
  ).min(1),
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
  /** What may stand before 在 when the festival's time comes inside a clause (…学生在“六一”前夕联合…举行…). */
  midClause: RegExp | null;
  /** A verb that makes the sentence an activity. */
  action: RegExp;
  /** An activity noun right after a festival: the event is named by it (festival-named-activities.ts). */
  named: RegExp | null;
  /** What closes a clause's list of events (…、…等, …等活动): the list reports events without a verb of its own. */
  listClose: RegExp | null;
  /** The rest of a festival's full name, when nothing else is left of a sentence's head ("每年的妇女节，…"). */
  nameTail: RegExp | null;
  /** The same tail at the start of a longer text: where a festival's full name (三八妇女节, 国庆节) ends. */
  nameTailPrefix: RegExp | null;
  /** A festival told as what the union does every year (每年的妇女节…, 每年都会…, 是…的传统): a habit, not an event. */
  yearlyCustom: RegExp | null;
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
  /** When an item's own words decide its category weakly (比赛时间：…, 报名时间：…), a one-event document's title
   * decides it; null when the categories file gives no such rule. */
  titleFallback: { weakWeight: number; titleWeight: number; notFromTitle: ReadonlySet<string> } | null;
  /** Null when the anchors file has none: festivals then date no running text. */
  festivalTiming: FestivalTiming | null;
  /** Column headers of table-shaped schedules (the layout grammar's table-columns.json). */
  tableColumns: TableColumns;
}

export const DEFAULT_RULE_FILES = {
  anchors: new URL('./data/anchors.json', import.meta.url),
  periods: new URL('./data/periods.json', import.meta.url),
  categories: new URL('./data/categories.json', import.meta.url),
};

export interface RuleFiles {
  anchors?: URL | string;
  periods?: URL | string;
  categories?: URL | string;
}

type TimingFile = NonNullable<z.output<typeof AnchorFile>['festivalTiming']>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compileFestivalTiming(t: TimingFile, anchors: readonly MonthAnchor[]): FestivalTiming {
  return {
    eve: new RegExp(`^(?:${t.eve.pattern})`),
    during: new RegExp(`^(?:${t.during.pattern})`),
    lead: new RegExp(`^(?:${t.lead.pattern})$`),
    midClause: t.midClause ? new RegExp(`^(?:${t.midClause.pattern})$`) : null,
    action: new RegExp(t.action.pattern),
    named: t.named ? new RegExp(t.named.pattern) : null,
    listClose: t.listClose ? new RegExp(`(?:${t.listClose.pattern})$`) : null,
    nameTail: t.nameTail ? new RegExp(`^(?:${t.nameTail.pattern})$`) : null,
    nameTailPrefix: t.nameTail ? new RegExp(`^(?:${t.nameTail.pattern})`) : null,
    yearlyCustom: t.yearlyCustom ? new RegExp(t.yearlyCustom.pattern, 'u') : null,
    anyDatedHoliday: new RegExp(
      anchors
        .filter((a) => a.date)
        // The short label too: a list writes a festival bare ("三八、五一等节日").
        .map((a) => `(?:${a.pattern.source})|${escapeRegExp(a.label)}`)
        .join('|') || '(?!)',
    ),
  };
}

export function loadActivityRules(files: RuleFiles = {}): ActivityRules {
  const a = loadRuleFile(files.anchors ?? DEFAULT_RULE_FILES.anchors, AnchorFile);
  const anchors = a.anchors.map((x) => ({
    id: x.id,
    label: x.label,
    months: x.months,
    strength: x.strength,
    span: x.span ?? false,
    date: x.date ?? null,
    why: x.why,
    pattern: new RegExp(x.pattern),
  }));
  const festivalTiming = a.festivalTiming ? compileFestivalTiming(a.festivalTiming, anchors) : null;

  const p = loadRuleFile(files.periods ?? DEFAULT_RULE_FILES.periods, PeriodFile);
  const periods = p.periods.map((x) => ({ ...x, opens: new RegExp(`^(?:${x.pattern})`) }));

  const c = loadRuleFile(files.categories ?? DEFAULT_RULE_FILES.categories, CategoryFile);
  const categories = c.categories.map((cat) => {
    const terms = cat.keywords.flatMap((group) =>
      group.terms.map((source) => ({ source, weight: group.weight, pattern: new RegExp(source) })),
    );
    return {
      id: cat.id,
      label: cat.label,
      functions: cat.functions,
      terms,
      anyTerm: new RegExp(terms.map((t) => `(?:${t.source})`).join('|')),
    };
  });

  return {
    anchors,
    periods,
    periodSource: p.periods.map((x) => `(?:${x.pattern})`).join('|'),
    categories,
    fallback: { label: c.fallback.label, functions: c.fallback.functions },
    titleFallback: c.titleFallback
      ? {
          weakWeight: c.titleFallback.weakWeight,
          titleWeight: c.titleFallback.titleWeight,
          notFromTitle: new Set(c.titleFallback.notFromTitle),
        }
      : null,
    festivalTiming,
    tableColumns: loadTableColumns(),
  };
}

let cached: ActivityRules | null = null;

/** The bundled rules, compiled once per process (tests and the evaluator share them). */
export function defaultActivityRules(): ActivityRules {
  cached ??= loadActivityRules();
  return cached;
}
