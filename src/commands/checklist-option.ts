import { ChecklistError, type ChecklistItem, loadChecklist } from '../store/checklist.ts';
import { UsageError } from './common.ts';

/** The checklist named by --checklist; a missing or malformed file is a usage error (exit 2). */
export function checklistOption(path: string): ChecklistItem[] {
  try {
    return loadChecklist(path);
  } catch (e) {
    if (e instanceof ChecklistError) throw new UsageError(e.message);
    throw e;
  }
}
