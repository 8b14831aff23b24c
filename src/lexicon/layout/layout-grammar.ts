// The layout grammar's shared patterns, spelled once in data/layout.json: the words a document title ends in
// (计划, 总结, 要点 …) and what separates the two months of a span (4-5月, 3———4月, 七月至八月). Every stage that
// recognises a title or a month span builds its pattern from these sources.
import { z } from 'zod';
import { loadRuleFile, ruleList, RuleId, rulePattern, Why } from '../rule-file.ts';

const Entry = z.strictObject({ id: RuleId, pattern: rulePattern(), example: z.string().min(1), why: Why });
const LayoutFile = z.strictObject({
  $comment: z.string().optional(),
  titleWords: ruleList(Entry).min(1),
  monthRangeSeparators: ruleList(Entry).min(1),
  markers: ruleList(
    z.strictObject({
      id: z.enum(['month', 'chapter', 'cn-paren', 'cn-dun', 'arabic-paren', 'arabic-dun', 'circled']),
      kind: z.enum(['month', 'chapter', 'section', 'subsection', 'item', 'paren-item', 'circled']),
      level: z.number().int().min(0),
      number: z.enum(['digits', 'circled', 'none']),
      pattern: rulePattern(),
      after: rulePattern({ mayMatchEmpty: true }).optional(),
      example: z.string().min(1),
      why: Why,
    }),
  ).min(1),
});

const layout = loadRuleFile(new URL('./data/layout.json', import.meta.url), LayoutFile);
const alternation = (entries: Array<{ pattern: string }>) => `(?:${entries.map((e) => `(?:${e.pattern})`).join('|')})`;

/** The words a plan or summary's title ends in, as one non-capturing regex source. */
export const TITLE_WORD = alternation(layout.titleWords);
/** What stands between the two months of a span, as one non-capturing regex source. */
export const MONTH_RANGE_SEPARATOR = alternation(layout.monthRangeSeparators);
/** The numbering forms a line can open with, in the order they are tried (read through markers.ts). */
export const MARKER_FORMS = layout.markers;
