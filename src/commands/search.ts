// `gonghui search TEXT`: ranked paragraphs with highlighted snippets and their document, org and year.
import { Command, Option } from 'commander';
import type { FunctionLabel } from '../model/items.ts';
import { cutWords } from '../stages/segment/jieba.ts';
import { EmptySearchError, searchParagraphs } from '../store/search.ts';
import { type Io, openExistingDatabase, UsageError } from './common.ts';
import { formatRows, type OutputFormat } from './output-format.ts';
import {
  addDocumentFilterOptions,
  addOutputOptions,
  documentFilterFrom,
  functionOption,
  parsePositive,
} from './query-options.ts';

export function searchCommand(io: Io): Command {
  return addOutputOptions(addDocumentFilterOptions(new Command('search')))
    .description('Full-text search of paragraphs (jieba words, ranked by bm25), with highlighted snippets')
    .argument('<text...>', 'what to look for (all of its words must occur)')
    .addOption(functionOption('paragraphs'))
    .addOption(new Option('--limit <n>', 'most hits to show').default(20).argParser(parsePositive))
    .action(
      (
        text: string[],
        opts: Record<string, unknown> & { db: string; format: OutputFormat; bom: boolean; limit: number },
      ) => {
        const query = text.join(' ');
        const db = openExistingDatabase(opts.db);
        try {
          const hits = searchParagraphs(db, {
            ...documentFilterFrom(db, opts),
            text: query,
            words: cutWords(query),
            function: opts.function as FunctionLabel | undefined,
            limit: opts.limit,
          });
          io.out(
            formatRows(hits as unknown as Record<string, unknown>[], opts.format, {
              bom: opts.bom,
              columns:
                opts.format === 'table'
                  ? ['score', 'org', 'year', 'kind', 'doc_id', 'paragraph', 'snippet']
                  : ['score', 'doc_id', 'title', 'org', 'year', 'kind', 'paragraph', 'labels', 'snippet'],
            }),
          );
          if (hits.length === 0) io.err(`no paragraph contains all of: ${cutWords(query).join(' ')}\n`);
        } catch (e) {
          if (e instanceof EmptySearchError) throw new UsageError(e.message);
          throw e;
        } finally {
          db.close();
        }
      },
    );
}
