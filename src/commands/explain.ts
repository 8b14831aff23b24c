import { Command } from 'commander';
import { FUNCTION_LABELS } from '../model/items.ts';
import { explainParagraph, type ParagraphExplanation, paragraphCount } from '../store/explain-paragraph.ts';
import { dbOption, type Io, openExistingDatabase, UsageError } from './common.ts';

function render(e: ParagraphExplanation): string {
  const lines = [
    `document   ${e.docId}${e.title ? `  ${e.title}` : ''}`,
    `paragraph  ${e.index}`,
    `heading    ${e.heading ?? '(none: top level)'}`,
    `text       ${e.text}`,
    '',
    `labels     ${e.labels.length ? e.labels.join(' ') : '(none)'}  [${e.labelSource === 'human' ? `human code${e.coder ? ` by ${e.coder}` : ''}, overrides the model` : 'model'}]`,
  ];
  if (e.labelSource === 'human') lines.push(`model      ${e.modelLabels.length ? e.modelLabels.join(' ') : '(none)'}`);
  if (e.staleHumanCode)
    lines.push('note       a human code exists for an earlier text of this paragraph and is not applied');
  lines.push('', 'function  score  model  why');
  for (const l of FUNCTION_LABELS) {
    const score = e.scores[l];
    const given = e.modelLabels.includes(l);
    const why = e.reasons[l]?.join('; ') ?? '';
    lines.push(`${l}      ${score === undefined ? '  –  ' : score.toFixed(3)}  ${given ? 'yes' : 'no '}    ${why}`);
  }
  return `${lines.join('\n')}\n`;
}

export function explainCommand(io: Io): Command {
  return new Command('explain')
    .description('Show why a paragraph has its labels: scores, the terms or heading behind each, and any human code')
    .argument('<doc_id>', 'document id (see documents.jsonl or gonghui export)')
    .argument('<paragraph_index>', 'paragraph index within the document (0-based)')
    .addOption(dbOption())
    .option('--format <format>', 'text or json', 'text')
    .action((docId: string, indexText: string, opts) => {
      if (!/^\d+$/.test(indexText))
        throw new UsageError(`paragraph index must be a whole number ≥ 0, got "${indexText}"`);
      if (opts.format !== 'text' && opts.format !== 'json') throw new UsageError('--format must be text or json');
      const db = openExistingDatabase(opts.db);
      try {
        const e = explainParagraph(db, docId, Number(indexText));
        if (!e) {
          const n = paragraphCount(db, docId);
          throw new UsageError(
            n === null
              ? `no document "${docId}" in ${opts.db}`
              : `document ${docId} has no paragraph ${indexText} (it has ${n}: 0–${n - 1})`,
          );
        }
        io.out(opts.format === 'json' ? `${JSON.stringify(e, null, 2)}\n` : render(e));
      } finally {
        db.close();
      }
    });
}
