// CPU time of the calling thread, for the bench's per-thread-kind accounting (issue 18). Node 20 has no
// process.threadCpuUsage (added in Node 23.9), and process.cpuUsage() is the whole process's — every
// worker thread, the writer and V8's helper threads together — so it cannot tell them apart. Linux keeps
// each thread's own figures under /proc/thread-self, which names the thread that reads it: read
// synchronously from a worker thread, it is that worker's. schedstat's first field is the nanoseconds the
// thread has run (exact); stat's utime + stime (clock ticks, 10 ms) is the fallback. Elsewhere: null.
import { readFileSync } from 'node:fs';

/** Linux's USER_HZ: 100 on every mainstream architecture (utime and stime are reported in it). */
const CLOCK_TICKS_PER_S = 100;

let source: 'schedstat' | 'stat' | 'none' | undefined;

function fromSchedstat(): number {
  const ns = Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ', 1)[0]);
  if (!Number.isFinite(ns)) throw new Error('unreadable schedstat');
  return ns / 1e6;
}

function fromStat(): number {
  const stat = readFileSync('/proc/thread-self/stat', 'latin1');
  // The command name (field 2) may hold spaces: fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of the line)
  if (!Number.isFinite(ticks)) throw new Error('unreadable stat');
  return (ticks * 1000) / CLOCK_TICKS_PER_S;
}

/** Milliseconds of CPU the calling thread has used since it started, or null where the OS does not say. */
export function threadCpuMs(): number | null {
  if (source === undefined) {
    for (const [name, read] of [
      ['schedstat', fromSchedstat],
      ['stat', fromStat],
    ] as const) {
      try {
        read();
        source = name;
        break;
      } catch {
        // not this one
      }
    }
    source ??= 'none';
  }
  if (source === 'none') return null;
  try {
    return source === 'schedstat' ? fromSchedstat() : fromStat();
  } catch {
    return null;
  }
}

/** CPU milliseconds of the whole process (every thread, V8's helpers included), user and system. */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Slots in which pool workers publish their own CPU time (cumulative), read by the main thread at the end. */
export interface WorkerCpuBoard {
  buffer: SharedArrayBuffer;
}

const SLOTS = 256;

export function newWorkerCpuBoard(): WorkerCpuBoard {
  // Slot 0 of the Int32 view counts slots taken; the Float64 view from byte 8 holds each worker's milliseconds.
  return { buffer: new SharedArrayBuffer(8 + SLOTS * 8) };
}

/** A worker's own slot: call the returned function after each task to publish its CPU time so far. */
export function workerCpuPublisher(board: WorkerCpuBoard): () => void {
  const slot = Atomics.add(new Int32Array(board.buffer, 0, 1), 0, 1);
  if (slot >= SLOTS) return () => {};
  const values = new Float64Array(board.buffer, 8, SLOTS);
  const publish = () => {
    const ms = threadCpuMs();
    if (ms !== null) values[slot] = ms;
  };
  publish();
  return publish;
}

/** The CPU milliseconds all workers (including any replaced ones) published. */
export function workersCpuMs(board: WorkerCpuBoard): number {
  const taken = Math.min(SLOTS, Atomics.load(new Int32Array(board.buffer, 0, 1), 0));
  const values = new Float64Array(board.buffer, 8, SLOTS);
  let sum = 0;
  for (let i = 0; i < taken; i++) sum += values[i]!;
  return sum;
}
