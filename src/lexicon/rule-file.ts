// Rules are data: every rule file (src/**/data/*.json, and the files a pipeline option names) is read here,
// once, when a stage is built, and checked against its zod schema. A bad file is an error naming the file,
// the JSON path of the bad key and the id of the rule it sits in, so a researcher editing a copy finds it.
// Patterns and terms all pass one "too broad" check: an empty pattern, one that matches the empty string
// or ordinary neutral text would fire on every item.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export class RuleFileError extends Error {
  constructor(
    readonly file: string,
    /** What is wrong, without the file name. */
    readonly detail: string,
    /** The file could not be read or is not JSON, rather than holding a bad value. */
    readonly unreadable = false,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'RuleFileError';
  }
}

/** How a file is named in messages: a path as given, a bundled file (URL) relative to the working folder. */
export function ruleFileName(file: URL | string): string {
  if (typeof file === 'string') return file;
  const path = fileURLToPath(file);
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** `anchors[3].pattern`: the path of a key as it reads in the file. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(the whole file)';
}

/** The id of the innermost entry on the path that has one, so a message can name the rule. */
function idAlong(raw: unknown, path: readonly PropertyKey[]): string | null {
  let at: unknown = raw;
  let id: string | null = null;
  for (const key of [...path, null]) {
    if (at === null || typeof at !== 'object') break;
    const own = (at as Record<PropertyKey, unknown>).id;
    if (typeof own === 'string') id = own;
    if (key !== null) at = (at as Record<PropertyKey, unknown>)[key];
  }
  return id;
}

/** Checks data already parsed from JSON (or written in a test) against a rule file's schema. */
export function parseRuleData<S extends z.ZodType>(raw: unknown, schema: S, file: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const id = idAlong(raw, issue.path);
  throw new RuleFileError(file, `${jsonPath(issue.path)}${id ? ` (id "${id}")` : ''}: ${issue.message}`);
}

/**
 * A loader of compiled rules whose bundled file is read and compiled once per process: every paragraph asks for the
 * rules, and only a file named in a test or an option is read each time it is asked for.
 */
export function bundledOnce<T>(bundledFile: string, compile: (file: string) => T): (file?: string) => T {
  let bundled: T | undefined;
  return (file = bundledFile) => (file === bundledFile ? (bundled ??= compile(file)) : compile(file));
}

/** Reads, parses and validates one rule file; throws a RuleFileError naming the file and the bad key. */
export function loadRuleFile<S extends z.ZodType>(file: URL | string, schema: S): z.output<S> {
  const name = ruleFileName(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new RuleFileError(name, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, true);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new RuleFileError(name, `not valid JSON: ${(e as Error).message}`, true);
  }
  return parseRuleData(raw, schema, name);
}

/** Text with no rule's subject in it: a pattern that matches it would match nearly every item. */
export const NEUTRAL_TEXT = ['的了和是在有我们'] as const;

export interface BreadthOptions {
  /** Flags the pattern is compiled with where it is used ('g' and 'y' are ignored here). */
  flags?: string;
  /** More text the file's patterns must leave alone (boilerplate rules: ordinary plan lines). */
  ordinaryText?: readonly string[];
  /** A pattern that is only ever used inside a larger one (a festival's optional lead word) may match ''. */
  mayMatchEmpty?: boolean;
}

/** The one "too broad" check: null when the pattern is fine, else what is wrong with it. */
export function patternProblem(source: string, options: BreadthOptions = {}): string | null {
  if (source.length === 0) return 'the pattern is empty (it would match everything)';
  let re: RegExp;
  try {
    re = new RegExp(source, (options.flags ?? '').replace(/[gy]/g, ''));
  } catch (e) {
    return `pattern /${source}/ does not compile: ${(e as Error).message}`;
  }
  if (options.mayMatchEmpty) return null;
  if (re.test('')) return `pattern /${source}/ is too broad: it matches everything (even empty text)`;
  for (const text of [...NEUTRAL_TEXT, ...(options.ordinaryText ?? [])]) {
    if (re.test(text)) return `pattern /${source}/ is too broad: it matches ordinary text ${JSON.stringify(text)}`;
  }
  return null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression kept as its source; refused when it does not compile or is too broad. */
export function rulePattern(options: BreadthOptions = {}) {
  return z.string().superRefine((source, ctx) => {
    const problem = patternProblem(source, options);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** A literal term (matched as a substring); the same check as a pattern, on the term taken literally. */
export function ruleTerm(minLength = 1, tooShort = `a term needs at least ${minLength} characters`) {
  return z
    .string()
    .min(minLength, tooShort)
    .superRefine((term, ctx) => {
      const problem = patternProblem(escapeRegExp(term));
      if (problem) ctx.addIssue({ code: 'custom', message: problem.replace(/^pattern \/.*\/ /, `term "${term}" `) });
    });
}

/** Every rule entry has an id… */
export const RuleId = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'an id is lower-case-with-dashes (a dot may group ids: weiquan.warmth)');
/** …and a one-line reason, in the words a researcher asking "why?" would read. */
export const Why = z
  .string({ error: 'every rule needs a one-line why' })
  .min(8, 'every rule needs a one-line why of at least 8 characters')
  .refine((s) => !s.includes('\n'), 'a why is one line');

/** An array of rule entries whose ids are unique within it. */
export function ruleList<T extends z.ZodType<{ id: string }>>(entry: T) {
  return z.array(entry).superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${e.id}"` });
      seen.add(e.id);
    });
  });
}
