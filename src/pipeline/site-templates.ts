// Site templates are learned before a run: every source is taken through the stages that come before
// clean.site-template (decode, extract, whitespace — the cheap ones) and its lines are counted per site; the run
// then hands each source its site's template. Memory: one source at a time, and per site only its distinct
// lines' counts.
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import type { Acquired, AcquireFailure } from '../acquire/acquire-sources.ts';
import type { PageDraft, SiteTemplate, SourceDraft, SourceRef } from '../model/items.ts';
import { buildPipeline, type PipelineSpec } from './pipeline-file.ts';
import { collectingContext } from './collecting-context.ts';
import type { Note } from '../model/stage.ts';
import {
  DEFAULT_SITE_TEMPLATE_OPTIONS,
  SiteLineCounter,
  type SiteTemplateOptions,
} from '../stages/clean/site-template.ts';
import { siteTemplateOptions, siteTemplateStage } from '../stages/clean/site-template-stage.ts';

/** How sources are grouped into sites: by the host of their page's URL (fetched pages, archive replays), or
 * files by their folder as well (a researcher's folder of one site's saved pages). */
export type SiteGrouping = 'host' | 'folder';

const FOLDER_SITE = 'folder:';

/** The site a source belongs to: its page's host (without www.), else the folder a file was read from. */
export function siteOf(ref: SourceRef, pages: readonly PageDraft[]): string {
  const url = pages.find((p) => p.url)?.url ?? (ref.kind === 'url' ? ref.given : null);
  const host = url ? hostOf(url) : null;
  if (host) return host;
  return `${FOLDER_SITE}${dirname(ref.location ?? ref.given)}`;
}

/** A URL's host without www., or null for what is no URL. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The pipeline's clean.site-template options, or null when it names no such stage (then nothing is learned). */
function siteTemplateSettings(spec: PipelineSpec): { at: number; options: SiteTemplateOptions } | null {
  const at = spec.entries.findIndex((e) => e.stage.name === siteTemplateStage.name);
  return at < 0 ? null : { at, options: siteTemplateOptions.parse(spec.entries[at]!.options ?? {}) };
}

/** The fewest pages of a site the pipeline's clean.site-template learns a template from. */
export function siteTemplateMinPages(spec: PipelineSpec): number {
  return siteTemplateSettings(spec)?.options.minPages ?? DEFAULT_SITE_TEMPLATE_OPTIONS.minPages;
}

/** Whether the pipeline applies site templates (so a run needs to learn them first). */
export function usesSiteTemplates(spec: PipelineSpec): boolean {
  return siteTemplateSettings(spec) !== null;
}

/** The learned templates by site, and how the learning went. */
export interface LearnedTemplates {
  bySite: Map<string, SiteTemplate>;
  /** Sources read through the early stages and counted for their site. */
  sources: number;
  /** Sources whose early stages failed: they count for no site (the run reports their error). */
  unreadable: number;
}

/** Reads every source once through the stages before clean.site-template and learns each site's template. */
export async function learnSiteTemplates(
  sources: AsyncIterable<Acquired | AcquireFailure>,
  spec: PipelineSpec,
  grouping: SiteGrouping = 'host',
): Promise<LearnedTemplates> {
  const learned: LearnedTemplates = { bySite: new Map(), sources: 0, unreadable: 0 };
  const settings = siteTemplateSettings(spec);
  if (!settings) return learned;
  const { at, options } = settings;
  const early = buildPipeline({ ...spec, entries: spec.entries.slice(0, at) });
  const counter = new SiteLineCounter();
  for await (const acquired of sources) {
    if (!('pages' in acquired)) continue;
    const site = siteOf(acquired.ref, acquired.pages);
    // A folder is one site only when the user says so: a folder of pages from many sites has no template, and a
    // folder of one school's plans shares its signer and headings, which are text.
    if (grouping === 'host' && site.startsWith(FOLDER_SITE)) continue;
    let draft: SourceDraft = { source: acquired.ref, pages: acquired.pages, text: '', title: null, publishedAt: null };
    // A source its early stages reject (empty, binary, undecodable: a thrown failure or a fatal note) counts for
    // no site; the run itself records its error row.
    let fatal = false;
    const sink = { push: (note: Note) => (fatal ||= note.level === 'fatal') };
    try {
      for (const step of early.steps) {
        if (step.kind !== 'source' || fatal) break;
        draft = step.run(draft, collectingContext(step.name, null, sink));
      }
    } catch {
      fatal = true;
    }
    if (fatal) {
      learned.unreadable++;
      continue;
    }
    learned.sources++;
    counter.addPage(site, draft.text);
  }
  for (const template of counter.templates(options)) learned.bySite.set(template.site, template);
  return learned;
}

/** The hash a source is processed under with its site's template: the pipeline's, changed by the template's lines. */
export function templateHash(pipelineHash: string, template: SiteTemplate): string {
  const hash = createHash('sha256').update(pipelineHash);
  for (const line of template.lines) hash.update(`\n${line.text}`);
  return hash.digest('hex');
}
