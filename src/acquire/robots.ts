// robots.txt (RFC 9309), fetched once per origin and cached for the run. 2xx: parsed with robots-parser;
// 4xx: the site has no rules for us; 5xx or unreachable after retries: settings.robotsUnreachable decides
// (allow, as scrapy does, or disallow, as RFC 9309 says), and the page carries a note either way.
import robotsParserModule from 'robots-parser';
import { formatSeconds } from './fetch-settings.ts';

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getMatchingLineNumber(url: string, ua?: string): number;
  getCrawlDelay(ua?: string): number | undefined;
}
// robots-parser is CommonJS (module.exports = function); its typings describe an ES default export.
const robotsParser = robotsParserModule as unknown as (url: string, contents: string) => Robot;

export interface RobotsVerdict {
  allowed: boolean;
  /** Why, when it is worth a note or an error message. */
  note: string | null;
  /** Crawl-delay asked by the site for our agent, in ms. */
  crawlDelayMs: number | null;
  /** The robots.txt decided nothing (unreachable), the policy did. */
  unreachable: boolean;
}

interface RobotsRules {
  status: 'rules' | 'none' | 'unreachable';
  robot: Robot | null;
  why: string;
}

/** How robots.txt is fetched: status and text, or a person-readable failure. */
export type RobotsFetch = (robotsUrl: string) => Promise<{ status: number; text: string } | { failure: string }>;

export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<RobotsRules>>();

  constructor(
    private readonly fetchRobots: RobotsFetch,
    private readonly productToken: string,
    private readonly unreachablePolicy: 'allow' | 'disallow',
  ) {}

  private rules(origin: string): Promise<RobotsRules> {
    let p = this.byOrigin.get(origin);
    if (!p) {
      const url = `${origin}/robots.txt`;
      p = this.fetchRobots(url).then((r): RobotsRules => {
        if ('failure' in r)
          return { status: 'unreachable', robot: null, why: `robots.txt could not be fetched (${r.failure})` };
        if (r.status >= 200 && r.status < 300) return { status: 'rules', robot: robotsParser(url, r.text), why: '' };
        if (r.status >= 400 && r.status < 500 && r.status !== 429)
          return { status: 'none', robot: null, why: `robots.txt answered HTTP ${r.status}: no rules` };
        return { status: 'unreachable', robot: null, why: `robots.txt answered HTTP ${r.status}` };
      });
      this.byOrigin.set(origin, p);
    }
    return p;
  }

  async check(url: URL): Promise<RobotsVerdict> {
    const rules = await this.rules(url.origin);
    if (rules.status === 'none') return { allowed: true, note: null, crawlDelayMs: null, unreachable: false };
    if (rules.status === 'unreachable') {
      const allowed = this.unreachablePolicy === 'allow';
      return {
        allowed,
        unreachable: true,
        crawlDelayMs: null,
        note: allowed
          ? `${rules.why}; fetched anyway (--robots-unreachable allow)`
          : `${rules.why}; RFC 9309 says to assume everything is disallowed (rerun later, or pass --robots-unreachable allow)`,
      };
    }
    const robot = rules.robot!;
    const allowed = robot.isAllowed(url.href, this.productToken) !== false;
    const delay = robot.getCrawlDelay(this.productToken);
    const line = robot.getMatchingLineNumber(url.href, this.productToken);
    return {
      allowed,
      unreachable: false,
      crawlDelayMs: typeof delay === 'number' && delay > 0 ? delay * 1000 : null,
      note: allowed
        ? null
        : `robots.txt disallows ${url.pathname}${url.search} for "${this.productToken}"${line > 0 ? ` (line ${line})` : ''}`,
    };
  }
}

export function describeCrawlDelay(ms: number, capMs: number): string {
  return ms > capMs
    ? `robots.txt asks for a Crawl-delay of ${formatSeconds(ms)}; waiting ${formatSeconds(capMs)} between requests (the cap)`
    : `robots.txt asks for a Crawl-delay of ${formatSeconds(ms)} between requests; honoured`;
}
