// Is a document a trade-union plan or summary at all? Compilations sweep in other texts (a bureau's
// government-information report filed as "工会工作计划 篇6"). Union terms per thousand characters against
// government-affairs terms per thousand (data/topic-terms.json) decide.
import { z } from 'zod';
import { loadRuleFile, RuleId, ruleTerm, Why } from '../../lexicon/rule-file.ts';

const TermGroup = z.strictObject({ id: RuleId, why: Why, terms: z.array(ruleTerm()).min(1) });
const TermsFile = z.strictObject({ $comment: z.string().optional(), union: TermGroup, offTopic: TermGroup });

export interface TopicTerms {
  union: string[];
  offTopic: string[];
}

export function loadTopicTerms(file: URL | string = new URL('./data/topic-terms.json', import.meta.url)): TopicTerms {
  const data = loadRuleFile(file, TermsFile);
  return { union: data.union.terms, offTopic: data.offTopic.terms };
}

export interface TopicDecision {
  onTopic: boolean;
  unionPerThousand: number;
  offTopicPerThousand: number;
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

export function documentTopic(text: string, terms: TopicTerms): TopicDecision {
  const k = Math.max(text.length, 200) / 1000;
  const unionPerThousand = count(text, terms.union) / k;
  const offTopicPerThousand = count(text, terms.offTopic) / k;
  const onTopic = unionPerThousand >= MIN_UNION_DENSITY && unionPerThousand >= offTopicPerThousand;
  return {
    onTopic,
    unionPerThousand: Math.round(unionPerThousand * 10) / 10,
    offTopicPerThousand: Math.round(offTopicPerThousand * 10) / 10,
  };
}
