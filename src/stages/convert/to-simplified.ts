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

/** Code points a converter changes on their own, per converter. Built once per thread by converting every
 * CJK ideograph (one per line, so phrase rules cannot join neighbours); measuring a text is then a set
 * lookup per character. */
const changedBy = new Map<string, Set<number>>();

function charactersChangedBy(from: TraditionalVariant | 'twp'): Set<number> {
  const cached = changedBy.get(from);
  if (cached) return cached;
  const codes: number[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) if (c < 0x4dc0 || c >= 0x4e00) codes.push(c);
  const converted = converter(from)(codes.map((c) => String.fromCharCode(c)).join('\n')).split('\n');
  const set = new Set<number>();
  codes.forEach((c, i) => {
    if (converted[i] !== String.fromCharCode(c)) set.add(c);
  });
  changedBy.set(from, set);
  return set;
}

/** The characters that mark a text as traditional (what the widest converter, Hong Kong's, changes). */
function traditionalCharacters(): Set<number> {
  return charactersChangedBy('hk');
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

function hasAny(text: string, set: Set<number>): boolean {
  for (let i = 0; i < text.length; i++) if (set.has(text.charCodeAt(i))) return true;
  return false;
}

/** Traditional characters the given converter leaves as they are (衞 under 't'). */
const leftBy = new Map<string, Set<number>>();
function charactersLeftBy(from: TraditionalVariant | 'twp'): Set<number> {
  let left = leftBy.get(from);
  if (!left) {
    const changed = charactersChangedBy(from);
    left = new Set([...traditionalCharacters()].filter((c) => !changed.has(c)));
    leftBy.set(from, left);
  }
  return left;
}

/** Converts a text that holds traditional characters: a mostly-traditional text in one call, a mostly
 * simplified one line by line (only the lines with traditional characters; phrase rules never cross a
 * line). Variants the first standard leaves (衞 under 't') are mopped up by a Hong Kong pass, only over
 * lines holding one of them. */
export function convertTraditionalLines(text: string, primary: TraditionalVariant | 'twp', share = traditionalShare(text)): string {
  const first = converter(primary);
  const traditional = traditionalCharacters();
  const converted = share >= WHOLE_TEXT_SHARE ? first(text) : text.split('\n').map((line) => (hasAny(line, traditional) ? first(line) : line)).join('\n');
  const left = primary === 'hk' ? null : charactersLeftBy(primary);
  if (!left || !hasAny(text, left)) return converted;
  const mop = converter('hk');
  return converted.split('\n').map((line) => (hasAny(line, left) ? mop(line) : line)).join('\n');
}

/** Above this share of traditional characters, converting the whole text at once is cheaper than finding lines. */
const WHOLE_TEXT_SHARE = 0.05;

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
    const text = convertTraditionalLines(item.text, primary, share);
    ctx.note({
      rule: `t2s.${primary}`,
      reason: `${(share * 100).toFixed(1)}% of Han characters were traditional; converted with OpenCC ${primary} → cn`,
    });
    return { ...item, text };
  },
});
