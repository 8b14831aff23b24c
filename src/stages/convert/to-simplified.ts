// convert.t2s: traditional → simplified with opencc-js's tables (lexicon/opencc-tables.ts), after mojibake repair (which needs the original
// characters). The variant (Taiwan, Hong Kong, or OpenCC's standard traditional) is chosen from marker
// characters, because each standard writes some characters differently (為/爲, 裡/裏, 衛/衞).
import { z } from 'zod';
import { defineSourceStage } from '../../model/stage.ts';
import { type OpenccSource, simplifiedConverter } from '../../lexicon/opencc-tables.ts';

export type TraditionalVariant = 't' | 'tw' | 'hk';

const converters = new Map<string, (text: string) => string>();
function converter(from: OpenccSource): (text: string) => string {
  const cached = converters.get(from);
  if (cached) return cached;
  const created = simplifiedConverter(from);
  converters.set(from, created);
  return created;
}

// Han code points U+3400–U+9FFF as a table of flags: measuring a text is then one array read per character.
const HAN_FIRST = 0x3400;
const HAN_LAST = 0x9fff;
const TRADITIONAL = 1;
const TAIWAN_MARKER = 2;
const HONG_KONG_MARKER = 4;
const LEFT_BY_PRIMARY = 8;

// Characters each standard prefers where the others differ (OpenCC's own variant tables).
const TAIWAN_MARKERS = '為裡衛峰群汙溼';
const HONG_KONG_MARKERS = '衞綫爲裏僞嘅咗喺冇啲';

let hanFlags: Uint8Array | null = null;

/** Flags per Han code point. The traditional ones are what the widest converter, Hong Kong's, changes on its
 * own: found once per thread by converting every CJK ideograph (one per line, so phrase rules cannot join
 * neighbours). */
function flagsOfHan(): Uint8Array {
  if (hanFlags) return hanFlags;
  const flags = new Uint8Array(HAN_LAST - HAN_FIRST + 1);
  const codes: number[] = [];
  for (let c = HAN_FIRST; c <= HAN_LAST; c++) if (c < 0x4dc0 || c >= 0x4e00) codes.push(c);
  converter('hk')(codes.map((c) => String.fromCharCode(c)).join('\n'))
    .split('\n')
    .forEach((converted, i) => {
      if (converted !== String.fromCharCode(codes[i]!)) flags[codes[i]! - HAN_FIRST]! |= TRADITIONAL;
    });
  for (const ch of TAIWAN_MARKERS) flags[ch.charCodeAt(0) - HAN_FIRST]! |= TAIWAN_MARKER;
  for (const ch of HONG_KONG_MARKERS) flags[ch.charCodeAt(0) - HAN_FIRST]! |= HONG_KONG_MARKER;
  hanFlags = flags;
  return flags;
}

interface TraditionalCounts {
  han: number;
  traditional: number;
  taiwanMarkers: number;
  hongKongMarkers: number;
}

/** One pass over the text for everything the stage decides on. */
function countTraditional(text: string): TraditionalCounts {
  const flags = flagsOfHan();
  let han = 0;
  let traditional = 0;
  let taiwanMarkers = 0;
  let hongKongMarkers = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < HAN_FIRST || c > HAN_LAST) continue;
    han++;
    const f = flags[c - HAN_FIRST]!;
    if (f === 0) continue;
    traditional += f & TRADITIONAL;
    if (f & TAIWAN_MARKER) taiwanMarkers++;
    if (f & HONG_KONG_MARKER) hongKongMarkers++;
  }
  return { han, traditional, taiwanMarkers, hongKongMarkers };
}

function variantOf({ taiwanMarkers: tw, hongKongMarkers: hk }: TraditionalCounts): TraditionalVariant {
  if (hk > tw && hk >= 2) return 'hk';
  if (tw > hk && tw >= 2) return 'tw';
  return 't';
}

const shareOf = ({ han, traditional }: TraditionalCounts): number => (han ? traditional / han : 0);

export function detectTraditionalVariant(text: string): TraditionalVariant {
  return variantOf(countTraditional(text));
}

/** Share of Han characters that are traditional-only: how traditional the text is. */
export function traditionalShare(text: string): number {
  return shareOf(countTraditional(text));
}

function hasAny(text: string, flags: Uint8Array, flag: number): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= HAN_FIRST && c <= HAN_LAST && flags[c - HAN_FIRST]! & flag) return true;
  }
  return false;
}

/** Traditional characters the given converter leaves as they are (衞 under 't'), flagged LEFT_BY_PRIMARY.
 * Only the traditional characters need asking, not every ideograph. */
const leftBy = new Map<string, Uint8Array>();
function charactersLeftBy(from: OpenccSource): Uint8Array {
  const cached = leftBy.get(from);
  if (cached) return cached;
  const flags = flagsOfHan();
  const traditional: number[] = [];
  flags.forEach((f, i) => {
    if (f & TRADITIONAL) traditional.push(i + HAN_FIRST);
  });
  const left = new Uint8Array(flags.length);
  converter(from)(traditional.map((c) => String.fromCharCode(c)).join('\n'))
    .split('\n')
    .forEach((converted, i) => {
      if (converted === String.fromCharCode(traditional[i]!)) left[traditional[i]! - HAN_FIRST] = LEFT_BY_PRIMARY;
    });
  leftBy.set(from, left);
  return left;
}

/** Converts a text that holds traditional characters: a mostly-traditional text in one call, a mostly
 * simplified one line by line (only the lines with traditional characters; phrase rules never cross a
 * line). Variants the first standard leaves (衞 under 't') are mopped up by a Hong Kong pass, only over
 * lines holding one of them. */
export function convertTraditionalLines(text: string, primary: OpenccSource, share = traditionalShare(text)): string {
  const first = converter(primary);
  const flags = flagsOfHan();
  const converted =
    share >= WHOLE_TEXT_SHARE
      ? first(text)
      : text
          .split('\n')
          .map((line) => (hasAny(line, flags, TRADITIONAL) ? first(line) : line))
          .join('\n');
  if (primary === 'hk') return converted;
  const left = charactersLeftBy(primary);
  if (!hasAny(text, left, LEFT_BY_PRIMARY)) return converted;
  const mop = converter('hk');
  return converted
    .split('\n')
    .map((line) => (hasAny(line, left, LEFT_BY_PRIMARY) ? mop(line) : line))
    .join('\n');
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
    const counts = countTraditional(item.text);
    const share = shareOf(counts);
    if (share === 0) return item;
    const variant = options.variant === 'auto' ? variantOf(counts) : options.variant;
    const primary = variant === 'tw' && options.taiwanPhrases ? 'twp' : variant;
    const text = convertTraditionalLines(item.text, primary, share);
    ctx.note({
      rule: `t2s.${primary}`,
      reason: `${(share * 100).toFixed(1)}% of Han characters were traditional; converted with OpenCC ${primary} → cn`,
    });
    return { ...item, text };
  },
});
