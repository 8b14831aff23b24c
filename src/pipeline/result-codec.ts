// A source's result as bytes: pool workers encode it, and the buffer is transferred (not copied) from the
// worker to the main thread and on to the writer thread, so the main thread never walks the result.
import type { SourceResult } from './process-source.ts';

export interface EncodedResult {
  encoded: Uint8Array;
}

const encoder = new TextEncoder();

/** Bytes with an ArrayBuffer of their own (never a slice of Node's shared Buffer pool), so it can be transferred. */
export function encodeResultBytes(result: SourceResult): Uint8Array {
  return encoder.encode(JSON.stringify(result));
}

export function decodeResult(result: SourceResult | EncodedResult): SourceResult {
  if (!('encoded' in result)) return result;
  const bytes = result.encoded;
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as SourceResult;
}
