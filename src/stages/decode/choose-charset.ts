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

/** Enough text to judge a charset; HTML heads are skipped so the sample holds body text. */
const SAMPLE_BYTES = 16 * 1024;
/** Mean log-probability above which decoded text reads as ordinary Chinese (prose scores about -3). */
const PLAUSIBLE = -4.2;
/** Above this, decoded text is so clearly Chinese that no alternative needs trying (mis-decodings score below -5). */
const CONFIDENT = -3.9;

/** A sample of the bytes to score: for HTML, starting after </head> when it is near, so scripts and styles
 * (ASCII) do not crowd out the body text. Cut back to an ASCII byte so no multibyte character is split. */
function sampleForScoring(bytes: Uint8Array, format: 'html' | 'text'): Uint8Array {
  let start = 0;
  if (format === 'html') {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 65536)).indexOf('</head>', 0, 'latin1');
    if (head > 0) start = head;
  }
  let end = Math.min(bytes.length, start + SAMPLE_BYTES);
  if (end < bytes.length) while (end > start && bytes[end - 1]! >= 0x80) end--;
  return bytes.subarray(start, end > start ? end : Math.min(bytes.length, start + SAMPLE_BYTES));
}

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
  for (const ch of text) {
    total++;
    if (ch === '\ufffd') replacements++;
    else {
      const c = ch.charCodeAt(0);
      if ((c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || (c >= 0x7f && c < 0xa0)) controls++;
    }
  }
  const replacementShare = total ? replacements / total : 0;
  const controlShare = total ? controls / total : 0;
  const plausibility = chinesePlausibility(text);
  const base = plausibility.scored >= 4 ? plausibility.meanLogProb : -4;
  return { charset, score: base - 20 * replacementShare - 20 * controlShare, replacementShare };
}

function detectorCandidates(sample: Uint8Array): Charset[] {
  const found: Charset[] = [];
  for (const match of chardet.analyse(sample).slice(0, 4)) {
    const c = canonicalCharset(match.name);
    if (c && !found.includes(c)) found.push(c);
  }
  return found;
}

export function chooseCharset(bytes: Uint8Array, declaredHeader: string | null, format: 'html' | 'text'): CharsetChoice {
  const bom = sniffBom(bytes);
  if (bom) return { charset: bom.charset, evidence: 'bom', bomLength: bom.length, overridden: null };

  const fromHeader = canonicalCharset(headerCharset(declaredHeader) ?? declaredHeader);
  const fromMeta = format === 'html' ? canonicalCharset(declaredHtmlCharset(bytes)) : null;
  const declared = fromHeader ? { charset: fromHeader, from: 'header' as const } : fromMeta ? { charset: fromMeta, from: 'meta' as const } : null;

  if (isAscii(bytes)) return { charset: declared?.charset ?? 'utf-8', evidence: declared ? declared.from : 'ascii', bomLength: 0, overridden: null };

  const sample = sampleForScoring(bytes, format);
  // GBK or Big5 text that happens to be valid UTF-8 is vanishingly rare beyond a few characters, so
  // valid UTF-8 wins over any declaration (pages often say gb2312 and serve UTF-8).
  if (!guessBomlessUtf16(sample) && isValidUtf8(bytes)) {
    const overridden =
      declared && declared.charset !== 'utf-8'
        ? { declared: declared.charset, from: declared.from, why: 'the bytes are valid UTF-8' }
        : null;
    return { charset: 'utf-8', evidence: 'utf8-valid', bomLength: 0, overridden };
  }

  // Fast path: a declaration (or, undeclared, GB18030 — by far the commonest) that decodes cleanly into
  // plausible Chinese is accepted without trying the alternatives.
  const first = declared && declared.charset !== 'utf-8' ? declared.charset : 'gb18030';
  const firstScore = scoreDecoding(sample, first);
  if (firstScore.replacementShare < 0.005 && firstScore.score >= CONFIDENT) {
    const followed = declared !== null && declared.charset === first;
    const overridden = declared && !followed ? { declared: declared.charset, from: declared.from, why: 'the bytes are not valid UTF-8' } : null;
    return { charset: first, evidence: followed ? declared.from : 'detector', bomLength: 0, overridden };
  }

  // Chinese pages are GB*, Big5 or UTF-16 in practice; the statistical detector (slow: it runs dozens of
  // single-byte models) is consulted only when none of those reads as plausible Chinese.
  const pool = new Set<Charset>(['gb18030', 'big5hkscs']);
  const utf16 = guessBomlessUtf16(sample);
  if (bytes.length % 2 === 0) {
    pool.add('utf-16le');
    pool.add('utf-16be');
  }
  if (declared && declared.charset !== 'utf-8') pool.add(declared.charset);
  let scored = [...pool].map((c) => scoreDecoding(sample, c)).sort((a, b) => b.score - a.score);
  if (scored[0]!.score < PLAUSIBLE) {
    const extra = detectorCandidates(sample).filter((c) => c !== 'utf-8' && !pool.has(c));
    scored = [...scored, ...extra.map((c) => scoreDecoding(sample, c))].sort((a, b) => b.score - a.score);
  }
  const best = scored[0]!;

  if (declared && declared.charset !== 'utf-8') {
    const mine = scored.find((s) => s.charset === declared.charset) ?? scoreDecoding(sample, declared.charset);
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
