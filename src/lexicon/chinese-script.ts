// Traditional or simplified, character by character (OpenCC's tables). A GBK page decoded one byte out of
// step yields mostly GB2312 characters, i.e. simplified ones: inside a traditional text they stand out.
import { configConverter } from './opencc-tables.ts';

// OpenCC's Hong Kong tables both ways, built on first use (a thread that never asks builds nothing) and over
// the tries convert.t2s shares: opencc-js's own Converter cost ≈0.3 s of CPU and ≈50 MB of heap per thread at
// import (issue 18). Same configs, same matching as Converter({ from: 'hk', to: 'cn' }) and ({ from: 'cn', to: 'hk' }).
let converters: { toSimplified: (text: string) => string; toTraditional: (text: string) => string } | null = null;
const toSimplified = (text: string) => (converters ??= openccBothWays()).toSimplified(text);
const toTraditional = (text: string) => (converters ??= openccBothWays()).toTraditional(text);
function openccBothWays() {
  return { toSimplified: configConverter('hk2s'), toTraditional: configConverter('s2hk') };
}
const simplifiedCache = new Map<string, string>();
const traditionalCache = new Map<string, string>();
/** simplifiedCache by code unit for one-unit characters: mojibake repair asks millions of times. */
const simplifiedByCode: (string | undefined)[] = new Array(0x10000);

/** The simplified form of one character (itself when it has none). */
export function simplifiedChar(ch: string): string {
  if (ch.length === 1) {
    const known = simplifiedByCode[ch.charCodeAt(0)];
    if (known !== undefined) return known;
  }
  let s = simplifiedCache.get(ch);
  if (s === undefined) {
    const converted: string = toSimplified(ch);
    s = [...converted].length === 1 ? converted : ch;
    simplifiedCache.set(ch, s);
  }
  if (ch.length === 1) simplifiedByCode[ch.charCodeAt(0)] = s;
  return s;
}

const HAN = /\p{Script=Han}/u;
/** 0 not yet known, 1 Han, 2 not Han; by code unit, for one-unit characters. */
const hanByCode = new Uint8Array(0x10000);

/** Does the character (or string) contain a Han character? `HAN.test`, table-driven for one code unit. */
export function isHan(ch: string): boolean {
  return ch.length === 1 ? isHanCodePoint(ch.charCodeAt(0)) : HAN.test(ch);
}

/** Is the code point a Han character (table-driven below U+10000)? */
export function isHanCodePoint(c: number): boolean {
  if (c > 0xffff) return HAN.test(String.fromCodePoint(c));
  let k = hanByCode[c]!;
  if (k === 0) hanByCode[c] = k = HAN.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

export function simplifiedText(text: string): string {
  let out = '';
  for (const ch of text) out += simplifiedChar(ch);
  return out;
}

/** Written only in traditional script (學, 會). */
export function isTraditionalOnly(ch: string): boolean {
  return simplifiedChar(ch) !== ch;
}

/** Written only in simplified script (学, 会): it has a different traditional form. */
export function isSimplifiedOnly(ch: string): boolean {
  if (isTraditionalOnly(ch)) return false;
  const cached = traditionalCache.get(ch);
  if (cached !== undefined) return cached !== ch;
  const t = toTraditional(ch);
  traditionalCache.set(ch, t);
  return t !== ch;
}

export type Script = 'traditional' | 'simplified' | 'mixed';

/** By code unit (CJK blocks only): 0 not yet known, 1 traditional only, 2 simplified only, 3 either. */
const scriptByCode = new Uint8Array(0x10000);

/** Which script a text is written in, from the characters that differ between the two. */
export function dominantScript(text: string): Script {
  let traditional = 0;
  let simplified = 0;
  // Code units, not characters: the counted range holds no surrogates.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    let k = scriptByCode[c]!;
    if (k === 0) {
      const ch = text[i]!;
      scriptByCode[c] = k = isTraditionalOnly(ch) ? 1 : isSimplifiedOnly(ch) ? 2 : 3;
    }
    if (k === 1) traditional++;
    else if (k === 2) simplified++;
  }
  if (traditional >= 10 && traditional > 3 * simplified) return 'traditional';
  if (simplified >= 10 && simplified > 3 * traditional) return 'simplified';
  return 'mixed';
}

/**
 * Fills the per-character tables for many characters at once (one conversion of the joined string instead
 * of one per character): mojibake repair looks at thousands of candidate characters.
 */
export function preloadScriptTables(chars: Iterable<string>): void {
  const todo = [...chars].filter((c) => !simplifiedCache.has(c) && [...c].length === 1);
  if (todo.length === 0) return;
  const joined = todo.join('\n');
  const simplified = toSimplified(joined).split('\n');
  const traditional = toTraditional(joined).split('\n');
  if (simplified.length !== todo.length || traditional.length !== todo.length) return;
  todo.forEach((c, i) => {
    const s = simplified[i]!;
    simplifiedCache.set(c, [...s].length === 1 ? s : c);
    traditionalCache.set(c, traditional[i]!);
  });
}
