// extract: pages → one working text. Each HTML page gives its main text (site profile → generic extractor →
// whole body); text pages pass through. The pages of a multi-page document are stitched in order without
// the lines every page repeats. The page title and visible publish date become metadata.
import { z } from 'zod';
import { defineSourceStage, StageFailure } from '../../model/stage.ts';
import { extractPage } from './extract-page.ts';
import { loadSiteProfiles } from './site-profiles.ts';
import { stitchPages } from './stitch-pages.ts';

function startsWithLine(text: string, line: string): boolean {
  const squash = (t: string) => t.replace(/[\s\u3000]+/g, '');
  return squash(text.slice(0, line.length * 3)).startsWith(squash(line));
}

export const extractStage = defineSourceStage({
  name: 'extract',
  version: 2,
  description:
    'HTML → main text (site profile → generic density extractor → whole body), pages stitched; title and publish date kept as metadata.',
  options: z.strictObject({
    /** Fewest characters a profile or generic result must hold before the next fallback is tried. */
    minChars: z.number().int().min(1).default(40),
    /** Least share of the page's sentence punctuation the generic block must hold (else the whole body). */
    minProseShare: z.number().min(0).max(1).default(0.3),
    /** Use the site profiles in src/stages/extract/data/sites (false: generic extractor only). */
    siteProfiles: z.boolean().default(true),
  }),
  create: (options) => {
    const profiles = options.siteProfiles ? loadSiteProfiles() : [];
    return (item, ctx) => {
      let title = item.title;
      let publishedAt = item.publishedAt;
      const multi = item.pages.length > 1;
      let layout: string | null = null;
      const texts = item.pages.map((page, i) => {
        if (page.format === 'text') return page.text;
        const label = multi ? `page ${i + 1}` : 'page';
        const result = extractPage(page.text, page.url, profiles, options, label, layout);
        if (i === 0) layout = result.signature;
        for (const n of result.notes) {
          // Title and date are the document's: noted once, from the page that gave them.
          if (
            (n.rule === 'extract.title' && title !== null) ||
            (n.rule === 'extract.published-at' && publishedAt !== null)
          )
            continue;
          ctx.note(n);
        }
        title ??= result.title;
        publishedAt ??= result.publishedAt;
        // The document's heading belongs at the top of its text when the chosen block left it outside.
        if (
          i === 0 &&
          result.heading &&
          result.title &&
          result.method !== 'whole-body' &&
          !startsWithLine(result.text, result.title)
        ) {
          return `${result.title}\n${result.text}`;
        }
        return result.text;
      });
      const { text, dropped } = stitchPages(texts, title);
      for (const d of dropped) {
        ctx.note({
          rule: 'extract.repeated-line',
          reason: `a line on every one of the ${d.pages} pages was dropped (page chrome or counter)`,
          before: d.line,
        });
      }
      if (multi) ctx.note({ rule: 'extract.stitched', reason: `${item.pages.length} pages stitched in order` });
      if (!text.trim()) throw new StageFailure('no visible text on the page(s)', 'extract');
      return { ...item, title, publishedAt, text };
    };
  },
});
