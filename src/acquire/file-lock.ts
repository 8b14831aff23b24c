// An exclusive lock between processes, as a file created with O_EXCL: the raw archive's manifest is shared by
// every run that uses the archive (several databases may share one archive), so two runs appending at once
// must take turns to check what the other wrote. Held for one check-and-append, microseconds, so waiting
// polls. The file names its holder ("pid host"); a holder on this host that is gone (killed between create
// and unlink) leaves a stale lock, which is taken over. Node has no flock, hence the file.
import { closeSync, fstatSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

/** A lock older than this is stale whoever holds it: a holder keeps it for one append, never seconds. */
const STALE_MS = 30_000;
/** An empty lock this old was left by a holder killed between creating it and writing its name. */
const EMPTY_STALE_MS = 2_000;
const POLL_MS = 2;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function holderGone(text: string): boolean {
  const [pidText, host] = text.trim().split(' ');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0 || host !== hostname()) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Runs `body` holding the lock at `path`. Synchronous, like the archive's writes. */
export function withFileLock<T>(path: string, body: () => T): T {
  const fd = acquire(path);
  const ino = fstatSync(fd).ino;
  try {
    return body();
  } finally {
    closeSync(fd);
    // Removed only if it is still ours: after a takeover (a holder stopped for STALE_MS) it may not be.
    try {
      if (statSync(path).ino === ino) unlinkSync(path);
    } catch {
      /* already gone */
    }
  }
}

function acquire(path: string): number {
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid} ${hostname()}\n`);
      return fd;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let stale: boolean;
    try {
      const info = statSync(path);
      const text = readFileSync(path, 'utf8');
      // An empty file is a holder between its create and its write (microseconds), or one killed right there.
      const age = Date.now() - info.mtimeMs;
      stale = text === '' ? age > EMPTY_STALE_MS : holderGone(text) || age > STALE_MS;
      if (stale && statSync(path).ino === info.ino) unlinkSync(path);
    } catch {
      /* released meanwhile: try again at once */
      continue;
    }
    if (!stale) Atomics.wait(sleeper, 0, 0, POLL_MS);
  }
}
