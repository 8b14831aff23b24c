// Which charset to decode a page with, and why. Order of evidence: BOM, valid UTF-8, the declared
// charset (HTTP header, then <meta>) when it decodes cleanly, then a statistical detector whose candidates
// are judged by how plausible the decoded text is as Chinese.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { chinesePlausibility } from '../../lexicon/chinese-plausibility.ts';
import {
  type Charset,
  canonicalCharset,
  declaredHtmlCharset,
  guessBomlessUtf16,
  headerCharset,
  isAscii,
  isValidUtf8,
  sniffBom,
} from './charset.ts';

export type CharsetEvidence = 'bom' | 'ascii' | 'utf8-valid' | 'header' | 'meta' | 'detector' | 'utf16-pattern';

export interface CharsetChoice {
  charset: Charset;
  evidence: CharsetEvidence;
  bomLength: number;
  /** The declaration we did not follow, and why, when there was one. */
  overridden: { declared: string; from: 'header' | 'meta'; why: string } | null;
}

const SAMPLE_BYTES = 64 * 1024;
/** Mean log-probability above which decoded text reads as ordinary Chinese (prose ≈ −3.3, mojibake < −4.5). */
const PLAUSIBLE_SCORE = -3.9;

interface CandidateScore {
  charset: Charset;
  score: number;
  replacementShare: number;
}

export function scoreDecoding(bytes: Uint8Array, charset: Charset): CandidateScore {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), charset);
  let replacements = 0;
  let controls = 0;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the low half of a pair: counted with its high half
    total++;
    if (c === 0xfffd) replacements++;
    else if ((c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || (c >= 0x7f && c < 0xa0)) controls++;
  }
  const replacementShare = total ? replacements / total : 0;
  const controlShare = total ? controls / total : 0;
  const plausibility = chinesePlausibility(text);
  const base = plausibility.scored >= 4 ? plausibility.meanLogProb : -4;
  return { charset, score: base - 20 * replacementShare - 20 * controlShare, replacementShare };
}

/** chardet is the slowest step of decoding; it only proposes candidates (scored below), so it reads a
 * window from the first non-ASCII byte on, skipping the long ASCII <head> of most pages. */
const DETECTOR_WINDOW = 16 * 1024;

/** Up to 16 KB of the page from its first non-ASCII byte (kept on an even offset): the text, not the long
 * ASCII <head>, is what tells one charset from another. */
function textWindow(sample: Uint8Array): Uint8Array {
  let start = 0;
  while (start < sample.length && sample[start]! < 0x80) start++;
  if (start >= sample.length) return sample.subarray(0, SCORE_WINDOW);
  start -= start % 2;
  return sample.subarray(start, start + SCORE_WINDOW);
}

const SCORE_WINDOW = 16 * 1024;
/** A declaration is checked on this much of the text window: thousands of characters settle it. */
const DECLARED_CHECK = 8 * 1024;

function detectorCandidates(sample: Uint8Array): Charset[] {
  const found: Charset[] = [];
  let start = 0;
  while (start < sample.length && sample[start]! < 0x80) start++;
  const window =
    start >= sample.length ? sample.subarray(0, DETECTOR_WINDOW) : sample.subarray(start, start + DETECTOR_WINDOW);
  for (const match of chardet.analyse(window).slice(0, 4)) {
    const c = canonicalCharset(match.name);
    if (c && !found.includes(c)) found.push(c);
  }
  return found;
}

