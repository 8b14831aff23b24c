// Loading the boilerplate rules (data/boilerplate.json): each has an id, a one-line why, a scope and a
// pattern. A rule that is empty, does not compile, or matches ordinary plan text is rejected when the
// pipeline is built, naming the rule.
import { z } from 'zod';
import { loadRuleFile, parseRuleData, patternProblem, ruleList, RuleId, Why } from '../../lexicon/rule-file.ts';

/** Ordinary plan text no rule may match: a rule that does would remove content, so it is too broad. */
const ORDINARY_TEXT = [
  '一、指导思想',
  '1、组织教职工学习《工会法》，开展师德师风建设活动。',
  '学校工会在党支部领导下，认真履行维护、建设、参与、教育四项职能。',
  '三月份：庆祝“三八”妇女节活动。',
];

const RuleSchema = z
  .strictObject({
    id: RuleId,
    why: Why,
    scope: z.enum(['line', 'inline', 'list-heading']),
    pattern: z.string(),
    flags: z
      .string()
      .regex(/^[imsu]*$/)
      .optional(),
    minMatches: z.number().int().min(1).optional(),
    maxLength: z.number().int().min(1).optional(),
    /** The line shows when the page was published: its date is kept as the page's publish date. */
    publication: z.boolean().optional(),
    /** Only a line that stands alone goes: when the next or previous line matches too, the run is text. */
    alone: z.boolean().optional(),
    /** Only on the page's first line: a column's name over the headline goes, or a tag glued before it is cut. */
    pageTop: z.boolean().optional(),
    /**
     * Only in the page's head, above its first line of prose (a line of 30 characters or more with a sentence's
     * marks): a column's name printed over the headline, after a crumb or a site's slogan, goes there too.
     */
    pageHead: z.boolean().optional(),
    /** An inline rule's match is replaced by a line break: what stood on either side becomes a line of its own. */
    split: z.boolean().optional(),
  })
  .superRefine((r, ctx) => {
    const problem = patternProblem(r.pattern, { flags: `${r.flags ?? ''}u`, ordinaryText: ORDINARY_TEXT });
    if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
  });

const FileSchema = z.strictObject({ $comment: z.string().optional(), rules: ruleList(RuleSchema).min(1) });

export interface BoilerplateRule {
  id: string;
  why: string;
  scope: 'line' | 'inline' | 'list-heading';
  pattern: RegExp;
  /** An inline rule's pattern with the g flag, compiled once (it used to be compiled per line). */
  global: RegExp;
  /** A cheaper test with the same answer to "does the pattern match anywhere in this line?", or null. */
  probe: RegExp | null;
  minMatches: number;
  maxLength: number;
  publication: boolean;
  alone: boolean;
  pageTop: boolean;
  pageHead: boolean;
  split: boolean;
}

export const DEFAULT_RULES_FILE = new URL('./data/boilerplate.json', import.meta.url);

/** A leading `[…]{0,n}`: it may match nothing, so it never decides whether a match exists. */
const OPTIONAL_LEAD = /^\[(?:\\.|[^\]\\])*\]\{0,\d+\}/u;

/** Is there a `|` outside every group and class (a top-level alternative)? */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * For a pattern `[^…]{0,n}REST` with no top-level alternative, REST matches somewhere in a line exactly when
 * the whole pattern does (the lead can match nothing), and is found far faster: the lead makes the engine
 * scan up to n characters from every position. Used only to skip lines; the replacement still uses the
 * whole pattern.
 */
export function probeFor(source: string, flags: string): RegExp | null {
  const lead = OPTIONAL_LEAD.exec(source);
  if (!lead || hasTopLevelAlternative(source)) return null;
  const rest = source.slice(lead[0].length);
  return rest ? new RegExp(rest, flags.replace('g', '')) : null;
}

function compileRules(data: z.output<typeof FileSchema>): BoilerplateRule[] {
  return data.rules.map((r) => ({
    id: r.id,
    why: r.why,
    scope: r.scope,
    pattern: new RegExp(r.pattern, `${r.flags ?? ''}u${r.minMatches && r.minMatches > 1 ? 'g' : ''}`),
    global: new RegExp(r.pattern, `${r.flags ?? ''}ug`),
    probe: probeFor(r.pattern, `${r.flags ?? ''}u`),
    minMatches: r.minMatches ?? 1,
    maxLength: r.maxLength ?? Infinity,
    publication: r.publication ?? false,
    alone: r.alone ?? false,
    pageTop: r.pageTop ?? false,
    pageHead: r.pageHead ?? false,
    split: r.split ?? false,
  }));
}

/** Rules already parsed from JSON (or written in a test); `source` names them in errors. */
export function parseRules(raw: unknown, source: string): BoilerplateRule[] {
  return compileRules(parseRuleData(raw, FileSchema, source));
}

export function loadRules(file: URL | string = DEFAULT_RULES_FILE): BoilerplateRule[] {
  return compileRules(loadRuleFile(file, FileSchema));
}
