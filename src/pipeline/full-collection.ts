// Long runs: V8 lets a busy thread's heap grow to two or three times its live data before it collects
// fully, so in a 20,000-source run every thread's heap kept growing while its live data stayed flat, and
// the run peaked ~250 MB above a 2,000-source one. A full collection every few thousand sources keeps each
// thread near its working size, so memory follows the live data, not the corpus. Each is a stop-the-world
// ~0.1 s; every 1,000 sources that cost ~10 % of throughput, every 4,000 it is lost in the run-to-run noise.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collectGarbage: (() => void) | null | undefined;

/** V8's own full collection: exposing it after start-up reaches contexts created afterwards, such as this one. */
function fullCollection(): (() => void) | null {
  if (collectGarbage === undefined) {
    try {
      if (typeof globalThis.gc === 'function') collectGarbage = globalThis.gc as () => void;
      else {
        setFlagsFromString('--expose-gc');
        collectGarbage = runInNewContext('gc') as () => void;
      }
    } catch {
      collectGarbage = null; // a runtime without it: memory then grows as V8 decides, nothing else changes
    }
  }
  return collectGarbage;
}

/** Counts units of work (sources) on one thread and collects fully after every `every` of them. */
export function collectEvery(every: number): (units?: number) => void {
  let since = 0;
  return (units = 1) => {
    since += units;
    if (since < every) return;
    since = 0;
    fullCollection()?.();
  };
}

/** Sources between full collections on each thread (stages, writer, main). Measured on the 20k bench:
 * none 1,470–1,520 MB peak; every 4,000 ~1,325 MB; every 1,000 ~1,270 MB but ~10 % slower. */
export const SOURCES_PER_COLLECTION = 4000;

/** Characters of document text after which a thread collects fully (issue 19): a 300,000-character document
 * leaves ~60 MB of garbage behind, and V8 let ten of them pile up (heap 600 MB, live data 190 MB). A normal
 * document (a few thousand characters) never triggers it. */
export const CHARS_PER_COLLECTION = 250_000;

/** Counts characters of document text worked through and collects fully after every CHARS_PER_COLLECTION. */
export function collectEveryChars(): (chars: number) => void {
  const collect = collectEvery(CHARS_PER_COLLECTION);
  return (chars) => collect(chars);
}
