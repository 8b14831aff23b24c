// Page text is never committed: whoever reproduces the real-page figures re-creates it from each page's url and
// query. A copy that lost a line or changed a character makes the pipeline look worse than it is, so before
// trusting a figure the copies are checked against the gold: every gold string was copied from the page, so every
// one must be in a faithful copy's raw text (chrome too: it is the page's until cleaning removes it).
import { readFileSync } from 'node:fs';
import { stripPinyinAnnotations } from '../../stages/clean/pinyin-stage.ts';
import { comparable } from './comparable-text.ts';
import type { GoldPage } from './gold.ts';
import { findPageFile } from './run-pages.ts';

export interface GoldString {
  /** Which gold list the string comes from. */
  kind: 'chrome' | 'body' | 'key' | 'activity' | 'paragraph';
  text: string;
}

export interface PageCopyCheck {
  id: string;
  split: string;
  /** The page file found in the directory, or null when none is there. */
  file: string | null;
  strings: number;
  /** Gold strings the copy does not hold (a saved HTML page is not checked: markup may sit inside a string). */
  unfound: GoldString[];
  checked: boolean;
}

/** Every string the gold copied from a page, in the order the gold lists them. */
export function goldStrings(page: GoldPage): GoldString[] {
  return [
    ...page.chrome.map((text) => ({ kind: 'chrome' as const, text })),
    ...page.body.map((text) => ({ kind: 'body' as const, text })),
    ...page.documents.flatMap((d) => d.keys.map((text) => ({ kind: 'key' as const, text }))),
    ...page.activities.items.map((a) => ({ kind: 'activity' as const, text: a.key })),
    ...page.paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p.key })),
  ];
}

/**
 * The gold strings a page copy's text does not hold, compared as the evaluation compares (script, width, spaces).
 * A page's pinyin annotations (學(xué)習) may lie inside a body string the gold wrote without them: the copy is
 * searched as it is and without its annotations.
 */
export function unfoundStrings(page: GoldPage, text: string): GoldString[] {
  const copy = `${comparable(text)}\u0000${comparable(stripPinyinAnnotations(text).text)}`;
  return goldStrings(page).filter((s) => {
    const wanted = comparable(s.text);
    return wanted.length > 0 && !copy.includes(wanted);
  });
}

/** Checks each page's copy in `pagesDir` (`<id>.txt`; `<id>.html` is found but not compared). */
export function checkPageCopies(pages: GoldPage[], pagesDir: string): PageCopyCheck[] {
  return pages.map((page) => {
    const file = findPageFile(pagesDir, page.id);
    const strings = goldStrings(page).length;
    if (file === null) return { id: page.id, split: page.split, file, strings, unfound: [], checked: false };
    if (!file.endsWith('.txt')) return { id: page.id, split: page.split, file, strings, unfound: [], checked: false };
    const unfound = unfoundStrings(page, readFileSync(file, 'utf8'));
    return { id: page.id, split: page.split, file, strings, unfound, checked: true };
  });
}
