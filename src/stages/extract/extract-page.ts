// One HTML page → its main text, title and publish date, with a written fallback order (trafilatura
// style): the site profile's content selector, then the generic density extractor, then the whole body;
// the next is tried only when the previous measurably fell short, and a note says which won and why.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { NoteInput } from '../../model/stage.ts';
import {
  analysePage,
  chooseMainContent,
  type GenericHints,
  genericHints,
  type PageAnalysis,
  pruneChrome,
  type PruneResult,
} from './generic-extractor.ts';
import { loadHtml, MAX_PARSE_DEPTH, maxNestingDepth, nodeText, stripTagsToText } from './html-to-text.ts';
import { chooseTitle, choosePublishDate } from './page-metadata.ts';
import { matchSiteProfile, type ProfileMatch, type SiteProfile } from './site-profiles.ts';

export type ExtractMethod = 'profile' | 'generic' | 'whole-body' | 'strip-tags';

export interface ExtractOptions {
  /** Fewest non-space characters a profile or generic result must hold to be accepted. */
  minChars: number;
  /** Least share of the page's sentence punctuation the generic choice must hold (else: whole body). */
  minProseShare: number;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = { minChars: 40, minProseShare: 0.3 };

export interface PageExtraction {
  text: string;
  title: string | null;
  /** The heading text when the title came from a heading element. */
  heading: string | null;
  publishedAt: string | null;
  method: ExtractMethod;
  profile: string | null;
  notes: NoteInput[];
  /** Where the generic extractor found the text (tag/class path), so later pages of the document can look
   * in the same place. */
  signature: string | null;
  /** Parsed page, for callers that also look for pagination links (null after strip-tags). */
  $: CheerioAPI | null;
  match: ProfileMatch | null;
}

function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

function describe(el: Element): string {
  const id = el.attribs?.id ? `#${el.attribs.id}` : '';
  const cls = el.attribs?.class ? `.${el.attribs.class.trim().split(/\s+/).join('.')}` : '';
  return `<${el.name}${id}${cls}>`;
}

function summariseDrops(pruned: PruneResult, profileDrops: number): string {
  const parts = [...pruned.reasons.entries()].map(([why, n]) => `${why} ×${n}`);
  if (profileDrops) parts.unshift(`profile chrome ×${profileDrops}`);
  return parts.join(', ');
}

function isInside(el: Element, roots: Element[]): boolean {
  for (let p: Element | null = el; p; p = p.parent as Element | null) if (roots.includes(p)) return true;
  return false;
}

/** Elements matched by several selectors, outermost only, in document order. */
function outermost(els: Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let p = el.parent as Element | null; p; p = p.parent as Element | null) if (set.has(p)) return false;
    return true;
  });
}

