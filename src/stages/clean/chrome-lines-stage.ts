// clean.chrome-lines: the site chrome no pattern named, found by the shape and place of its lines
// (chrome-lines.ts). Runs after clean.boilerplate, whose rules name the chrome they know by its words; this
// stage catches what a new site words differently. Every removal is a note with the line's feature values.
import { z } from 'zod';
import { defineSourceStage } from '../../model/stage.ts';
import { publicationDate } from './boilerplate-stage.ts';
import { explainVerdict, loadChromeModel, removeChromeLines } from './chrome-lines.ts';

export const chromeLinesStage = defineSourceStage({
  name: 'clean.chrome-lines',
  version: 11,
  description:
    'Remove site chrome by line shape and place: short, punctuation-poor lines of menus, counters, widgets and notices around the body.',
  options: z.strictObject({
    /** Another feature file (same format as src/stages/clean/data/chrome-lines.json). */
    featuresFile: z.string().min(1).optional(),
  }),
  create: (options) => {
    const model = loadChromeModel(options.featuresFile);
    return (item, ctx) => {
      const { text, removed, glued } = removeChromeLines(item.text, model);
      if (removed.length === 0 && glued.length === 0) return item;
      for (const v of removed) {
        ctx.note({ rule: 'chrome-lines.shape', reason: explainVerdict(v, model), before: v.text.trim() });
      }
      for (const g of glued) {
        ctx.note({ rule: `chrome-lines.glued.${g.rule}`, reason: 'a credit glued to the text', before: g.cut });
      }
      // A machine date removed above the text is when the page went up: kept as its publish date, as
      // clean.boilerplate keeps the date of a publication line (a document's year may be read from it).
      const dated = removed
        .filter((v) => v.place === 'before' && v.features.includes('timestamp'))
        .map((v) => ({
          rule: 'chrome-lines.shape',
          why: '',
          line: v.line,
          text: v.text,
          wholeLine: true,
          publication: true,
        }));
      const publishedAt = item.publishedAt ?? publicationDate(dated);
      if (publishedAt !== item.publishedAt) {
        ctx.note({
          rule: 'chrome-lines.published-at',
          reason: "the page's publish date, read from a machine date removed above the text (never a document's year)",
          after: publishedAt ?? undefined,
        });
      }
      return { ...item, text, publishedAt };
    };
  },
});
