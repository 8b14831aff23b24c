// A site's template: the lines every page of one site carries around its text — the site's name and slogan,
// its menu, its counters and footer. No per-page rule can know them all (every site words them its own way),
// but a batch holding several pages of one site shows them: they recur, page after page, while each page's text
// is its own. Learned over a batch (template detection by recurrence across a site's pages, the classic
// boilerplate method for sites seen many times) and removed by clean.site-template.
import { createHash } from 'node:crypto';
import type { SiteTemplate } from '../../model/items.ts';
import { readMarker } from '../../lexicon/layout/markers.ts';
import { isMonthLedLine } from '../../lexicon/layout/month-header.ts';
import { isNumericDateLine, isSignerLine, isSignOffDate } from '../../lexicon/layout/sign-offs.ts';
import { isTitleLine } from '../../lexicon/layout/titles.ts';

export interface SiteTemplateOptions {
  /** A line is the site's only when this many of its pages carry it (two pages may share a quoted passage). */
  minPages: number;
  /** …and at least this share of the site's pages (a site's sections differ; its template is on most pages). */
  minShare: number;
  /** A page loses no template lines when they would be more than this share of its characters: what is left would
   * be no text at all, so the lines are the page's own (a notice page that is only its heading and a sentence). */
  maxPageShare: number;
}

export const DEFAULT_SITE_TEMPLATE_OPTIONS: SiteTemplateOptions = { minPages: 3, minShare: 0.5, maxPageShare: 0.8 };

/** Lines this long and longer are a page's text when they recur: a page whose such lines are all another page's
 * is a copy of it (a plan posted twice) and counts once, so copies never make their text a template. */
const TEXT_LINE_CHARS = 20;

/** The form a line is compared in: trimmed, inner space runs as one space. */
export function templateLineKey(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}

/** Marks of a menu, a crumb or a footer, never of a title or a signer line. */
const FURNITURE_MARKS = /[>|»›©®]|版权|主办|承办|备案|首页/u;

/** Lines a template may never take, however often they recur: a plan's numbered headings and items and a
 * schedule's month lines recur across a 范文 site's plans; one school's documents all end in its signer and a
 * date and may share a title; and a paragraph of prose is text, not furniture. */
export function mayBeTemplateLine(key: string): boolean {
  if (key.length === 0) return false;
  if (readMarker(key, { months: true, chapters: true })) return false;
  if (isMonthLedLine(key)) return false;
  if (isSignOffDate(key) || isNumericDateLine(key)) return false;
  // A crumb (首页 > … > 工作计划) or a footer (版权所有 © … 教育工会) ends like a title or a signer; the marks say not.
  if (!FURNITURE_MARKS.test(key) && (isSignerLine(key) || isTitleLine(key))) return false;
  // Prose: a long line with several clause marks (a copyright or disclaimer sentence is left to the page rules).
  const clauseMarks = (key.match(/[，。；！？,;]/g) ?? []).length;
  return !(key.length >= 40 && clauseMarks >= 2);
}

/** Pages per bucket of the lossy count: a line's count is short by at most one page in this many. */
const BUCKET_PAGES = 20;

interface LineCount {
  count: number;
  /** Pages the line may have been on before it was (last) tracked: count + missed bounds its true count. */
  missed: number;
}

/**
 * Counts, per site, on how many pages each line occurs. Pages are fed one at a time and only their distinct
 * lines' keys are kept. A large site's text lines are each on a page or two, so the count is lossy (Manku and
 * Motwani's lossy counting): after every BUCKET_PAGES pages the lines that cannot be on more than one page in
 * BUCKET_PAGES are dropped. Memory stays near the lines of a few buckets of pages however many pages a site has; a
 * site of fewer pages is counted exactly, and a line on half a site's pages is never dropped.
 */
export class SiteLineCounter {
  private readonly sites = new Map<string, { pages: number; lines: Map<string, LineCount>; texts: Set<string> }>();

  /** Records one page of `site` (its text at the point the template is applied). */
  addPage(site: string, text: string): void {
    let entry = this.sites.get(site);
    if (!entry) {
      entry = { pages: 0, lines: new Map(), texts: new Set() };
      this.sites.set(site, entry);
    }
    const keys = [...new Set(text.split('\n').map(templateLineKey))].filter(Boolean);
    const ownText = keys
      .filter((k) => k.length >= TEXT_LINE_CHARS)
      .sort()
      .join('\n');
    // A digest, not the text: copies are told apart without keeping every page's lines.
    const copyKey = createHash('sha1').update(ownText).digest('base64');
    if (ownText && entry.texts.has(copyKey)) return; // a copy of a page already counted
    if (ownText) entry.texts.add(copyKey);
    entry.pages++;
    const bucket = Math.ceil(entry.pages / BUCKET_PAGES);
    for (const key of keys) {
      const line = entry.lines.get(key);
      if (line) line.count++;
      else entry.lines.set(key, { count: 1, missed: bucket - 1 });
    }
    if (entry.pages % BUCKET_PAGES === 0)
      for (const [key, line] of entry.lines) if (line.count + line.missed <= bucket) entry.lines.delete(key);
  }

  /** Lines tracked for every site now (what the counter holds in memory). */
  get trackedLines(): number {
    let n = 0;
    for (const { lines } of this.sites.values()) n += lines.size;
    return n;
  }

  /** The templates of the sites that have one (sites with too few pages or no recurring line have none). */
  templates(options: SiteTemplateOptions = DEFAULT_SITE_TEMPLATE_OPTIONS): SiteTemplate[] {
    const out: SiteTemplate[] = [];
    for (const [site, { pages, lines }] of this.sites) {
      if (pages < options.minPages) continue;
      const kept = [...lines]
        .filter(
          ([key, { count, missed }]) =>
            count >= options.minPages && (count + missed) / pages >= options.minShare && mayBeTemplateLine(key),
        )
        .map(([text, { count }]) => ({ text, pages: count }));
      if (kept.length) out.push({ site, pages, lines: kept });
    }
    return out;
  }
}

export interface TemplateRemoval {
  text: string;
  removed: Array<{ line: string; pages: number }>;
  /** Set when the template lines were most of the page, so none was removed. */
  keptAsCopy: boolean;
}

/** Removes the template's lines from a page's text (whole lines only, in their place). */
export function removeSiteTemplate(
  text: string,
  template: SiteTemplate,
  options: SiteTemplateOptions = DEFAULT_SITE_TEMPLATE_OPTIONS,
): TemplateRemoval {
  const pagesOf = new Map(template.lines.map((l) => [l.text, l.pages]));
  const lines = text.split('\n');
  const keys = lines.map(templateLineKey);
  const hit = keys.map((key) => pagesOf.get(key));
  const total = keys.reduce((n, key) => n + key.length, 0);
  const covered = keys.reduce((n, key, i) => n + (hit[i] === undefined ? 0 : key.length), 0);
  if (covered === 0) return { text, removed: [], keptAsCopy: false };
  if (covered > total * options.maxPageShare) return { text, removed: [], keptAsCopy: true };
  const removed: TemplateRemoval['removed'] = [];
  const kept: string[] = [];
  lines.forEach((line, i) => {
    const pages = hit[i];
    if (pages === undefined) kept.push(line);
    else removed.push({ line: keys[i]!, pages });
  });
  return {
    text: kept
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    removed,
    keptAsCopy: false,
  };
}
