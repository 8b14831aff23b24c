// decode: bytes of each page → text, with a note saying which charset was used and on what evidence.
import iconv from 'iconv-lite';
import { z } from 'zod';
import { defineSourceStage, StageFailure } from '../../model/stage.ts';
import { isBinary } from './binary-content.ts';
import { chooseCharset } from './choose-charset.ts';

export const decodeStage = defineSourceStage({
  name: 'decode',
  version: 2,
  description:
    'Detect each page’s charset (BOM, header, <meta>, detector) and decode it; GB* as GB18030, Big5 as Big5-HKSCS.',
  options: z.strictObject({}),
  create: () => (item, ctx) => {
    const pages = item.pages.map((page, i) => {
      if (page.bytes.length === 0) throw new StageFailure(`page ${i + 1} is empty (0 bytes)`, 'decode');
      const binary = isBinary(page.bytes);
      if (binary) throw new StageFailure(`page ${i + 1} is binary data, not text (${binary})`, 'decode');
      const choice = chooseCharset(page.bytes, page.declaredCharset, page.format);
      const body = Buffer.from(
        page.bytes.buffer,
        page.bytes.byteOffset + choice.bomLength,
        page.bytes.length - choice.bomLength,
      );
      const text = iconv.decode(body, choice.charset, { stripBOM: true });
      ctx.note({
        rule: `charset.${choice.evidence}`,
        reason: `page ${i + 1} decoded as ${choice.charset} (evidence: ${choice.evidence})`,
      });
      if (choice.overridden) {
        ctx.note({
          rule: 'charset.declaration-overridden',
          level: 'warn',
          reason: `page ${i + 1} declared ${choice.overridden.declared} in its ${choice.overridden.from}, but ${choice.overridden.why}; decoded as ${choice.charset}`,
        });
      }
      return { ...page, charset: choice.charset, text };
    });
    return { ...item, pages };
  },
});
