// Schedule tables flattened to text (issue 16): which header cells name which column. The header words are
// data (data/table-columns.json); a header row is a line of such words separated by "|" or spaces, or
// the same words one per line.
import { z } from 'zod';
import { loadRuleFile, ruleList, RuleId, rulePattern, Why } from '../rule-file.ts';

export type ColumnKind = 'time' | 'content' | 'other';

const Column = z.strictObject({
  id: RuleId,
  kind: z.enum(['time', 'content', 'other']),
  pattern: rulePattern(),
  example: z.string().min(1),
  why: Why,
});
const ColumnsFile = z.strictObject({ $comment: z.string().optional(), columns: ruleList(Column) });

export interface TableColumns {
  /** The kind of a header cell, or null when the cell names no known column. */
  kindOf(cell: string): ColumnKind | null;
  /** One line holding a whole header row ("月份 活动内容 负责人 备注", "月份活动要点"): its columns, or null. */
  headerRow(line: string): ColumnKind[] | null;
}

export function loadTableColumns(
  file: URL | string = new URL('./data/table-columns.json', import.meta.url),
): TableColumns {
  const columns = loadRuleFile(file, ColumnsFile).columns.map((c) => ({
    kind: c.kind,
    whole: new RegExp(`^(?:${c.pattern})$`),
    source: c.pattern,
  }));
  // A header row written without separators ("月份活动要点"): the column words one after another.
  const run = new RegExp(`^(?:${columns.map((c) => `(?:${c.source})`).join('|')})`);
  const kindOf = (cell: string): ColumnKind | null => {
    const t = cell.replace(/\s+/g, '');
    return columns.find((c) => c.whole.test(t))?.kind ?? null;
  };
  const headerRow = (line: string): ColumnKind[] | null => {
    const cells = line
      .split(/\s*\|\s*|\s+/)
      .map((c) => c.trim())
      .filter(Boolean);
    let kinds: ColumnKind[] = [];
    if (cells.length >= 2) {
      for (const c of cells) {
        const k = kindOf(c);
        if (!k) return null;
        kinds.push(k);
      }
    } else if (cells.length === 1 && cells[0]!.length <= 12) {
      // Greedy split of a run of column words; each piece must be a whole column word.
      let rest = cells[0]!;
      kinds = [];
      while (rest) {
        const m = run.exec(rest);
        if (!m || m[0] === '') return null;
        const k = kindOf(m[0]);
        if (!k) return null;
        kinds.push(k);
        rest = rest.slice(m[0].length);
      }
    }
    return kinds.includes('time') && kinds.includes('content') ? kinds : null;
  };
  return { kindOf, headerRow };
}
