// Sign-offs (落款, issue 16): the unit that signs a document and the date under it, at its end. The patterns
// are data (data/sign-offs.json); the schedule and date readers ask here where a document's text stops.
import { loadPatterns, patternIn } from './patterns.ts';

const signOffs = loadPatterns('sign-offs');

const SIGN_OFF_DATE = patternIn(signOffs, 'sign-off-date');
const NUMERIC_SIGN_OFF_DATE = patternIn(signOffs, 'numeric-sign-off-date');
const SIGNER_LINE = patternIn(signOffs, 'signer-line');
const SIGNER_BEFORE_DATE = patternIn(signOffs, 'signer-before-date');

/** Whether a line is only a sign-off's date ("2024年12月", "二〇二四年十二月"). */
export function isSignOffDate(line: string): boolean {
  return SIGN_OFF_DATE.test(line);
}

/** Whether a line is only a date in a page's numeric shape (2022.4.28): a sign-off's when right under its signer. */
export function isNumericDateLine(line: string): boolean {
  return NUMERIC_SIGN_OFF_DATE.test(line.trim());
}

/** Whether a short line is a signer's name ("城东实验小学工会委员会"); the caller checks it has no sentence. */
export function isSignerLine(line: string): boolean {
  return SIGNER_LINE.test(line);
}

/** Whether the text before a date is a signer ("西岭中学工会委员会 " before "2009年8月"). */
export function isSignerBeforeDate(text: string): boolean {
  return SIGNER_BEFORE_DATE.test(text);
}
