// clean.site-template: removes the lines of the source's site template (learned over the batch by the runner,
// see site-template.ts), each with a note saying on how many of the site's pages it was seen.
import { z } from 'zod';
import { defineSourceStage } from '../../model/stage.ts';
import { DEFAULT_SITE_TEMPLATE_OPTIONS, removeSiteTemplate } from './site-template.ts';

/** The learning thresholds live in this stage's options, so a pipeline file sets them where the stage is named. */
export const siteTemplateOptions = z.strictObject({
  minPages: z.number().int().min(2).default(DEFAULT_SITE_TEMPLATE_OPTIONS.minPages),
  minShare: z.number().gt(0).max(1).default(DEFAULT_SITE_TEMPLATE_OPTIONS.minShare),
  maxPageShare: z.number().gt(0).max(1).default(DEFAULT_SITE_TEMPLATE_OPTIONS.maxPageShare),
});

export const siteTemplateStage = defineSourceStage({
  name: 'clean.site-template',
  version: 1,
  description:
    "Remove the lines of the source's site template: lines on most of the batch's pages of the same site (menus, site names, counters, footers).",
  options: siteTemplateOptions,
  create: (options) => (item, ctx) => {
    const template = item.siteTemplate;
    if (!template) return item;
    const result = removeSiteTemplate(item.text, template, options);
    if (result.keptAsCopy) {
      ctx.note({
        rule: 'site-template.copy',
        reason: `most of the page is lines other pages of ${template.site} carry too: a copy of one text, so none was removed`,
      });
      return item;
    }
    for (const { line, pages } of result.removed)
      ctx.note({
        rule: 'site-template.line',
        reason: `on ${pages} of the batch's ${template.pages} pages of ${template.site}: the site's template, not this page's text`,
        before: line,
        after: '',
      });
    return result.removed.length ? { ...item, text: result.text } : item;
  },
});
