// Site groups (eval/real/site-groups.json): several pages of each of a few sites, with the chrome and body strings
// of every page. Users scrape whole sites, and a site's template shows only across its pages; this runs each
// group the way `gonghui ingest` runs a folder of one site's pages, with and without learning site templates, and
// scores chrome removed and body kept on both.
import { fileURLToPath } from 'node:url';
import type { GoldPage } from './gold.ts';
import { loadRealGold } from './gold.ts';
import { findPageFile, runPagesThroughPipeline } from './run-pages.ts';
import { scorePage, siteOf } from './score-page.ts';

export const DEFAULT_SITE_GROUPS = fileURLToPath(new URL('../../../eval/real/site-groups.json', import.meta.url));

export interface ChromeBodyTally {
  pages: number;
  chromeRemoved: number;
  chromeTotal: number;
  bodyKept: number;
  bodyTotal: number;
}

export interface SiteGroupFigures {
  /** Every page through the pipeline on its own: the page rules only. */
  pageRules: ChromeBodyTally;
  /** The same pages, each site's learned template removed first. */
  siteTemplates: ChromeBodyTally;
  bySite: Array<{ site: string; pageRules: ChromeBodyTally; siteTemplates: ChromeBodyTally }>;
  /** Pages named by the gold whose file is not in the pages folder. */
  missing: string[];
}

function tally(
  scores: Array<{ chromeTotal: number; chromeSurvived: string[]; bodyTotal: number; bodyLost: string[] }>,
): ChromeBodyTally {
  const t: ChromeBodyTally = { pages: 0, chromeRemoved: 0, chromeTotal: 0, bodyKept: 0, bodyTotal: 0 };
  for (const s of scores) {
    t.pages++;
    t.chromeTotal += s.chromeTotal;
    t.chromeRemoved += s.chromeTotal - s.chromeSurvived.length;
    t.bodyTotal += s.bodyTotal;
    t.bodyKept += s.bodyTotal - s.bodyLost.length;
  }
  return t;
}

export async function runSiteGroupEval(options: {
  goldFile: string;
  pagesDir: string;
  pipelineFile: string;
  onLog?: (line: string) => void;
}): Promise<SiteGroupFigures> {
  const gold = loadRealGold(options.goldFile);
  const files = new Map<string, string>();
  const missing: string[] = [];
  for (const page of gold) {
    const file = findPageFile(options.pagesDir, page.id);
    if (file) files.set(page.id, file);
    else missing.push(page.id);
  }
  const sites = new Map(gold.map((p) => [p.id, siteOf(p)]));
  const plain = await runPagesThroughPipeline(files, { pipelineFile: options.pipelineFile, onLog: options.onLog });
  const learned = await runPagesThroughPipeline(files, {
    pipelineFile: options.pipelineFile,
    onLog: options.onLog,
    sites,
  });
  const present = gold.filter((p) => files.has(p.id));
  const scored = (outputs: typeof plain, pages: GoldPage[]) => pages.map((p) => scorePage(p, outputs.get(p.id)!));
  const bySite = [...new Set(present.map(siteOf))].sort().map((site) => {
    const pages = present.filter((p) => siteOf(p) === site);
    return { site, pageRules: tally(scored(plain, pages)), siteTemplates: tally(scored(learned, pages)) };
  });
  return {
    pageRules: tally(scored(plain, present)),
    siteTemplates: tally(scored(learned, present)),
    bySite,
    missing,
  };
}
