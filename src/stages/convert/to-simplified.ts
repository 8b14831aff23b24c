// convert.t2s: traditional → simplified with opencc-js, after mojibake repair (which needs the original
// characters). The variant (Taiwan, Hong Kong, or OpenCC's standard traditional) is chosen from marker
// characters, because each standard writes some characters differently (為/爲, 裡/裏, 衛/衞).
import * as OpenCC from 'opencc-js';
import { z } from 'zod';
import { defineSourceStage } from '../../pipeline/stage.ts';

export type TraditionalVariant = 't' | 'tw' | 'hk';

const converters = new Map<string, (text: string) => string>();
function converter(from: TraditionalVariant | 'twp'): (text: string) => string {
  const cached = converters.get(from);
  if (cached) return cached;
  const created = OpenCC.Converter({ from, to: 'cn' });
  converters.set(from, created);
  return created;
}

// Characters each standard prefers where the others differ (OpenCC's own variant tables).
const TAIWAN_MARKERS = /[為裡衛峰群汙溼]/gu;
const HONG_KONG_MARKERS = /[衞綫爲裏僞]|[嘅咗喺冇啲]/gu;

export function detectTraditionalVariant(text: string): TraditionalVariant {
  const tw = text.match(TAIWAN_MARKERS)?.length ?? 0;
  const hk = text.match(HONG_KONG_MARKERS)?.length ?? 0;
  if (hk > tw && hk >= 2) return 'hk';
  if (tw > hk && tw >= 2) return 'tw';
  return 't';
}

let traditionalOnly: Set<number> | null = null;

/** Code points OpenCC changes on their own: the characters that mark a text as traditional. Built once
 * per thread by converting every CJK ideograph, so measuring a text is a set lookup per character. */
function traditionalCharacters(): Set<number> {
  if (traditionalOnly) return traditionalOnly;
  const codes: number[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) if (c < 0x4dc0 || c >= 0x4e00) codes.push(c);
  // One character per line, so phrase rules cannot join neighbours.
  const converted = converter('hk')(codes.map((c) => String.fromCharCode(c)).join('\n')).split('\n');
  const set = new Set<number>();
  codes.forEach((c, i) => {
    if (converted[i] !== String.fromCharCode(c)) set.add(c);
  });
  traditionalOnly = set;
  return set;
}

/** Share of Han characters that are traditional-only: how traditional the text is. */
export function traditionalShare(text: string): number {
  const traditional = traditionalCharacters();
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    if (traditional.has(c)) changed++;
  }
  return han ? changed / han : 0;
}

/** Converts only the lines that hold traditional characters (phrase rules never cross a line), then mops up
 * variants the first standard left (衞 under 't') with a Hong Kong pass over the lines still traditional. */
export function convertTraditionalLines(text: string, primary: TraditionalVariant | 'twp'): string {
  const traditional = traditionalCharacters();
  const hasTraditional = (line: string) => {
    for (let i = 0; i < line.length; i++) if (traditional.has(line.charCodeAt(i))) return true;
    return false;
  };
  const first = converter(primary);
  const mop = converter('hk');
  return text
    .split('\n')
    .map((line) => {
      if (!hasTraditional(line)) return line;
      const converted = first(line);
      return primary !== 'hk' && hasTraditional(converted) ? mop(converted) : converted;
    })
    .join('\n');
}

export const toSimplifiedStage = defineSourceStage({
  name: 'convert.t2s',
  version: 2,
  description: 'Traditional → simplified (opencc-js), variant (tw/hk/standard) detected from marker characters.',
  options: z.strictObject({
    variant: z.enum(['auto', 't', 'tw', 'hk']).default('auto'),
    /** Also convert Taiwan vocabulary (軟體 → 软件); off by default because most traditional-script plans are mainland texts. */
    taiwanPhrases: z.boolean().default(false),
  }),
  create: (options) => (item, ctx) => {
    const share = traditionalShare(item.text);
    if (share === 0) return item;
    const variant = options.variant === 'auto' ? detectTraditionalVariant(item.text) : options.variant;
    const primary = variant === 'tw' && options.taiwanPhrases ? 'twp' : variant;
    const text = convertTraditionalLines(item.text, primary);
    ctx.note({
      rule: `t2s.${primary}`,
      reason: `${(share * 100).toFixed(1)}% of Han characters were traditional; converted with OpenCC ${primary} → cn`,
    });
    return { ...item, text };
  },
});