export function chooseCharset(
  bytes: Uint8Array,
  declaredHeader: string | null,
  format: 'html' | 'text',
): CharsetChoice {
  const bom = sniffBom(bytes);
  if (bom) return { charset: bom.charset, evidence: 'bom', bomLength: bom.length, overridden: null };

  const fromHeader = canonicalCharset(headerCharset(declaredHeader) ?? declaredHeader);
  const fromMeta = format === 'html' ? canonicalCharset(declaredHtmlCharset(bytes)) : null;
  const declared = fromHeader
    ? { charset: fromHeader, from: 'header' as const }
    : fromMeta
      ? { charset: fromMeta, from: 'meta' as const }
      : null;

  if (isAscii(bytes))
    return {
      charset: declared?.charset ?? 'utf-8',
      evidence: declared ? declared.from : 'ascii',
      bomLength: 0,
      overridden: null,
    };

  const sample = bytes.subarray(0, SAMPLE_BYTES);
  // GBK or Big5 text that happens to be valid UTF-8 is vanishingly rare beyond a few characters, so
  // valid UTF-8 wins over any declaration (pages often say gb2312 and serve UTF-8).
  if (!guessBomlessUtf16(sample) && isValidUtf8(bytes)) {
    const overridden =
      declared && declared.charset !== 'utf-8'
        ? { declared: declared.charset, from: declared.from, why: 'the bytes are valid UTF-8' }
        : null;
    return { charset: 'utf-8', evidence: 'utf8-valid', bomLength: 0, overridden };
  }

  // A declaration that decodes cleanly into plausible Chinese is believed without running the detector
  // (most pages, and the fast path: the detector is the slowest part of decoding).
  const window = textWindow(sample);
  const score = (c: Charset) => scoreDecoding(c.startsWith('utf-16') ? sample : window, c);
  if (declared && declared.charset !== 'utf-8' && !guessBomlessUtf16(sample)) {
    const mine = scoreDecoding(window.subarray(0, DECLARED_CHECK), declared.charset);
    if (mine.replacementShare < 0.001 && mine.score >= PLAUSIBLE_SCORE) {
      return { charset: declared.charset, evidence: declared.from, bomLength: 0, overridden: null };
    }
  }

  // The charsets Chinese pages come in are always candidates; chardet (slow) is asked for more only when
  // none of them reads as plausible Chinese.
  const pool = new Set<Charset>(['gb18030', 'big5hkscs']);
  const utf16 = guessBomlessUtf16(sample);
  let scored = [...pool].map(score).sort((a, b) => b.score - a.score);
  const clean = (c: CandidateScore) => c.score >= PLAUSIBLE_SCORE && c.replacementShare < 0.001;
  // BOM-less UTF-16 (even length) is a candidate unless GB or Big5 already reads as clean Chinese.
  if (bytes.length % 2 === 0 && (utf16 || !clean(scored[0]!))) {
    for (const c of ['utf-16le', 'utf-16be'] as const) pool.add(c);
    scored = [...scored, score('utf-16le'), score('utf-16be')].sort((a, b) => b.score - a.score);
  }
  if (scored[0]!.score < PLAUSIBLE_SCORE || scored[0]!.replacementShare >= 0.001) {
    const more = detectorCandidates(sample).filter((c) => !pool.has(c) && c !== 'utf-8');
    scored = [...scored, ...more.map(score)].sort((a, b) => b.score - a.score);
  }
  const best = scored[0]!;

  if (declared && declared.charset !== 'utf-8') {
    const mine = scored.find((s) => s.charset === declared.charset) ?? score(declared.charset);
    // Keep the declaration unless it leaves replacement characters or reads clearly worse than the best guess.
    if (mine.replacementShare < 0.005 && mine.score >= best.score - 0.5) {
      return { charset: declared.charset, evidence: declared.from, bomLength: 0, overridden: null };
    }
    return {
      charset: best.charset,
      evidence: utf16 && best.charset.startsWith('utf-16') ? 'utf16-pattern' : 'detector',
      bomLength: 0,
      overridden: {
        declared: declared.charset,
        from: declared.from,
        why:
          mine.replacementShare >= 0.005
            ? `decoding as ${declared.charset} left ${(mine.replacementShare * 100).toFixed(1)}% undecodable characters`
            : `text decoded as ${declared.charset} reads as implausible Chinese (score ${mine.score.toFixed(2)} vs ${best.score.toFixed(2)} for ${best.charset})`,
      },
    };
  }
  if (declared?.charset === 'utf-8') {
    return {
      charset: best.charset,
      evidence: 'detector',
      bomLength: 0,
      overridden: { declared: 'utf-8', from: declared.from, why: 'the bytes are not valid UTF-8' },
    };
  }
  return {
    charset: best.charset,
    evidence: utf16 && best.charset.startsWith('utf-16') ? 'utf16-pattern' : 'detector',
    bomLength: 0,
    overridden: null,
  };
}
