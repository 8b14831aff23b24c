// Memo tables that stop growing: a worker thread lives for the whole batch, so a cache without a bound
// grows with the corpus (the benchmark's RSS rose steadily with the sources seen).

/** A flat copy of a key that shares no memory with the text it came from. A line taken from a document is
 * a slice of the document's text, and a memo key built from it keeps the whole document alive: 5,000
 * remembered lines held ~19 MB of documents per worker. */
export function ownKey<K>(key: K): K {
  return (typeof key === 'string' ? Buffer.from(key, 'utf16le').toString('utf16le') : key) as K;
}

/** Least recently used first out: a map iterates in insertion order, so a hit is moved to the end. */
export function rememberRecent<V>(memo: Map<string, V>, key: string, capacity: number, compute: () => V): V {
  let value = memo.get(key);
  if (value !== undefined) {
    memo.delete(key);
  } else {
    value = compute();
    // One out, not all: the template lines that recur are the ones worth keeping.
    if (memo.size >= capacity) memo.delete(memo.keys().next().value!);
  }
  memo.set(ownKey(key), value);
  return value;
}

/** Oldest first out, without reordering on a hit: for hot caches where a hit must stay a single lookup. */
export function rememberBounded<V>(memo: Map<string, V>, key: string, capacity: number, compute: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute();
    if (memo.size >= capacity) memo.delete(memo.keys().next().value!);
    memo.set(ownKey(key), value);
  }
  return value;
}

/** Stores a computed value, first dropping the oldest entry when the memo is full. */
export function storeBounded<K, V>(memo: Map<K, V>, key: K, value: V, capacity: number): void {
  if (memo.size >= capacity) memo.delete(memo.keys().next().value!);
  memo.set(ownKey(key), value);
}
