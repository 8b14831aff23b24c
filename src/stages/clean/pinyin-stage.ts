// clean.pinyin: removes the pinyin annotations some sites insert after characters (學(xué)習 → 學習). Only a
// bracketed tone-marked syllable is an annotation, so "(二篇)", "(修编)" and "(OK)" stay. An annotation whose
// character does not read so (its character was lost or mangled) is removed too, with a warning.
import { z } from 'zod';
import { hasReading } from '../../lexicon/pinyin-readings.ts';
import { defineSourceStage } from '../../model/stage.ts';
import { findAnnotations } from './pinyin-annotation.ts';

const HAN = /\p{Script=Han}/u;

export interface StrippedAnnotations {
  text: string;
  matched: number;
  examples: string[];
  orphans: Array<{ at: number; context: string; syllable: string }>;
}

export function stripPinyinAnnotations(text: string): StrippedAnnotations {
  const found = findAnnotations(text);
  if (found.length === 0) return { text, matched: 0, examples: [], orphans: [] };
  let out = '';
  let last = 0;
  let matched = 0;
  const examples: string[] = [];
  const orphans: StrippedAnnotations['orphans'] = [];
  for (const a of found) {
    const prevChar = a.start > 0 ? [...text.slice(Math.max(0, a.start - 2), a.start)].at(-1)! : '';
    out += text.slice(last, a.start);
    last = a.end;
    if (HAN.test(prevChar) && hasReading(prevChar, a.syllable)) {
      matched++;
      if (examples.length < 5) examples.push(`${prevChar}${text.slice(a.start, a.end)}`);
    } else {
      orphans.push({ at: a.start, context: text.slice(Math.max(0, a.start - 6), a.end + 2), syllable: a.syllable });
    }
  }
  out += text.slice(last);
  return { text: out, matched, examples, orphans };
}

export const pinyinStage = defineSourceStage({
  name: 'clean.pinyin',
  version: 2,
  description: 'Remove pinyin annotations inserted after characters (學(xué)習 → 學習), leaving real brackets alone.',
  options: z.strictObject({}),
  create: () => (item, ctx) => {
    const result = stripPinyinAnnotations(item.text);
    if (result.matched + result.orphans.length === 0) return item;
    if (result.matched) {
      ctx.note({
        rule: 'pinyin.annotation',
        reason: `${result.matched} pinyin annotations removed after the characters they spell (e.g. ${result.examples.join(', ')})`,
      });
    }
    for (const o of result.orphans) {
      ctx.note({
        rule: 'pinyin.orphan-annotation',
        level: 'warn',
        reason: `the annotation "${o.syllable}" does not spell the character before it (that character was lost or mangled); annotation removed`,
        span: [o.at, o.at + o.syllable.length + 2],
        before: o.context,
      });
    }
    return { ...item, text: result.text };
  },
});
