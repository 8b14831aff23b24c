// HTML → plain text that keeps paragraph and line breaks. The walk is iterative so that pathological
// nesting (100,000 levels in scraped junk) cannot overflow the stack.
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { decodeHTML } from 'entities';

/** Elements that start a new line of text. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);
/** Elements whose content is never visible text. */
export const INVISIBLE = new Set([
  'script',
  'style',
  'title',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'head',
  'select',
  'option',
  'button',
  'input',
  'textarea',
]);

/** Parses with htmlparser2 (about 2.8× faster than parse5 on article pages; we need no spec-exact tree). */
export function loadHtml(html: string): cheerio.CheerioAPI {
  return cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
}

/** A table cell holding only inline text (no blocks, no <br>): its row reads as one line. */
function isSimpleCell(cell: Element): boolean {
  const stack: AnyNode[] = [...cell.children];
  let seen = 0;
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const name = (n as Element).name.toLowerCase();
    if (name === 'br' || BLOCK.has(name) || ++seen > 50) return false;
    stack.push(...(n as Element).children);
  }
  return true;
}

/** Visible text of a subtree, one line per block element and <br>. */
export function nodeText(root: AnyNode, skip: (el: Element) => boolean = () => false): string {
  const out: string[] = [];
  // Stack entries are nodes to visit or markers that close a block.
  const stack: Array<AnyNode | 'close-block'> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'close-block') {
      out.push('\n');
      continue;
    }
    if (node.type === 'text') {
      out.push((node as { data: string }).data.replace(/[ \t\r\n\f]+/g, ' '));
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') continue;
    if (node.type === 'script' || node.type === 'style') continue;
    if (node.type === 'tag') {
      const el = node as Element;
      const name = el.name.toLowerCase();
      if (INVISIBLE.has(name) || skip(el)) continue;
      if (name === 'br') {
        out.push('\n');
        continue;
      }
      if ((name === 'td' || name === 'th') && isSimpleCell(el))
        out.push(' '); // a row of a data table stays one line
      else if (BLOCK.has(name)) {
        out.push('\n');
        stack.push('close-block');
      }
    }
    const children = (node as Element).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface HtmlText {
  title: string | null;
  text: string;
  /** 'strip-tags' when the page was too deeply nested to parse. */
  method: 'parse' | 'strip-tags';
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Deepest element nesting, counted with a linear scan of the tags (no parse). */
export function maxNestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** Parsers slow down quadratically on absurd nesting (100,000 levels take minutes); such pages are junk
 * markup around little text, so past this depth we strip tags instead of parsing. */
export const MAX_PARSE_DEPTH = 2000;

/** Text by stripping tags: blocks and <br> become line breaks, invisible elements are dropped. */
export function stripTagsToText(html: string): HtmlText {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.replace(/\s+/g, ' ').trim() || null;
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|head|title|select|button|textarea)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?([a-zA-Z][\w-]*)[^>]*>/g, (_tag, name: string) =>
      name.toLowerCase() === 'br' || BLOCK.has(name.toLowerCase()) ? '\n' : '',
    )
    .replace(/[ \t\r\f]+/g, ' ');
  return {
    title: title ? decodeHTML(title) : null,
    text: decodeHTML(text)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n'),
    method: 'strip-tags',
  };
}

/** The whole visible text of a page and its <title>. */
export function htmlToText(html: string): HtmlText {
  if (maxNestingDepth(html) > MAX_PARSE_DEPTH) return stripTagsToText(html);
  const $ = loadHtml(html);
  const title = $('title').first().text().replace(/\s+/g, ' ').trim() || null;
  const body = $('body')[0] ?? $.root()[0]!;
  return { title, text: nodeText(body), method: 'parse' };
}
