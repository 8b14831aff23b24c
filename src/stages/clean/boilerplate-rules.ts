// Loading the boilerplate rules (data/boilerplate.json): each has an id, a one-line why, a scope and a
// pattern. A rule that is empty, does not compile, or matches ordinary plan text is rejected when the
// pipeline is built, naming the rule.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const RuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  why: z.string().min(1),
  scope: z.enum(['line', 'inline', 'list-heading']),
  pattern: z.string().min(1),
  flags: z.string().regex(/^[imsu]*$/).optional(),
  minMatches: z.number().int().min(1).optional(),
  maxLength: z.number().int().min(1).optional(),
});

const FileSchema = z.strictObject({ $comment: z.string().optional(), rules: z.array(RuleSchema).min(1) });

export interface BoilerplateRule {
  id: string;
  why: string;
  scope: 'line' | 'inline' | 'list-heading';
  pattern: RegExp;
  minMatches: number;
  maxLength: number;
}

export const DEFAULT_RULES_FILE = new URL('./data/boilerplate.json', import.meta.url);

/** Ordinary plan text no rule may match: a rule that does is too broad. */
const ORDINARY_TEXT = [
  '',
  '一、指导思想',
  '1、组织教职工学习《工会法》，开展师德师风建设活动。',
  '学校工会在党支部领导下，认真履行维护、建设、参与、教育四项职能。',
  '三月份：庆祝“三八”妇女节活动。',
];

export function parseRules(raw: unknown, source: string): BoilerplateRule[] {
  const parsed = FileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${source}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const seen = new Set<string>();
  return parsed.data.rules.map((r) => {
    if (seen.has(r.id)) throw new Error(`${source}: rule "${r.id}" is defined twice`);
    seen.add(r.id);
    let pattern: RegExp;
    try {
      pattern = new RegExp(r.pattern, `${r.flags ?? ''}u${r.minMatches && r.minMatches > 1 ? 'g' : ''}`);
    } catch (e) {
      throw new Error(`${source}: rule "${r.id}": pattern does not compile: ${(e as Error).message}`);
    }
    for (const text of ORDINARY_TEXT) {
      pattern.lastIndex = 0;
      if (pattern.test(text)) throw new Error(`${source}: rule "${r.id}" matches ordinary text ${JSON.stringify(text)}: too broad`);
    }
    return { id: r.id, why: r.why, scope: r.scope, pattern, minMatches: r.minMatches ?? 1, maxLength: r.maxLength ?? Infinity };
  });
}

export function loadRules(file: URL | string = DEFAULT_RULES_FILE): BoilerplateRule[] {
  const where = typeof file === 'string' ? file : file.pathname;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${where}: ${(e as Error).message}`);
  }
  return parseRules(raw, where);
}
