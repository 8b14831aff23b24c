// Site profiles: what we know about a kind of site (文库 previews, 范文 sites, school CMS pages), as data
// files in data/sites/*.json. A profile applies to a page by host or by the page's own signature, so a site
// of a known kind that we have never seen is still recognised. The loader rejects empty, invalid and
// match-everything selectors and patterns.
import { readdirSync } from 'node:fs';
import type { CheerioAPI } from 'cheerio';
import { z } from 'zod';
import {
  loadRuleFile,
  parseRuleData,
  RuleFileError,
  RuleId,
  rulePattern,
  ruleFileName,
  Why,
} from '../../lexicon/rule-file.ts';
import { loadHtml } from './html-to-text.ts';

const MATCH_EVERYTHING = new Set(['*', 'html', 'body', ':root', 'div', 'p', 'a', 'span']);

const emptyPage = loadHtml('<html><body></body></html>');

const Selector = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !MATCH_EVERYTHING.has(s.toLowerCase()), { message: 'matches (nearly) every page element' })
  .superRefine((selector, ctx) => {
    try {
      emptyPage(selector);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: `invalid CSS selector "${selector}": ${(e as Error).message}` });
    }
  });
const Pattern = rulePattern({ flags: 'u' });

const ProfileFile = z
  .strictObject({
    id: RuleId,
    why: Why,
    match: z.strictObject({
      /** Host names; a profile host also matches its subdomains ("edu.cn" matches "www.xx.edu.cn"). */
      hosts: z.array(z.string().trim().min(3)).default([]),
      /** Signature: at least one of these selectors is present… */
      selectorsAny: z.array(Selector).default([]),
      /** …and every one of these patterns occurs in the page text. */
      textAll: z.array(Pattern).default([]),
    }),
    /** Main-text containers, tried in order; the first that holds enough text wins (all its matches joined). */
    content: z.array(Selector).min(1),
    /** Chrome inside or around the content: dropped before the text is taken. */
    drop: z.array(Selector).default([]),
    title: z.array(Selector).default([]),
    date: z.array(Selector).default([]),
    pagination: z
      .strictObject({
        /** Links of the document's own page list ("1 2 3 下一页"). */
        links: z.array(Selector).default([]),
        /** A regular expression over the link URL whose first group is the page number. */
        hrefPattern: Pattern.refine(
          (p) => /\((?!\?)|\(\?<\w+>/.test(p),
          'needs a group capturing the page number',
        ).optional(),
      })
      .default({ links: [] }),
  })
  .superRefine((p, ctx) => {
    if (p.match.hosts.length === 0 && p.match.selectorsAny.length === 0 && p.match.textAll.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['match'],
        message: 'give hosts or a signature (selectorsAny / textAll), or the profile would apply to every page',
      });
    }
  });

export interface SiteProfile {
  id: string;
  why: string;
  hosts: string[];
  selectorsAny: string[];
  textAll: RegExp[];
  content: string[];
  drop: string[];
  title: string[];
  date: string[];
  pagination: { links: string[]; hrefPattern: RegExp | null };
}

/** A profile file's data (already parsed JSON), checked; `file` names it in errors. */
export function parseSiteProfile(raw: unknown, file: string): SiteProfile {
  return toSiteProfile(parseRuleData(raw, ProfileFile, file));
}

function toSiteProfile(p: z.output<typeof ProfileFile>): SiteProfile {
  return {
    id: p.id,
    why: p.why,
    hosts: p.match.hosts.map((h) => h.toLowerCase().replace(/^\.+/, '')),
    selectorsAny: p.match.selectorsAny,
    textAll: p.match.textAll.map((t) => new RegExp(t, 'u')),
    content: p.content,
    drop: p.drop,
    title: p.title,
    date: p.date,
    pagination: {
      links: p.pagination.links,
      hrefPattern: p.pagination.hrefPattern ? new RegExp(p.pagination.hrefPattern, 'u') : null,
    },
  };
}

export const SITE_PROFILES_DIR = new URL('./data/sites/', import.meta.url);

let builtIn: SiteProfile[] | null = null;

/** The profiles in data/sites, read once per process (stages are built once; acquire asks too). */
export function loadSiteProfiles(dir: URL = SITE_PROFILES_DIR): SiteProfile[] {
  if (dir === SITE_PROFILES_DIR && builtIn) return builtIn;
  const profiles = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => toSiteProfile(loadRuleFile(new URL(f, dir), ProfileFile)));
  const ids = new Set<string>();
  for (const p of profiles) {
    if (ids.has(p.id)) throw new RuleFileError(ruleFileName(dir), `two site profiles share the id "${p.id}"`);
    ids.add(p.id);
  }
  if (dir === SITE_PROFILES_DIR) builtIn = profiles;
  return profiles;
}

export interface ProfileMatch {
  profile: SiteProfile;
  /** How it matched, for the note: "host jinchutou.com" or "page signature". */
  by: string;
}

function hostMatches(host: string, profileHost: string): boolean {
  return host === profileHost || host.endsWith(`.${profileHost}`);
}

/** The first profile whose host matches, else the first whose signature the page shows. `pageText` is
 * asked for lazily: most pages are decided by host or selectors. */
export function matchSiteProfile(
  $: CheerioAPI,
  url: string | null,
  profiles: SiteProfile[],
  pageText: () => string,
): ProfileMatch | null {
  let host: string | null = null;
  if (url) {
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {
      host = null;
    }
  }
  if (host) {
    for (const profile of profiles) {
      const h = profile.hosts.find((ph) => hostMatches(host!, ph));
      if (h) return { profile, by: `host ${host}` };
    }
  }
  for (const profile of profiles) {
    if (profile.selectorsAny.length === 0 && profile.textAll.length === 0) continue;
    if (profile.selectorsAny.length > 0 && $(profile.selectorsAny.join(', ')).length === 0) continue;
    if (profile.textAll.length > 0) {
      const text = pageText();
      if (!profile.textAll.every((re) => re.test(text))) continue;
    }
    const what = [profile.selectorsAny.length ? 'selectors' : '', profile.textAll.length ? 'text patterns' : '']
      .filter(Boolean)
      .join(' and ');
    return { profile, by: `page signature (${what})` };
  }
  return null;
}
