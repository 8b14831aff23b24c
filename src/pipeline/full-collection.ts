// Long runs: V8 lets a busy thread's heap grow to two or three times its live data before it collects
// fully, so in a 20,000-source run every thread's heap kept growing while its live data stayed flat, and
// the run peaked ~200 MB above a 2,000-source one. A full collection every thousand sources (≈0.1 s each, ≈1.5 % of the work between
// them) keeps each thread at its working size, so memory follows the live data, not the corpus.
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

/** Sources between full collections on each thread (stages, writer, main): often enough that no heap
 * outgrows its live data by much, rare enough to cost well under 1 % of the run. */
export const SOURCES_PER_COLLECTION = 1000;
