// Is a document a trade-union plan or summary at all? Compilations sweep in other texts: a bureau's
// government-information report filed as "工会工作计划 篇6", a Youth League or Party-branch plan that mentions
// 工会 or 教代会 in passing, a business plan filed under 工会, an article on how to write a union plan.
// Union terms per thousand characters against each other group's (data/topic-terms.json) decide.
import { z } from 'zod';
import { loadRuleFile, ruleList, RuleId, rulePattern, ruleTerm, Why } from '../../lexicon/rule-file.ts';

const TermGroup = z.strictObject({ id: RuleId, why: Why, terms: z.array(ruleTerm()).min(1) });
const TermsFile = z.strictObject({
  $comment: z.string().optional(),
  union: TermGroup,
  offTopic: TermGroup,
  otherBodies: TermGroup,
  business: TermGroup,
  explainers: ruleList(z.strictObject({ id: RuleId, why: Why, pattern: rulePattern({ flags: 'u' }) })).min(1),
  otherBodyNames: z.strictObject({ id: RuleId, why: Why, example: z.string(), terms: z.array(ruleTerm()).min(1) }),
  unionNames: z.strictObject({ id: RuleId, why: Why, pattern: rulePattern({ flags: 'u' }) }),
  namesNoUnion: z.strictObject({
    id: RuleId,
    why: Why,
    example: z.string(),
    minChars: z.number().int().min(0),
    staffTitle: rulePattern({ flags: 'u' }),
    pattern: rulePattern({ flags: 'u' }),
  }),
  otherSubjects: ruleList(
    z.strictObject({
      id: RuleId,
      why: Why,
      example: z.string(),
      where: z.enum(['title', 'opening']),
      pattern: rulePattern({ flags: 'u' }),
    }),
  ).min(1),
});

export interface TopicTerms {
  union: string[];
  offTopic: string[];
  /** Other groups a text may be about instead, by name (their density must not exceed the union's). */
  rivals?: Array<{ id: string; terms: string[] }>;
  explainers?: RegExp[];
  /** The union's own names: a title holding one is a union document, whatever body its opening names. */
  unionNames?: RegExp;
  /** Other bodies' names that hold a union word (教工团支部, 家长教师会): blanked before anything is counted. */
  otherBodyNames?: string[];
  /** How a text names the union or one of its bodies: a text this long that names none is no union work, unless its
   * title names the staff as its subject (staffTitle). */
  namesUnion?: { pattern: RegExp; minChars: number; staffTitle: RegExp };
  /** How a title or an opening sentence names another body as the document's subject (…党支部工作总结). */
  otherSubjects?: Array<{ id: string; where: 'title' | 'opening'; pattern: RegExp }>;
}

export function loadTopicTerms(file: URL | string = new URL('./data/topic-terms.json', import.meta.url)): TopicTerms {
  const data = loadRuleFile(file, TermsFile);
  return {
    union: data.union.terms,
    offTopic: data.offTopic.terms,
    rivals: [data.otherBodies, data.business].map((g) => ({ id: g.id, terms: g.terms })),
    explainers: data.explainers.map((r) => new RegExp(r.pattern, 'u')),
    unionNames: new RegExp(data.unionNames.pattern, 'u'),
    otherBodyNames: data.otherBodyNames.terms,
    namesUnion: {
      pattern: new RegExp(data.namesNoUnion.pattern, 'u'),
      minChars: data.namesNoUnion.minChars,
      staffTitle: new RegExp(data.namesNoUnion.staffTitle, 'u'),
    },
    otherSubjects: data.otherSubjects.map((r) => ({ id: r.id, where: r.where, pattern: new RegExp(r.pattern, 'u') })),
  };
}

export interface TopicDecision {
  onTopic: boolean;
  unionPerThousand: number;
  offTopicPerThousand: number;
  /** The group that outweighed the union terms, or the explainer title, when that decided. */
  rival?: string;
}

