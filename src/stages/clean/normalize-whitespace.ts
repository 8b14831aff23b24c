// clean.whitespace: one kind of space, one kind of line break, no invisible characters, no runs of blank lines.
// Chinese pages indent paragraphs with full-width spaces (U+3000) and pad with NBSP; neither carries meaning.
import { z } from 'zod';
import { defineSourceStage } from '../../model/stage.ts';

interface Rule {
  id: string;
  why: string;
  pattern: RegExp;
  replacement: string;
  /** Applied only when the text holds at least this many matches (a shape, not a stray occurrence). */
  min?: number;
}

const RULES: Rule[] = [
  {
    id: 'escaped-line-endings',
    why: 'line ends written out as escapes (\\r, \\n) after Chinese text: a page copied from a program string, whose lines they were',
    // Not after or before a letter (a path's \new, a program's \nabla). Three or more: one is a typo, not a layout.
    pattern: /(?<![A-Za-z\\])\\(?:r\\n|[rn])(?![A-Za-z])/g,
    replacement: '\n',
    min: 3,
  },
  {
    id: 'line-endings',
    why: 'CRLF and CR line ends become LF',
    pattern: /\r\n?|[\u2028\u2029\u0085]/g,
    replacement: '\n',
  },
  {
    id: 'invisible',
    why: 'zero-width characters and stray BOMs carry no text',
    pattern: /[\u200b-\u200d\u2060\ufeff\u00ad]/g,
    replacement: '',
  },
  {
    id: 'control',
    why: 'control characters (NUL, etc.) are debris of broken encodings',
    // eslint-disable-next-line no-control-regex -- removing control characters is this rule's whole point
    pattern: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g,
    replacement: '',
  },
  {
    id: 'wide-space',
    why: 'full-width, no-break and other Unicode spaces become an ordinary space',
    pattern: /[\u3000\u00a0\u1680\u2000-\u200a\u202f\u205f\t]/g,
    replacement: ' ',
  },
  { id: 'space-runs', why: 'runs of spaces collapse to one', pattern: / {2,}/g, replacement: ' ' },
  {
    id: 'line-edges',
    why: 'spaces at line starts (indentation) and ends are layout',
    pattern: /^ +| +$/gm,
    replacement: '',
  },
  { id: 'blank-runs', why: 'more than one blank line in a row is layout', pattern: /\n{3,}/g, replacement: '\n\n' },
];

export function normalizeWhitespace(text: string, onRule: (rule: Rule, count: number) => void = () => {}): string {
  let out = text;
  for (const rule of RULES) {
    if (rule.min !== undefined && (out.match(rule.pattern) ?? []).length < rule.min) continue;
    let count = 0;
    out = out.replace(rule.pattern, () => {
      count++;
      return rule.replacement;
    });
    if (count) onRule(rule, count);
  }
  return out.trim();
}

export const normalizeWhitespaceStage = defineSourceStage({
  name: 'clean.whitespace',
  version: 2,
  description:
    'Normalise line ends (also written-out \\r escapes), full-width/no-break spaces, invisible and control characters, blank-line runs.',
  options: z.strictObject({}),
  create: () => (item, ctx) => {
    const text = normalizeWhitespace(item.text, (rule, count) =>
      ctx.note({ rule: `whitespace.${rule.id}`, reason: `${rule.why} (${count}×)` }),
    );
    return { ...item, text };
  },
});
