import { Option } from 'commander';
import { ChecklistError, type ChecklistItem, DEFAULT_CHECKLIST, loadChecklist } from '../store/checklist.ts';
import { UsageError } from './common.ts';

/** --checklist FILE, defaulting to the bundled checklist. --help names it by its file name: its absolute path
 * would differ between a checkout's src/ and the build's dist/ (and say nothing useful to a user). */
export function checklistFileOption(description: string): Option {
  return new Option('--checklist <file>', description).default(DEFAULT_CHECKLIST, 'the bundled checklist.json');
}

/** The checklist named by --checklist; a missing or malformed file is a usage error (exit 2). */
export function checklistOption(path: string): ChecklistItem[] {
  try {
    return loadChecklist(path);
  } catch (e) {
    if (e instanceof ChecklistError) throw new UsageError(e.message);
    throw e;
  }
}
