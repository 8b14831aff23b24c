// OpenCC conversion with opencc-js's own dictionaries and configs, matched the way opencc-js matches them
// (longest prefix, code point by code point, an ideographic description sequence skipped whole), but without
// an object per match and an array per segment: opencc-js spends most of its time there, not in the lookups.
import * as OpenCC from 'opencc-js';

type DictLike = string | readonly (readonly [string, string])[];
type DictGroup = readonly DictLike[];

interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  value: string | undefined;
}

/** One dictionary group as a trie; the first dictionary of the group wins, as in opencc-js. */
class PhraseTrie {
  // The first character is looked up at every position, so BMP code units index an array there.
  private readonly bmpRoot: Array<TrieNode | undefined> = new Array(0x10000).fill(undefined);
  private readonly astralRoot = new Map<number, TrieNode>();
  private matchedValue = '';

  constructor(group: DictGroup) {
    for (const dict of [...group].reverse()) this.load(dict);
  }

  private load(dict: DictLike): void {
    if (typeof dict !== 'string') {
      for (const [source, replacement] of dict) this.add(source, replacement);
      return;
    }
    for (const entry of dict.split('|')) {
      const [source, replacement] = entry.split(' ');
      if (typeof replacement !== 'string') throw new TypeError(`invalid OpenCC dictionary entry: ${entry}`);
      this.add(source!, replacement);
    }
  }

  private add(source: string, replacement: string): void {
    let node: TrieNode | undefined;
    for (const ch of source) {
      const cp = ch.codePointAt(0)!;
      let child = node ? node.next?.get(cp) : cp < 0x10000 ? this.bmpRoot[cp] : this.astralRoot.get(cp);
      if (!child) {
        child = { next: undefined, value: undefined };
        if (!node) {
          if (cp < 0x10000) this.bmpRoot[cp] = child;
          else this.astralRoot.set(cp, child);
        } else (node.next ??= new Map()).set(cp, child);
      }
      node = child;
    }
    if (node) node.value = replacement;
  }

  /** No entry starts with this code unit (most positions of most passes): skip without a lookup call. */
  private startsNothing(c: number): boolean {
    return this.bmpRoot[c] === undefined && (c < 0xd800 || c > 0xdbff);
  }

  /** End of the longest entry starting at `start` (0 when none); its replacement is left in matchedValue. */
  private matchEnd(text: string, start: number): number {
    const c = text.charCodeAt(start);
    let node: TrieNode | undefined;
    let i: number;
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(start)!;
      node = cp > 0xffff ? this.astralRoot.get(cp) : this.bmpRoot[cp];
      i = start + (cp > 0xffff ? 2 : 1);
    } else {
      node = this.bmpRoot[c];
      i = start + 1;
    }
    if (node === undefined) return 0;
    let end = 0;
    for (;;) {
      if (node.value !== undefined) {
        end = i;
        this.matchedValue = node.value;
      }
      const next: Map<number, TrieNode> | undefined = node.next;
      if (next === undefined || i >= text.length) return end;
      const cp = text.codePointAt(i)!;
      node = next.get(cp);
      if (node === undefined) return end;
      i += cp > 0xffff ? 2 : 1;
    }
  }

  /** Converts into `sink`: the last table of a chain matches nearly every character, and a string piece
   * per character is what made opencc-js spend its time collecting garbage. */
  convertInto(text: string, sink: PieceSink): void {
    let copiedTo = 0;
    for (let i = 0; i < text.length;) {
      const c = text.charCodeAt(i);
      if (this.startsNothing(c)) {
        i += c < 0x2ff0 || c > 0x2fff ? 1 : unmatchedStep(text, i);
        continue;
      }
      const end = this.matchEnd(text, i);
      if (end > 0) {
        if (copiedTo < i) sink.append(text, copiedTo, i);
        sink.append(this.matchedValue, 0, this.matchedValue.length);
        i = copiedTo = end;
      } else i += unmatchedStep(text, i);
    }
    if (copiedTo < text.length) sink.append(text, copiedTo, text.length);
  }

  convert(text: string): string {
    const sink = new StringSink();
    this.convertInto(text, sink);
    return sink.out;
  }

  /** Cuts the text into entries and the runs between them, handing each piece to the chain (one call
   * target for every text, so the optimized loop is not thrown away when the next text comes). */
  segment(text: string, chain: ConversionChain, sink: CodeUnitSink): void {
    let runFrom = -1;
    for (let i = 0; i < text.length;) {
      const c = text.charCodeAt(i);
      if (this.startsNothing(c)) {
        if (runFrom < 0) runFrom = i;
        i += c < 0x2ff0 || c > 0x2fff ? 1 : unmatchedStep(text, i);
        continue;
      }
      const end = this.matchEnd(text, i);
      if (end > 0) {
        if (runFrom >= 0) chain.convertPiece(text.slice(runFrom, i), sink);
        runFrom = -1;
        chain.convertPiece(text.slice(i, end), sink);
        i = end;
      } else {
        if (runFrom < 0) runFrom = i;
        i += unmatchedStep(text, i);
      }
    }
    if (runFrom >= 0) chain.convertPiece(text.slice(runFrom), sink);
  }
}

