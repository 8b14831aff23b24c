// segment.words: jieba word tokens for each paragraph, stored for full-text search and classification.
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { defineDocumentStage } from '../../model/stage.ts';
import { cutParagraphWords, DEFAULT_USER_DICT, loadJieba } from './jieba.ts';

export const wordsStage = defineDocumentStage({
  name: 'segment.words',
  version: 1,
  description: 'Segment each paragraph into words with nodejieba and the domain user dictionary.',
  options: z.strictObject({
    /** A jieba user dictionary ("word [freq] [tag]" per line); defaults to the bundled union vocabulary. */
    userDict: z
      .string()
      .optional()
      .refine((p) => p === undefined || existsSync(isAbsolute(p) ? p : resolve(p)), {
        message: 'user dictionary file does not exist',
      }),
  }),
  create: (options) => {
    const userDict = options.userDict ? resolve(options.userDict) : DEFAULT_USER_DICT;
    loadJieba(userDict);
    return (doc) => {
      const tokens = cutParagraphWords(
        doc.paragraphs.map((p) => p.text),
        userDict,
      );
      return { ...doc, paragraphs: doc.paragraphs.map((p, i) => ({ ...p, tokens: tokens[i]! })) };
    };
  },
});
