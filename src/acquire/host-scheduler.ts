// Who may send a request now: at most N requests per host and M overall, and a pause between two requests
// to the same host (from the end of the previous one). A host that answered 429/503 with Retry-After is
// paused as a whole, not only the request that got the answer.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

class Gate {
  private active = 0;
  private readonly waiters: Array<() => void> = [];
  constructor(private readonly limit: number) {}

  async enter(): Promise<void> {
    while (this.active >= this.limit) await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.active++;
  }

  leave(): void {
    this.active--;
    this.waiters.shift()?.();
  }
}

interface HostSlot {
  gate: Gate;
  nextStartAt: number;
  delayMs: number;
}

export class HostScheduler {
  private readonly hosts = new Map<string, HostSlot>();
  private readonly global: Gate;

  constructor(
    private readonly perHostConcurrency: number,
    private readonly defaultDelayMs: number,
    globalConcurrency: number,
    private readonly clock: Clock,
  ) {
    this.global = new Gate(globalConcurrency);
  }

  private slot(host: string): HostSlot {
    let s = this.hosts.get(host);
    if (!s) {
      s = { gate: new Gate(this.perHostConcurrency), nextStartAt: 0, delayMs: this.defaultDelayMs };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** A longer per-host delay (robots.txt Crawl-delay); never shorter than the configured one. */
  setHostDelay(host: string, delayMs: number): void {
    const s = this.slot(host);
    s.delayMs = Math.max(this.defaultDelayMs, delayMs);
  }

  hostDelay(host: string): number {
    return this.slot(host).delayMs;
  }

  /** No request to the host starts before `at` (ms since epoch). */
  pauseHost(host: string, at: number): void {
    const s = this.slot(host);
    s.nextStartAt = Math.max(s.nextStartAt, at);
  }

  /** Waits for a free slot on the host and overall, and for the host's pause; returns the release. */
  async enter(host: string): Promise<() => void> {
    const s = this.slot(host);
    await s.gate.enter();
    for (;;) {
      const wait = s.nextStartAt - this.clock.now();
      if (wait <= 0) break;
      await this.clock.sleep(wait);
    }
    s.nextStartAt = this.clock.now() + s.delayMs;
    await this.global.enter();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.global.leave();
      s.nextStartAt = Math.max(s.nextStartAt, this.clock.now() + s.delayMs);
      s.gate.leave();
    };
  }
}
