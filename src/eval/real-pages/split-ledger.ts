// Which real-page splits may be looked at. A held-out split is worth something only while nobody has tuned on
// it, and last rounds showed how easily it is consulted "just once more". The ledger (splits.json beside the gold
// file) records each split's status: `tuning` (rules are written from it), `spent` (measured once, tuned on
// since) or `sealed` (never run). `eval real` refuses a sealed split unless the measurement is asked for by name,
// and `--split all` leaves sealed splits out, so a routine run can never spend one by accident.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { loadRuleFile } from '../../lexicon/rule-file.ts';
import { type Split, SPLITS } from './gold.ts';

export const SPLIT_STATUSES = ['tuning', 'spent', 'sealed'] as const;
export type SplitStatus = (typeof SPLIT_STATUSES)[number];

const LedgerEntry = z.object({
  split: z.enum(SPLITS),
  status: z.enum(SPLIT_STATUSES),
  /** When a held-out split was measured (YYYY-MM-DD), and at which commit: the figure that counts. */
  measured: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  commit: z.string().optional(),
  why: z.string().min(1),
});

const Ledger = z.object({ splits: z.array(LedgerEntry) });

export type LedgerEntry = z.infer<typeof LedgerEntry>;

export class SplitLedgerError extends Error {}

/** The ledger that governs a gold file: `splits.json` in the gold file's folder. */
export function ledgerFileFor(goldFile: string): string {
  return join(dirname(goldFile), 'splits.json');
}

/** The ledger's entries by split; an empty map when the gold file has none (a scratch batch: nothing sealed). */
export function loadSplitLedger(goldFile: string): Map<Split, LedgerEntry> {
  const file = ledgerFileFor(goldFile);
  if (!existsSync(file)) return new Map();
  let entries: LedgerEntry[];
  try {
    entries = loadRuleFile(file, Ledger).splits;
  } catch (e) {
    throw new SplitLedgerError((e as Error).message);
  }
  const ledger = new Map<Split, LedgerEntry>();
  for (const entry of entries) {
    if (ledger.has(entry.split)) throw new SplitLedgerError(`${file}: split "${entry.split}" is listed twice`);
    ledger.set(entry.split, entry);
  }
  return ledger;
}

/** The sealed splits of a ledger, in the order SPLITS names them. */
export function sealedSplits(ledger: Map<Split, LedgerEntry>): Split[] {
  return SPLITS.filter((s) => ledger.get(s)?.status === 'sealed');
}