/**
 * Below this many union terms per thousand characters a text is not union work (union plans run at 30–90;
 * a union's plan on some other theme, e.g. learning-type teams, still reaches 3–4)…
 */
const MIN_UNION_DENSITY = 1.5;
/** …and neither is one where government-affairs terms outnumber union terms. */
function count(text: string, terms: string[]): number {
  let n = 0;
  for (const t of terms) {
    let at = text.indexOf(t);
    while (at >= 0) {
      n++;
      at = text.indexOf(t, at + t.length);
    }
  }
  return n;
}

/** How much of the text its opening sentence is read from for its subject. */
const OPENING = 200;

/**
 * The rule by which the title or the opening names another body (团委, 党支部, 妇委会) as the document's subject;
 * none when the title names the union: a union plan may open on the school's work and name the League later.
 */
function otherSubject(text: string, terms: TopicTerms, title: string | null): string | undefined {
  if (title && terms.unionNames?.test(title)) return undefined;
  const opening = text.slice(0, OPENING);
  return terms.otherSubjects?.find((s) =>
    s.where === 'title' ? title !== null && s.pattern.test(title) : s.pattern.test(opening),
  )?.id;
}

/**
 * The text with the union words inside other bodies' names blanked (教工团支部: only 教工 is blanked, 团支部 still counts),
 * offsets kept: the rest of the name still counts for its own body.
 */
function withoutOtherBodyNames(text: string, terms: TopicTerms): string {
  let out = text;
  for (const [name, masked] of maskedBodyNames(terms)) out = out.split(name).join(masked);
  return out;
}

/** Each other body's name with its union words blanked, worked out once per set of terms (not per document). */
const MASKED = new WeakMap<TopicTerms, Array<[string, string]>>();
function maskedBodyNames(terms: TopicTerms): Array<[string, string]> {
  let pairs = MASKED.get(terms);
  if (!pairs) {
    pairs = (terms.otherBodyNames ?? []).map((name) => {
      let masked = name;
      for (const word of terms.union) masked = masked.split(word).join('\u3000'.repeat(word.length));
      return [name, masked];
    });
    MASKED.set(terms, pairs);
  }
  return pairs;
}

export function documentTopic(text: string, terms: TopicTerms, title: string | null = null): TopicDecision {
  text = withoutOtherBodyNames(text, terms);
  title = title === null ? null : withoutOtherBodyNames(title, terms);
  const k = Math.max(text.length, 200) / 1000;
  const unionPerThousand = count(text, terms.union) / k;
  const offTopicPerThousand = count(text, terms.offTopic) / k;
  let onTopic = unionPerThousand >= MIN_UNION_DENSITY && unionPerThousand >= offTopicPerThousand;
  let rival: string | undefined;
  for (const group of terms.rivals ?? []) {
    if (onTopic && count(text, group.terms) / k > unionPerThousand) {
      onTopic = false;
      rival = group.id;
    }
  }
  // A text that never names the union or one of its bodies is not union work, whatever everyday words it shares,
  // unless its title names the staff as its subject (我校教工召开趣味运动会).
  const names = terms.namesUnion;
  if (
    onTopic &&
    names &&
    text.trim().length >= names.minChars &&
    !names.pattern.test(`${title ?? ''}\n${text}`) &&
    !(title !== null && names.staffTitle.test(title))
  ) {
    onTopic = false;
    rival = 'names-no-union';
  }
  const subject = onTopic ? otherSubject(text, terms, title) : undefined;
  if (subject) {
    onTopic = false;
    rival = subject;
  }
  const explainer = title ? terms.explainers?.find((re) => re.test(title.trim())) : undefined;
  if (onTopic && explainer) {
    onTopic = false;
    rival = 'explainer';
  }
  return {
    onTopic,
    unionPerThousand: Math.round(unionPerThousand * 10) / 10,
    offTopicPerThousand: Math.round(offTopicPerThousand * 10) / 10,
    ...(rival ? { rival } : {}),
  };
}
