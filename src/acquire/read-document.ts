// Word and PDF files → plain text, one line per paragraph, so they go through the same pipeline as a .txt
// (decode sees UTF-8 text; split, segment and the activity stages see the paragraphs). 文库 documents come
// as .docx, .doc and .pdf. The libraries are loaded on first use: most runs read no such file.
import { extname } from 'node:path';
import { AcquireError } from './read-file.ts';

/** Formats read through a library rather than decoded as text. */
export type DocumentFormat = 'docx' | 'doc' | 'pdf';

const FORMAT_OF_EXTENSION: Record<string, DocumentFormat> = { '.docx': 'docx', '.doc': 'doc', '.pdf': 'pdf' };

export function documentFormat(path: string): DocumentFormat | null {
  return FORMAT_OF_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** One line per paragraph: blank lines (paragraph gaps of the converters) and trailing spaces dropped, and
 * Word's control characters (cell marks, page breaks) turned into line ends. */
export function paragraphLines(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- Word's cell mark (BEL) and vertical tab are the point here
      .replace(/[\r\f\v\u0007\u000b]/g, '\n')
      .split('\n')
      .map((line) => line.replace(/[ \t\u3000]+$/, ''))
      .filter((line) => line.trim() !== '')
      .join('\n')
  );
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return result.value;
}

async function docText(bytes: Uint8Array): Promise<string> {
  const { default: WordExtractor } = await import('word-extractor');
  const doc = await new WordExtractor().extract(Buffer.from(bytes));
  // Headers and footers repeat the school name on every page; the body is the document. Quotes stay as written
  // (the library's default turns “” into "").
  return doc.getBody({ filterUnicode: false });
}

/** The PDF's text layer, page by page; pdf.js marks each line end, so a paragraph that wraps becomes several
 * lines (as in a .txt saved with hard line breaks, which the split stage already handles). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  // verbosity 0: pdf.js reports what it could not parse by throwing, not by printing warnings over our output.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return withoutTypesetSpaces(text.join('\n'));
  } finally {
    await pdf.destroy();
  }
}

/** Word and LibreOffice set a gap between Chinese and Latin letters or digits (autospace), and pdf.js reads it
 * as a space: 2023年 comes out as "2023 年". In a PDF's text layer such a space is typesetting, not text. */
export function withoutTypesetSpaces(text: string): string {
  return text.replace(/(\p{Script=Han}) +(?=[0-9A-Za-z])/gu, '$1').replace(/([0-9A-Za-z]) +(?=\p{Script=Han})/gu, '$1');
}

const READERS: Record<DocumentFormat, (bytes: Uint8Array) => Promise<string>> = {
  docx: docxText,
  doc: docText,
  pdf: pdfText,
};

/** Why a file gave no text: the reason is also what the ingest summary counts skipped files by. */
export const NO_TEXT_REASON: Record<DocumentFormat, string> = {
  docx: 'Word document without text',
  doc: 'Word document without text',
  pdf: 'scanned PDF without a text layer (run OCR on it first)',
};

/** The document's text, one line per paragraph; an AcquireError when the file cannot be read or holds no text. */
export async function readDocumentText(format: DocumentFormat, bytes: Uint8Array): Promise<string> {
  let raw: string;
  try {
    raw = await READERS[format](bytes);
  } catch (e) {
    throw new AcquireError(
      `not a readable .${format} file (${(e as Error).message.split('\n')[0]})`,
      'unreadable document',
    );
  }
  const text = paragraphLines(raw);
  if (text === '') throw new AcquireError(NO_TEXT_REASON[format], NO_TEXT_REASON[format]);
  return text;
}
