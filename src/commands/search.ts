// `gonghui search TEXT`: ranked paragraphs with highlighted snippets and their document, org and year.
// Loads no jieba: the index holds character pairs (store/search-pairs.ts). The query is converted to
// simplified characters exactly as the pipeline's convert.t2s converts documents (教職工 finds 教职工).
import { Command, Option } from 'commander';
import type { FunctionLabel } from '../model/items.ts';
import { EmptySearchError, hiddenMatches, matchExpression, searchParagraphs, searchTerms } from '../store/search.ts';
import { type Io, openExistingDatabase, UsageError } from './common.ts';
import { formatRows, type OutputFormat } from './output-format.ts';
import { addDocumentFilterOptions, addOutputOptions, documentFilterFrom, functionOption } from './query-options.ts';
import { wholeNumber } from './numeric-option.ts';
import { terminalText } from './terminal-text.ts';

/** The query in simplified characters, by the convert.t2s stage's own rule (its default options). */
export async function simplifiedQuery(text: string): Promise<string> {
  // Only Han text can hold traditional characters; the converter's tables take a moment to load.
  if (!/[\u3400-\u9fff]/.test(text)) return text;
  const { convertTraditionalLines, detectTraditionalVariant, traditionalShare } =
    await import('../stages/convert/to-simplified.ts');
  const share = traditionalShare(text);
  return share === 0 ? text : convertTraditionalLines(text, detectTraditionalVariant(text), share);
}

export function searchCommand(io: Io): Command {
  return addOutputOptions(addDocumentFilterOptions(new Command('search')))
    .description(
      'Full-text search of paragraphs (every word occurs as written, also inside compounds; ranked by bm25), with highlighted snippets',
    )
    .argument('<text...>', 'what to look for, simplified or traditional (each space-separated part must occur)')
    .addOption(functionOption('paragraphs'))
    .addOption(new Option('--limit <n>', 'most hits to show').default(20).argParser(wholeNumber(1, 100_000)))
    .option(
      '--show-match',
      'also print, on stderr, the FTS5 MATCH expression that finds the same paragraphs in sqlite3',
      false,
    )
    .action(
      async (
        text: string[],
        opts: Record<string, unknown> & {
          db: string;
          format: OutputFormat;
          bom: boolean;
          limit: number;
          showMatch: boolean;
        },
      ) => {
        const query = await simplifiedQuery(text.join(' '));
        const db = openExistingDatabase(opts.db);
        try {
          const hits = searchParagraphs(db, {
            ...documentFilterFrom(db, opts),
            text: query,
            function: opts.function as FunctionLabel | undefined,
            limit: opts.limit,
          });
          if (opts.showMatch) io.err(terminalText(`MATCH ${sqlString(matchExpression(query))}\n`));
          io.out(
            formatRows(hits as unknown as Record<string, unknown>[], opts.format, {
              bom: opts.bom,
              columns:
                opts.format === 'table'
                  ? ['score', 'org', 'year', 'kind', 'doc_id', 'paragraph', 'snippet']
                  : ['score', 'doc_id', 'title', 'org', 'year', 'kind', 'paragraph', 'labels', 'snippet'],
            }),
          );
          if (hits.length === 0) {
            const filter = { ...documentFilterFrom(db, opts), text: query, function: opts.function as FunctionLabel };
            io.err(terminalText(noMatchMessage(searchTerms(query), hiddenMatches(db, filter))));
          }
        } catch (e) {
          if (e instanceof EmptySearchError) throw new UsageError(e.message);
          throw e;
        } finally {
          db.close();
        }
      },
    );
}

const WHAT_OPTION_ADDS: Record<string, string> = {
  '--include-duplicates': 'near-duplicate documents',
  '--include-off-topic': 'off-topic documents',
  '--include-duplicates --include-off-topic': 'off-topic near-duplicate documents',
};

/** Why nothing was found; when the documents left out by default hold matches, how many and which option
 * shows them (otherwise the user concludes the text is nowhere in the database). */
export function noMatchMessage(terms: string[], hidden: Array<{ option: string; paragraphs: number }>): string {
  const lines = [`no paragraph contains all of: ${terms.join(' ')}`];
  for (const h of hidden) {
    const n = h.paragraphs === 1 ? '1 paragraph' : `${h.paragraphs} paragraphs`;
    lines.push(
      `  ${n} in ${WHAT_OPTION_ADDS[h.option] ?? 'left-out documents'} ${h.paragraphs === 1 ? 'does' : 'do'}: ${h.option} shows ${h.paragraphs === 1 ? 'it' : 'them'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;
