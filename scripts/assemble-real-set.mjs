#!/usr/bin/env node
// Assembles annotated batches (scratch gold files, outside the repo) into eval/real/pages.json: gold strings,
// URLs and the query that finds each page — never page text. A page's split is decided once, by its site:
// every page of a site lands on the same side, so the test split measures sites the rules were never tuned on.
// Pages already in pages.json keep their split; new pages get the site's split, or the hash rule for a new site.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

// `--split NAME` sends every new page to NAME (a fresh sealed set, e.g. test2, once a test split is spent); a page
// of a site already in another split is refused, because a sealed set measures sites the rules never saw.
const args = process.argv.slice(2);
const splitAt = args.indexOf('--split');
const forcedSplit = splitAt >= 0 ? args.splice(splitAt, 2)[1] : undefined;
const [out = 'eval/real/pages.json', ...batches] = args;
if (batches.length === 0 || (splitAt >= 0 && !forcedSplit)) {
  console.error('usage: assemble-real-set.mjs [--split NAME] OUT.json GOLD-BATCH.json…');
  process.exit(2);
}
// About a third of the sites go to test: enough for ≥ 30 pages and ≥ 15 sites absent from dev.
const TEST_SHARE = 0.35;
const testSide = (site) => createHash('sha256').update(`site:${site}`).digest().readUInt32BE(0) / 2 ** 32 < TEST_SHARE;

const previous = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { version: 1, pages: [] };
const byId = new Map(previous.pages.map((p) => [p.id, p]));
const siteSplit = new Map(previous.pages.map((p) => [p.site, p.split]));
const seenUrls = new Set(previous.pages.map((p) => p.url));

for (const file of batches) {
  const batch = JSON.parse(readFileSync(file, 'utf8'));
  for (const page of batch.pages) {
    const kept = byId.get(page.id);
    if (!kept && seenUrls.has(page.url)) {
      console.error(`skipped ${page.id}: ${page.url} is already in the set`);
      continue;
    }
    const siteSide = siteSplit.get(page.site);
    if (!kept && forcedSplit && siteSide && siteSide !== forcedSplit) {
      console.error(`skipped ${page.id}: its site ${page.site} is already in ${siteSide}`);
      continue;
    }
    const split = kept?.split ?? forcedSplit ?? siteSide ?? (testSide(page.site) ? 'test' : 'dev');
    siteSplit.set(page.site, split);
    seenUrls.add(page.url);
    byId.set(page.id, {
      id: page.id,
      split,
      ...Object.fromEntries(Object.entries(page).filter(([k]) => k !== 'id' && k !== 'split')),
    });
  }
}
const pages = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(out, `${JSON.stringify({ version: 1, pages }, null, 1)}\n`);
for (const split of [...new Set(pages.map((p) => p.split))].sort()) {
  const ps = pages.filter((p) => p.split === split);
  console.log(`${split}: ${ps.length} pages, ${new Set(ps.map((p) => p.site)).size} sites`);
}
console.log(`all: ${pages.length} pages, ${new Set(pages.map((p) => p.site)).size} sites`);
