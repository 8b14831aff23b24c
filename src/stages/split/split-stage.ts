// split.compilations: one source → its documents (see compilations.ts). The compilation's own title and
// intro are noted and dropped; every document gets its title, and its text without the title line.
import { z } from 'zod';
import { newDocument } from '../../model/items.ts';
import { defineSplitStage } from '../../model/stage.ts';
import { splitCompilation } from './compilations.ts';
import { isHeadlineOverPublication } from './lead-title.ts';

/** How many of an untitled document's first lines may stand above its headline (a site's masthead, a column). */
const HEADLINE_REACH = 3;

export const splitCompilationsStage = defineSplitStage({
  name: 'split.compilations',
  version: 18,
  description:
    'Split compilations (篇1…, 第一篇…, numbered or repeated titles, new title lines) into documents with titles.',
  options: z.strictObject({}),
  create: () => (item, ctx) => {
    const split = splitCompilation(item.text, item.title);
    if (split.intro !== null) {
      ctx.note({
        rule: 'split.intro',
        reason: "the compilation's own title and intro before its first document are not a document",
        before: split.intro,
      });
    }
    for (const g of split.gaps) {
      ctx.note({
        rule: 'split.hidden-text',
        reason: g.splits
          ? `the page hid ${g.hidden} characters here: the text after the gap is another document`
          : `the page hid ${g.hidden} characters here: too few to span a document, the notice is dropped`,
        before: g.notice,
      });
    }
    for (const c of split.containers) {
      ctx.note({
        rule: 'split.container',
        reason: 'a part that only introduces the numbered documents under it is not a document',
        before: c,
      });
    }
    if (split.documents.length > 1) {
      const kinds = [...new Set(split.documents.map((d) => d.kind))].join(', ');
      ctx.note({
        rule: 'split.compilation',
        reason: `${split.documents.length} documents found (markers: ${kinds}): ${split.documents.map((d) => d.title ?? '(untitled)').join(' | ')}`,
      });
    }
    split.documents.forEach((d, k) => {
      if (d.title === null && d.heading) {
        ctx.note({
          rule: 'split.heading',
          reason: `document ${k + 1}: no title of its own; filed under the compilation's title, read for its kind and unit only`,
          after: d.heading,
        });
      }
      if (d.title === null) return;
      ctx.note({
        rule: 'split.title',
        reason: `document ${k + 1}: title from ${d.titleFrom ?? 'the page'}`,
        after: d.title,
      });
    });
    // A page whose heading states no year takes the one its removed intro named (下面是小编整理的2023…).
    const pageYear = split.pageYear ?? item.introYear ?? null;
    if (split.pageYear === null && pageYear !== null) {
      ctx.note({
        rule: 'split.intro-year',
        reason: `the site's intro named ${pageYear}: passed to documents that state no year of their own`,
      });
    }
    if (split.pageYear !== null) {
      ctx.note({
        rule: 'split.page-year',
        reason: `the page's heading states ${split.pageYear}: passed to documents that state no year of their own`,
      });
    }
    // A page of one untitled document whose head holds the line that stood right above the publish line cleaning
    // removed: that line is its headline (the splitter reads a headline over a publish line, no longer there to
    // see), and what stands above it is the page's furniture, as above any title.
    const only = split.documents.length === 1 ? split.documents[0]! : null;
    // …and so is a headline the page printed twice, the copy next to the text the one cleaning kept.
    const printedTwice = (item.lineOverPublication ?? null) === null && (item.headlinePrintedTwice ?? null) !== null;
    const over = item.lineOverPublication ?? item.headlinePrintedTwice ?? null;
    if (only && only.title === null && !only.heading && over !== null && isHeadlineOverPublication(over)) {
      const lines = only.text.split('\n');
      const at = lines.slice(0, HEADLINE_REACH).findIndex((l) => l.trim() === over);
      if (at >= 0 && lines.slice(at + 1).some((l) => l.trim() !== '')) {
        ctx.note({
          rule: 'split.title',
          reason: printedTwice
            ? 'document 1: title from the headline the page printed twice'
            : 'document 1: title from the line over the removed publish line',
          ...(at > 0 ? { before: lines.slice(0, at).join('\n') } : {}),
          after: over,
        });
        // The headline stays the text's first line, as a title read from the text's opening does.
        const text = lines.slice(at).join('\n');
        split.documents[0] = {
          ...only,
          title: over,
          titleFrom: printedTwice ? 'headline-printed-twice' : 'headline-over-removed-publish-line',
          text,
        };
      }
    }
    // A headline every copy of which cleaning removed (printed twice or more above the text, taken for a column's
    // name or for chrome): the title of a page's one untitled document, its text as it is.
    const removed = item.headlineRemoved ?? null;
    const untitled = split.documents.length === 1 ? split.documents[0]! : null;
    if (
      untitled &&
      untitled.title === null &&
      !untitled.heading &&
      removed !== null &&
      isHeadlineOverPublication(removed)
    ) {
      ctx.note({
        rule: 'split.title',
        reason: 'document 1: title from the headline cleaning removed with its copies',
        after: removed,
      });
      split.documents[0] = { ...untitled, title: removed, titleFrom: 'headline-removed-with-copies' };
    }
    return split.documents.map((d, k) => {
      // A news page's removed dateline and credit are its one document's (a compilation's parts are no news).
      const news = split.documents.length === 1 && item.newsLines ? { newsLines: item.newsLines } : {};
      // The kind the page's intro says it holds is each part's that gives none of its own (metadata decides).
      const intro = item.introKind ? { introKind: item.introKind } : {};
      const draft = {
        ...newDocument(item.source.key, k + 1, d.text, d.title),
        heading: d.heading ?? null,
        ...news,
        ...intro,
      };
      // metadata reads these only when the document states no year (nor hides one behind 20xx) itself, and
      // only for documents of the kind the heading names (a summary filed in a plan compilation is another's).
      if (pageYear === null) return draft;
      return { ...draft, meta: { ...draft.meta, year: pageYear, kind: split.pageKind ?? 'other' } };
    });
  },
});
