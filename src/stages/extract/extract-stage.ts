// extract: pages → one working text. HTML pages become their visible text with paragraph breaks kept;
// text pages pass through. Several pages of one document are joined in order.
import { z } from 'zod';
import { defineSourceStage, StageFailure } from '../../pipeline/stage.ts';
import { htmlToText, MAX_PARSE_DEPTH } from './html-to-text.ts';

export const extractStage = defineSourceStage({
  name: 'extract',
  version: 1,
  description: 'HTML → visible text with paragraph breaks (title kept as metadata); text pages pass through.',
  options: z.strictObject({}),
  create: () => (item, ctx) => {
    let title = item.title;
    const texts = item.pages.map((page, i) => {
      if (page.format === 'text') return page.text;
      const { title: pageTitle, text, method } = htmlToText(page.text);
      title ??= pageTitle;
      if (method === 'strip-tags') {
        ctx.note({ rule: 'extract.strip-tags', level: 'warn', reason: `page ${i + 1}: nesting deeper than ${MAX_PARSE_DEPTH} levels; text taken by stripping tags instead of parsing` });
      } else {
        ctx.note({ rule: 'extract.whole-body', reason: `page ${i + 1}: visible text of <body> (${text.length} characters)` });
      }
      return text;
    });
    const text = texts.join('\n');
    if (!text.trim()) throw new StageFailure('no visible text on the page(s)', 'extract');
    return { ...item, title, text };
  },
});
