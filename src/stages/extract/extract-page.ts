// One HTML page → its main text, title and publish date, with a written fallback order (trafilatura
// style): the site profile's content selector, then the generic density extractor, then the whole body;
// the next is tried only when the previous measurably fell short, and a note says which won and why.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { NoteInput } from '../../model/stage.ts';
import { analysePage, chooseMainContent, genericHints, type PageAnalysis, pruneChrome, type PruneResult } from './generic-extractor.ts';
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

/**
 * @param sameLayoutAs the signature page 1 of the same document was extracted from: later pages share
 *   the layout, and the same place is preferred when it holds enough text.
 */
export function extractPage(html: string, url: string | null, profiles: SiteProfile[], options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS, label = 'page', sameLayoutAs: string | null = null): PageExtraction {
  const notes: NoteInput[] = [];
  if (maxNestingDepth(html) > MAX_PARSE_DEPTH) {
    const stripped = stripTagsToText(html);
    notes.push({ rule: 'extract.strip-tags', level: 'warn', reason: `${label}: nesting deeper than ${MAX_PARSE_DEPTH} levels; text taken by stripping tags instead of parsing` });
    return { text: stripped.text, title: stripped.title, heading: null, publishedAt: null, method: 'strip-tags', profile: null, notes, $: null, match: null, signature: null };
  }
  const $ = loadHtml(html);
  const body = ($('body')[0] ?? $.root()[0]) as Element;
  let bodyText: string | null = null;
  const visibleText = () => (bodyText ??= $(body).text());
  const match = matchSiteProfile($, url, profiles, visibleText);
  const profile = match?.profile ?? null;
  const profileDrop = new Set<Element>(profile && profile.drop.length ? ($(profile.drop.join(', ')).toArray() as Element[]) : []);
  const analysis: PageAnalysis = analysePage(body, (el) => profileDrop.has(el));
  const metaSkip = (el: Element) => analysis.preDropped.has(el) || profileDrop.has(el);
  const hints = genericHints();

  let method: ExtractMethod | null = null;
  let roots: Element[] = [];
  let pruned: PruneResult = { dropped: new Set(), reasons: new Map() };
  const skipFor = (p: PruneResult) => (el: Element) => analysis.preDropped.has(el) || profileDrop.has(el) || p.dropped.has(el);
  const textOf = (rs: Element[], p: PruneResult) => rs.map((r) => nodeText(r, skipFor(p))).filter(Boolean).join('\n');
  let text = '';
  /** Prunes chrome inside candidate roots; takes them when enough text is left, noting why (else returns the length). */
  const tryRoots = (els: Element[], how: ExtractMethod, rule: string, reason: (chars: number) => string): number => {
    const p = pruneChrome(els, analysis, hints);
    const t = textOf(els, p);
    const chars = visibleLength(t);
    if (chars < options.minChars) return chars;
    method = how;
    roots = els;
    pruned = p;
    text = t;
    notes.push({ rule, reason: reason(chars) });
    return chars;
  };

  if (profile) {
    let shortfall = 'none of its content selectors matched';
    for (const sel of profile.content) {
      const els = outermost(($(sel).toArray() as Element[]).filter((el) => analysis.stats.has(el)));
      if (els.length === 0) continue;
      const chars = tryRoots(els, 'profile', 'extract.profile', (n) => `${label}: site profile ${profile.id} (matched by ${match!.by}); content ${sel}${els.length > 1 ? ` ×${els.length}` : ''} (${n} characters)`);
      if (method) break;
      shortfall = `its content selector ${sel} held only ${chars} characters`;
    }
    if (!method) {
      notes.push({ rule: 'extract.profile-fell-short', reason: `${label}: site profile ${profile.id} (matched by ${match!.by}) fell short: ${shortfall}; trying the generic extractor` });
    }
  }

  if (!method && sameLayoutAs) {
    const tag = sameLayoutAs.slice(sameLayoutAs.lastIndexOf('>') + 1).split(/[#.]/)[0];
    const same = [...analysis.stats.keys()].filter((el) => el.name === tag && layoutSignature(el) === sameLayoutAs);
    if (same.length > 0) {
      tryRoots(same, 'generic', 'extract.generic', (n) => `${label}: the same place as on page 1 of the document (${sameLayoutAs.slice(sameLayoutAs.lastIndexOf('>') + 1)}, ${n} characters)`);
    }
  }

  if (!method) {
    const choice = chooseMainContent(analysis, hints);
    if (choice) {
      const p = pruneChrome(choice.roots, analysis, hints);
      const t = textOf(choice.roots, p);
      const bodyPunct = analysis.stats.get(body)?.punct ?? 0;
      const enoughText = visibleLength(t) >= options.minChars;
      const enoughProse = bodyPunct < 5 || choice.proseShare >= options.minProseShare;
      if (enoughText && enoughProse) {
        method = 'generic';
        roots = choice.roots;
        pruned = p;
        text = t;
        notes.push({
          rule: 'extract.generic',
          reason: `${label}: ${profile ? '' : 'no site profile matched; '}generic extractor chose ${choice.roots.map(describe).join(' + ')} (score ${choice.score.toFixed(1)}, link density ${choice.linkDensity.toFixed(2)}, ${Math.round(choice.proseShare * 100)}% of the page's sentence punctuation, ${visibleLength(t)} characters)`,
        });
      } else {
        notes.push({
          rule: 'extract.generic-fell-short',
          level: 'warn',
          reason: `${label}: the generic extractor's best block ${describe(choice.roots[0]!)} ${!enoughText ? `held only ${visibleLength(t)} characters` : `held only ${Math.round(choice.proseShare * 100)}% of the page's sentence punctuation`}; taking the whole body`,
        });
      }
    }
  }

  if (!method) {
    method = 'whole-body';
    roots = [body];
    pruned = pruneChrome(roots, analysis, hints);
    text = textOf(roots, pruned);
    notes.push({ rule: 'extract.whole-body', reason: `${label}: visible text of the whole <body> without its chrome (${visibleLength(text)} characters)` });
  }
  const drops = summariseDrops(pruned, profileDrop.size);
  const preDropped = [...analysis.preDropped].filter((el) => !profileDrop.has(el)).length;
  if (drops || preDropped) {
    notes.push({ rule: 'extract.chrome-dropped', reason: `${label}: dropped ${[preDropped ? `nav/aside/footer/hidden ×${preDropped}` : '', drops].filter(Boolean).join(', ')}` });
  }

  const title = chooseTitle($, profile, metaSkip);
  if (title.title) notes.push({ rule: 'extract.title', reason: `${label}: title "${title.title}" from ${title.from}` });
  const date = choosePublishDate($, profile, visibleText, title.element, metaSkip);
  if (date.date) {
    notes.push({ rule: 'extract.published-at', reason: `${label}: publish date ${date.date} from ${date.from}${date.evidence ? ` ("${date.evidence}")` : ''}` });
    // A byline inside the chosen text ("发布时间：… 来源：… 浏览：…") is metadata, not part of the document.
    const line = date.element;
    if (line && !roots.includes(line) && isInside(line, roots) && !pruned.dropped.has(line)) {
      const t = $(line).text().replace(/\s+/g, '');
      if (t.length <= 100 && !/[。！？]/.test(t)) {
        pruned.dropped.add(line);
        text = textOf(roots, pruned);
        notes.push({ rule: 'extract.byline-dropped', reason: `${label}: the line showing the publish date is metadata, dropped from the text`, before: $(line).text().trim() });
      }
    }
  }
  const signature = method === 'generic' && roots.length === 1 ? layoutSignature(roots[0]!) : null;
  return { text, title: title.title, heading: title.heading, publishedAt: date.date, method, profile: profile?.id ?? null, notes, $, match, signature };
}
