// clean.chrome-lines: the site chrome no pattern named, found by the shape and place of its lines
// (chrome-lines.ts). Runs after clean.boilerplate, whose rules name the chrome they know by its words; this
// stage catches what a new site words differently. Every removal is a note with the line's feature values.
import { z } from 'zod';
import { defineSourceStage } from '../../model/stage.ts';
import { publicationDate } from './boilerplate-stage.ts';
import { isHeadlineOverPublication } from '../split/lead-title.ts';
import { explainVerdict, type GluedCut, type LineVerdict, loadChromeModel, removeChromeLines } from './chrome-lines.ts';

/** The glued credit that closes a report's last line ((通讯员:某某), (工会办 某某 审核 某某), or its bracket's opening half (通讯员): a newsroom's. */
const CLOSING_CREDIT = new Set(['reporter-closing', 'open-credit-closing']);

/**
 * The newsroom credit the stage removed within or after the text, in order: lines of roles and names only
 * (编辑：某某, 文/某某 图/某某, 初审(一审)：某某 — the 'credit' feature) and the credit in brackets cut from the
 * report's last line; null when none. A byline above the text (作者：某某) is not one: 范文 and 文库 pages print
 * their uploader there too.
 */
export function newsCredit(removed: readonly LineVerdict[], glued: readonly GluedCut[] = []): string | null {
  const lines = removed.filter((v) => v.place !== 'before' && v.features.includes('credit'));
  const credits = [
    ...lines.map((v) => ({ line: v.line, text: v.text.trim() })),
    ...glued.filter((g) => CLOSING_CREDIT.has(g.rule)).map((g) => ({ line: g.line, text: g.cut })),
  ].sort((a, b) => a.line - b.line);
  return credits.length > 0 ? credits.map((c) => c.text).join(' ') : null;
}

/** Features of a line that names the site's machinery, a date or a list, never an article's headline. */
const NO_HEADLINE = new Set(['web-word', 'web-words', 'timestamp', 'counter', 'title-list', 'menu-run', 'site-name']);

/**
 * A headline the page printed twice or more above the text, every copy removed (工联图片展职教成果 over the photos'
 * captions and again over the text): the first such line shaped as a headline (four Han characters in a row, no
 * sentence, no unit's name alone, no site words), or null. A copy kept in the text is the splitter's to read (headlinePrintedTwice).
 */
export function removedHeadline(removed: readonly LineVerdict[], kept: ReadonlySet<string>): string | null {
  const before = removed.filter((v) => v.place === 'before');
  // Copies counted once for all lines: a page of thousands of removed lines was quadratic here.
  const copies = new Map<string, number>();
  for (const v of before) {
    const t = v.text.trim();
    copies.set(t, (copies.get(t) ?? 0) + 1);
  }
  for (const v of before) {
    const t = v.text.trim();
    if (kept.has(t) || v.features.some((f) => NO_HEADLINE.has(f))) continue;
    if ((copies.get(t) ?? 0) < 2) continue;
    // Words, not a date or a number (3/6(一) printed over each day's list).
    if (/\p{Script=Han}{4}/u.test(t) && isHeadlineOverPublication(t)) return t;
  }
  return null;
}

export const chromeLinesStage = defineSourceStage({
  name: 'clean.chrome-lines',
  version: 36,
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
      // The newsroom's credit lines the text closed with (编辑：某某 / 审核：某某 / 初审(一审)：某某), removed here as
      // furniture, still say the text is a news report: handed on as its credit, as clean.boilerplate hands on
      // a credit in brackets, unless that stage found one already.
      // A headline printed twice above the text, whose copies went but for the one next to the text: handed on
      // for the splitter, which may no longer see it as a headline once its copies are gone.
      const kept = new Set(text.split('\n').map((l) => l.trim()));
      const twice = removed.find(
        (v) =>
          v.place === 'before' &&
          (v.features.includes('repeated') || v.features.includes('headline-copy')) &&
          kept.has(v.text.trim()),
      );
      // …and one whose copies all went is handed on too, for an untitled page's one document.
      const gone = twice || item.headlineRemoved ? null : removedHeadline(removed, kept);
      const headline = twice
        ? { headlinePrintedTwice: twice.text.trim() }
        : gone !== null
          ? { headlineRemoved: gone }
          : {};
      const credit = item.newsLines?.credit ? null : newsCredit(removed, glued);
      if (credit === null) return { ...item, text, publishedAt, ...headline };
      ctx.note({
        rule: 'chrome-lines.news-credit',
        reason: "the newsroom credit removed within or below the text is kept as the page's news credit",
        after: credit,
      });
      return {
        ...item,
        text,
        publishedAt,
        ...headline,
        newsLines: { dateline: item.newsLines?.dateline ?? null, credit },
      };
    };
  },
});
