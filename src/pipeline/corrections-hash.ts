// The hash a source is processed under with its human corrections (gonghui correct import): a source is redone
// when its corrections change, as when its pipeline or its site's template does, and skipped while they stay.
import { createHash } from 'node:crypto';
import type { MetadataCorrection } from '../model/items.ts';

/** The hash changed by the corrections (everything that reaches the output: part, field, value, the text they were
 * made for, and the coder, note and file the provenance note names); the hash itself when there are none. */
export function correctionsHash(hash: string, corrections: readonly MetadataCorrection[]): string {
  if (corrections.length === 0) return hash;
  const h = createHash('sha256').update(hash);
  for (const c of corrections)
    h.update(
      `\ncorrection\u0000${JSON.stringify([c.part, c.field, c.value, c.textSha256, c.coder, c.note, c.sourceFile])}`,
    );
  return h.digest('hex');
}