/** A growing UTF-16 buffer; Buffer's ucs2 decoding keeps lone surrogates as they are, as the input had them. */
interface PieceSink {
  append(text: string, from: number, to: number): void;
}

/** Pieces joined as a string: for the short normalization passes, where a text usually comes back whole
 * (slice(0, length) is the text itself, no copy). */
class StringSink implements PieceSink {
  out = '';

  append(text: string, from: number, to: number): void {
    this.out += text.slice(from, to);
  }
}

class CodeUnitSink implements PieceSink {
  private units = new Uint16Array(1 << 16);
  private length = 0;

  append(text: string, from: number, to: number): void {
    if (this.length + to - from > this.units.length) {
      const grown = new Uint16Array(Math.max(this.units.length * 2, this.length + to - from));
      grown.set(this.units.subarray(0, this.length));
      this.units = grown;
    }
    const units = this.units;
    let at = this.length;
    for (let i = from; i < to; i++) units[at++] = text.charCodeAt(i);
    this.length = at;
  }

  text(): string {
    return Buffer.from(this.units.buffer, 0, this.length * 2).toString('ucs2');
  }
}

function codePointLength(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/** How many operands an ideographic description character takes (⿰ two, ⿲ three), as opencc-js reads them. */
function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

function idsEnd(text: string, i: number): number {
  const arity = idsArity(text.codePointAt(i)!);
  if (arity === 0) return 0;
  let j = i + codePointLength(text, i);
  for (let k = 0; k < arity; k++) {
    if (j >= text.length) return 0;
    j = idsEnd(text, j) || j + codePointLength(text, j);
  }
  return j;
}

/** Where matching resumes after an unmatched position: the next code point, or past a whole description sequence. */
function unmatchedStep(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x2ff0 || (c > 0x2fff && (c < 0xd800 || c > 0xdbff))) return 1;
  const end = idsEnd(text, i);
  return end > i ? end - i : codePointLength(text, i);
}

export type OpenccSource = 't' | 'tw' | 'twp' | 'hk';

// Every config ends with the same phrase and character tables (and most cut with the same phrases): one trie
// per distinct dictionary group per thread, shared by the converters, each root array being 64 K entries.
const dictionaryIds = new Map<DictLike, number>();
const tries = new Map<string, PhraseTrie>();
function trieOf(group: DictGroup): PhraseTrie {
  const key = group
    .map((dict) => {
      let id = dictionaryIds.get(dict);
      if (id === undefined) dictionaryIds.set(dict, (id = dictionaryIds.size));
      return id;
    })
    .join(',');
  let trie = tries.get(key);
  if (!trie) tries.set(key, (trie = new PhraseTrie(group)));
  return trie;
}

/** The converter opencc-js's Converter({ from, to: 'cn' }) is, over the same tables: normalize, cut into
 * phrases, then run each piece through the conversion chain. */
export function simplifiedConverter(from: OpenccSource): (text: string) => string {
  return configConverter(from === 'twp' ? 'tw2sp' : `${from}2s`);
}

/** The converter opencc-js's Converter builds for one of its configs (`hk2s`, `s2hk`…): the name opencc-js
 * itself picks for Converter({ from, to }) (from 'cn' is `s2${to}`, to 'cn' is `${from}2s`). */
export function configConverter(name: string): (text: string) => string {
  const config = (
    OpenCC.Locale.configs as Record<
      string,
      { normalizationChain?: DictGroup[]; segmentation?: DictLike | DictGroup; conversionChain: DictGroup[] }
    >
  )[name];
  if (!config) throw new Error(`opencc-js has no ${name} config`);
  const normalization = (config.normalizationChain ?? []).map(trieOf);
  const segmentation =
    config.segmentation === undefined
      ? null
      : trieOf(isDictGroup(config.segmentation) ? config.segmentation : [config.segmentation]);
  const chain = new ConversionChain(config.conversionChain.map(trieOf));
  return (text) => {
    const normalized = normalization.reduce((t, trie) => trie.convert(t), text);
    const sink = new CodeUnitSink();
    if (segmentation) segmentation.segment(normalized, chain, sink);
    else chain.convertPiece(normalized, sink);
    return sink.text();
  };
}

/** The conversion tables applied in turn to each piece; the last writes into the sink. */
class ConversionChain {
  private readonly first: PhraseTrie[];
  private readonly last: PhraseTrie;

  constructor(tries: PhraseTrie[]) {
    this.first = tries.slice(0, -1);
    this.last = tries[tries.length - 1]!;
  }

  convertPiece(piece: string, sink: CodeUnitSink): void {
    let text = piece;
    for (const trie of this.first) text = trie.convert(text);
    this.last.convertInto(text, sink);
  }
}

function isDictGroup(value: DictLike | DictGroup): value is DictGroup {
  return Array.isArray(value) && value.every((d) => typeof d === 'string');
}