/** "body>div.container>div.left>div.article-content": an element's place in the page layout. */
export function layoutSignature(el: Element): string {
  const parts: string[] = [];
  for (let p: Element | null = el; p && p.type === 'tag'; p = p.parent as Element | null) {
    const cls = (p.attribs?.class ?? '').trim().split(/\s+/).filter(Boolean).sort().join('.');
    parts.push(`${p.name}${p.attribs?.id ? `#${p.attribs.id}` : ''}${cls ? `.${cls}` : ''}`);
    if (p.name === 'body') break;
  }
  return parts.reverse().join('>');
}

/** A page parsed and analysed once: what every step of the fallback order works from. */
interface ParsedPage {
  $: CheerioAPI;
  body: Element;
  label: string;
  options: ExtractOptions;
  match: ProfileMatch | null;
  profile: SiteProfile | null;
  /** Elements the site profile names as chrome. */
  profileDrop: Set<Element>;
  analysis: PageAnalysis;
  hints: GenericHints;
  /** The body's visible text, computed at most once. */
  visibleText: () => string;
}

/** What a step of the fallback order took: its roots, the chrome pruned inside them and the text left. */
interface TextChoice {
  method: ExtractMethod;
  roots: Element[];
  pruned: PruneResult;
  text: string;
}

function textOf(page: ParsedPage, roots: Element[], pruned: PruneResult): string {
  const skip = (el: Element) => page.analysis.preDropped.has(el) || page.profileDrop.has(el) || pruned.dropped.has(el);
  return roots
    .map((r) => nodeText(r, skip))
    .filter(Boolean)
    .join('\n');
}

/** Prunes chrome inside candidate roots and takes them when enough text is left, noting why. */
function tryRoots(
  page: ParsedPage,
  notes: NoteInput[],
  roots: Element[],
  method: ExtractMethod,
  rule: string,
  reason: (chars: number) => string,
): { choice: TextChoice | null; chars: number } {
  const pruned = pruneChrome(roots, page.analysis, page.hints);
  const text = textOf(page, roots, pruned);
  const chars = visibleLength(text);
  if (chars < page.options.minChars) return { choice: null, chars };
  notes.push({ rule, reason: reason(chars) });
  return { choice: { method, roots, pruned, text }, chars };
}

/** 1. The site profile's content selectors, in order: the first that holds enough text. */
function fromSiteProfile(page: ParsedPage, notes: NoteInput[]): TextChoice | null {
  const { $, profile, match, label, analysis } = page;
  if (!profile) return null;
  let shortfall = 'none of its content selectors matched';
  for (const sel of profile.content) {
    const els = outermost(($(sel).toArray() as Element[]).filter((el) => analysis.stats.has(el)));
    if (els.length === 0) continue;
    const { choice, chars } = tryRoots(
      page,
      notes,
      els,
      'profile',
      'extract.profile',
      (n) =>
        `${label}: site profile ${profile.id} (matched by ${match!.by}); content ${sel}${els.length > 1 ? ` ×${els.length}` : ''} (${n} characters)`,
    );
    if (choice) return choice;
    shortfall = `its content selector ${sel} held only ${chars} characters`;
  }
  notes.push({
    rule: 'extract.profile-fell-short',
    reason: `${label}: site profile ${profile.id} (matched by ${match!.by}) fell short: ${shortfall}; trying the generic extractor`,
  });
  return null;
}

/** 2. On a later page of a document, the place page 1's text came from, when it holds enough text. */
function fromSameLayout(page: ParsedPage, notes: NoteInput[], sameLayoutAs: string | null): TextChoice | null {
  if (!sameLayoutAs) return null;
  const tag = sameLayoutAs.slice(sameLayoutAs.lastIndexOf('>') + 1).split(/[#.]/)[0];
  const same = [...page.analysis.stats.keys()].filter((el) => el.name === tag && layoutSignature(el) === sameLayoutAs);
  if (same.length === 0) return null;
  return tryRoots(
    page,
    notes,
    same,
    'generic',
    'extract.generic',
    (n) =>
      `${page.label}: the same place as on page 1 of the document (${sameLayoutAs.slice(sameLayoutAs.lastIndexOf('>') + 1)}, ${n} characters)`,
  ).choice;
}

/** 3. The generic density extractor's best block, when it holds enough text and enough of the page's prose. */
function fromGenericExtractor(page: ParsedPage, notes: NoteInput[]): TextChoice | null {
  const { analysis, hints, body, label, options, profile } = page;
  const choice = chooseMainContent(analysis, hints);
  if (!choice) return null;
  const pruned = pruneChrome(choice.roots, analysis, hints);
  const text = textOf(page, choice.roots, pruned);
  const bodyPunct = analysis.stats.get(body)?.punct ?? 0;
  const enoughText = visibleLength(text) >= options.minChars;
  const enoughProse = bodyPunct < 5 || choice.proseShare >= options.minProseShare;
  if (enoughText && enoughProse) {
    notes.push({
      rule: 'extract.generic',
      reason: `${label}: ${profile ? '' : 'no site profile matched; '}generic extractor chose ${choice.roots.map(describe).join(' + ')} (score ${choice.score.toFixed(1)}, link density ${choice.linkDensity.toFixed(2)}, ${Math.round(choice.proseShare * 100)}% of the page's sentence punctuation, ${visibleLength(text)} characters)`,
    });
    return { method: 'generic', roots: choice.roots, pruned, text };
  }
  notes.push({
    rule: 'extract.generic-fell-short',
    level: 'warn',
    reason: `${label}: the generic extractor's best block ${describe(choice.roots[0]!)} ${!enoughText ? `held only ${visibleLength(text)} characters` : `held only ${Math.round(choice.proseShare * 100)}% of the page's sentence punctuation`}; taking the whole body`,
  });
  return null;
}

/** 4. The whole body without its chrome: always there. */
function wholeBody(page: ParsedPage, notes: NoteInput[]): TextChoice {
  const roots = [page.body];
  const pruned = pruneChrome(roots, page.analysis, page.hints);
  const text = textOf(page, roots, pruned);
  notes.push({
    rule: 'extract.whole-body',
    reason: `${page.label}: visible text of the whole <body> without its chrome (${visibleLength(text)} characters)`,
  });
  return { method: 'whole-body', roots, pruned, text };
}

/**
 * The written fallback order: the next step is tried only when the previous fell short, and the step that
 * won leaves its note (extract.profile / extract.generic / extract.whole-body) beside the notes of those
 * that fell short.
 */
function chooseText(page: ParsedPage, notes: NoteInput[], sameLayoutAs: string | null): TextChoice {
  return (
    fromSiteProfile(page, notes) ??
    fromSameLayout(page, notes, sameLayoutAs) ??
    fromGenericExtractor(page, notes) ??
    wholeBody(page, notes)
  );
}

/** A page too deeply nested to parse safely: its text by stripping tags. */
function extractByStrippingTags(html: string, label: string): PageExtraction {
  const stripped = stripTagsToText(html);
  const notes: NoteInput[] = [
    {
      rule: 'extract.strip-tags',
      level: 'warn',
      reason: `${label}: nesting deeper than ${MAX_PARSE_DEPTH} levels; text taken by stripping tags instead of parsing`,
    },
  ];
  return {
    text: stripped.text,
    title: stripped.title,
    heading: null,
    publishedAt: null,
    method: 'strip-tags',
    profile: null,
    notes,
    $: null,
    match: null,
    signature: null,
  };
}

function parsePage(
  html: string,
  url: string | null,
  profiles: SiteProfile[],
  options: ExtractOptions,
  label: string,
): ParsedPage {
  const $ = loadHtml(html);
  const body = ($('body')[0] ?? $.root()[0]) as Element;
  let bodyText: string | null = null;
  const visibleText = () => (bodyText ??= $(body).text());
  const match = matchSiteProfile($, url, profiles, visibleText);
  const profile = match?.profile ?? null;
  const profileDrop = new Set<Element>(
    profile && profile.drop.length ? ($(profile.drop.join(', ')).toArray() as Element[]) : [],
  );
  const analysis = analysePage(body, (el) => profileDrop.has(el));
  return { $, body, label, options, match, profile, profileDrop, analysis, hints: genericHints(), visibleText };
}

function noteDroppedChrome(page: ParsedPage, chosen: TextChoice, notes: NoteInput[]): void {
  const drops = summariseDrops(chosen.pruned, page.profileDrop.size);
  const preDropped = [...page.analysis.preDropped].filter((el) => !page.profileDrop.has(el)).length;
  if (drops || preDropped) {
    notes.push({
      rule: 'extract.chrome-dropped',
      reason: `${page.label}: dropped ${[preDropped ? `nav/aside/footer/hidden ×${preDropped}` : '', drops].filter(Boolean).join(', ')}`,
    });
  }
}

/** A byline inside the chosen text ("发布时间：… 来源：… 浏览：…") is metadata, not part of the document. */
function dropByline(page: ParsedPage, chosen: TextChoice, line: Element | null | undefined, notes: NoteInput[]): void {
  const { $, label } = page;
  const { roots, pruned } = chosen;
  if (line && !roots.includes(line) && isInside(line, roots) && !pruned.dropped.has(line)) {
    const t = $(line).text().replace(/\s+/g, '');
    if (t.length <= 100 && !/[。！？]/.test(t)) {
      pruned.dropped.add(line);
      chosen.text = textOf(page, roots, pruned);
      notes.push({
        rule: 'extract.byline-dropped',
        reason: `${label}: the line showing the publish date is metadata, dropped from the text`,
        before: $(line).text().trim(),
      });
    }
  }
}

/**
 * @param sameLayoutAs the signature page 1 of the same document was extracted from: later pages share
 *   the layout, and the same place is preferred when it holds enough text.
 */
export function extractPage(
  html: string,
  url: string | null,
  profiles: SiteProfile[],
  options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS,
  label = 'page',
  sameLayoutAs: string | null = null,
): PageExtraction {
  if (maxNestingDepth(html) > MAX_PARSE_DEPTH) return extractByStrippingTags(html, label);
  const page = parsePage(html, url, profiles, options, label);
  const { $, analysis, profile, profileDrop, visibleText, match } = page;
  const notes: NoteInput[] = [];
  const chosen = chooseText(page, notes, sameLayoutAs);
  noteDroppedChrome(page, chosen, notes);

  const metaSkip = (el: Element) => analysis.preDropped.has(el) || profileDrop.has(el);
  const title = chooseTitle($, profile, metaSkip);
  if (title.title) notes.push({ rule: 'extract.title', reason: `${label}: title "${title.title}" from ${title.from}` });
  const date = choosePublishDate($, profile, visibleText, title.element, metaSkip);
  if (date.date) {
    notes.push({
      rule: 'extract.published-at',
      reason: `${label}: publish date ${date.date} from ${date.from}${date.evidence ? ` ("${date.evidence}")` : ''}`,
    });
    dropByline(page, chosen, date.element, notes);
  }
  const signature = chosen.method === 'generic' && chosen.roots.length === 1 ? layoutSignature(chosen.roots[0]!) : null;
  return {
    text: chosen.text,
    title: title.title,
    heading: title.heading,
    publishedAt: date.date,
    method: chosen.method,
    profile: profile?.id ?? null,
    notes,
    $,
    match,
    signature,
  };
}
