import { Command } from 'commander';
import { CORRECTION_RULE, type CorrectionField, FUNCTION_LABELS } from '../model/items.ts';
import { noteSpeaksFor, SILENT_EVIDENCE } from '../store/document-corrections.ts';
import { type DocumentExplanation, explainDocument, type NoteLine, type PageRule } from '../store/explain-document.ts';
import { explainParagraph, type ParagraphExplanation, paragraphCount } from '../store/explain-paragraph.ts';
import { dbOption, type Io, openExistingDatabase, UsageError } from './common.ts';
import { terminalText } from './terminal-text.ts';

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

/** The metadata notes that speak for one field, by their rule's name. */
/** What a field with no note of its own means, so an empty field reads as a thing to check, not a silence. */
const SILENT: Record<string, string> = {
  title: 'from the split: the heading the page gave this part (see the page below)',
  org: SILENT_EVIDENCE.org!,
  year: SILENT_EVIDENCE.year!,
  kind: '',
  topic: 'union work outweighs other subjects',
};

const REASON_CHARS = 120;
const brief = (s: string): string => (s.length > REASON_CHARS ? `${s.slice(0, REASON_CHARS)}…` : s);

/** The field's name in a human correction's note (gonghui correct import). */
const CORRECTED_AS: Record<string, CorrectionField> = {
  title: 'title',
  org: 'org',
  year: 'year',
  kind: 'kind',
  topic: 'on_topic',
};

/** A field's value on its line, then the notes behind it ("why"), each on its own line below; a value a human
 * correction set says so. */
const because = (notes: NoteLine[], field: string, value: string, silent = SILENT[field] ?? ''): string[] => {
  const corrected = (n: NoteLine) => n.rule === CORRECTION_RULE && n.reason.startsWith(`${CORRECTED_AS[field]} `);
  const own = notes.filter((n) => noteSpeaksFor(CORRECTED_AS[field]!, n));
  const why = own.length ? own.map((n) => `${n.rule}: ${brief(n.reason)}`) : silent ? [silent] : [];
  const human = own.some(
    (n) => corrected(n) && n.reason.startsWith(`${CORRECTED_AS[field]} set by a human correction`),
  );
  return [human ? `${value}  [human correction, overrides the reader]` : value, ...why.map((w) => `  why: ${w}`)];
};

const ruleLines = (rules: PageRule[]): string[] =>
  rules.length === 0
    ? ['  (none)']
    : rules.map(
        (r) =>
          `  ${r.stage.padEnd(20)} ${`${r.rule} ×${r.times}`.padEnd(36)} ${r.examples.length ? r.examples.map((e) => `"${e}"`).join(', ') : r.reason}`,
      );

/** The first line carries the field's name, the "why" lines below it are indented to the value. */
const fieldLine =
  (name: string) =>
  (line: string, i: number): string =>
    `${(i === 0 ? name : '').padEnd(11)}${line}`;

function renderDocument(e: DocumentExplanation): string {
  const f = e.fields;
  const basis = Object.entries(e.activities.byBasis).map(([b, n]) => `${b} ${n}`);
  if (e.activities.withoutMonth) basis.push(`no month ${e.activities.withoutMonth}`);
  const lines = [
    `document   ${e.docId}  (part ${e.part} of ${e.parts} of ${e.source})`,
    ...because(
      e.metadata,
      'title',
      f.title ?? '(none)',
      e.splitTitle ? `from the split: ${e.splitTitle}` : SILENT.title,
    ).map(fieldLine('title')),
    ...because(e.metadata, 'org', f.org ?? (f.orgAnonymised ? '(anonymised)' : '(none)')).map(fieldLine('org')),
    ...because(e.metadata, 'year', String(f.year ?? f.schoolYear ?? '(none)')).map(fieldLine('year')),
    ...(f.schoolYear ? [`school yr  ${f.schoolYear}`] : []),
    ...because(e.metadata, 'kind', f.kind).map(fieldLine('kind')),
    ...because(e.metadata, 'topic', f.onTopic ? 'on topic' : 'off topic').map(fieldLine('topic')),
    ...(f.duplicateOf ? [`duplicate  of ${f.duplicateOf}`] : []),
    `content    ${e.paragraphs} paragraphs, ${e.activities.total} activities${basis.length ? ` (${basis.join(', ')})` : ''}`,
    '',
    'the page, before it was split (what cleaning removed or repaired):',
    ...ruleLines(e.pageRules),
    '',
    'this document (paragraphs, activities, labels):',
    ...ruleLines(e.documentRules),
  ];
  return `${lines.join('\n')}\n`;
}

export function explainCommand(io: Io): Command {
  return new Command('explain')
    .description(
      'Show why a document has its title, org, year, kind and topic (and what cleaning removed from its page), or why a paragraph has its labels',
    )
    .argument('<doc_id>', 'document id (see documents.jsonl or gonghui export)')
    .argument('[paragraph_index]', 'paragraph index within the document (0-based); without it, the document')
    .addOption(dbOption())
    .option('--format <format>', 'text or json', 'text')
    .action((docId: string, indexText: string | undefined, opts) => {
      if (indexText !== undefined && !/^\d+$/.test(indexText))
        throw new UsageError(`paragraph index must be a whole number ≥ 0, got "${indexText}"`);
      if (opts.format !== 'text' && opts.format !== 'json') throw new UsageError('--format must be text or json');
      const db = openExistingDatabase(opts.db);
      try {
        if (indexText === undefined) {
          const d = explainDocument(db, docId);
          if (!d) throw new UsageError(`no document "${docId}" in ${opts.db}`);
          // The source path, title and text are the page's: shown, not obeyed (JSON escapes them itself).
          io.out(opts.format === 'json' ? `${JSON.stringify(d, null, 2)}\n` : terminalText(renderDocument(d)));
          return;
        }
        const e = explainParagraph(db, docId, Number(indexText));
        if (!e) {
          const n = paragraphCount(db, docId);
          throw new UsageError(
            n === null
              ? `no document "${docId}" in ${opts.db}`
              : `document ${docId} has no paragraph ${indexText} (it has ${n}: 0–${n - 1})`,
          );
        }
        io.out(opts.format === 'json' ? `${JSON.stringify(e, null, 2)}\n` : terminalText(render(e)));
      } finally {
        db.close();
      }
    });
}
