import { createHash } from 'node:crypto';

/** A document's id is stable across re-ingestion: derived from its source's identity and its part number,
 * so human labels and links keep pointing at the same document after a rule change. */
export function documentId(sourceKey: string, part: number): string {
  return createHash('sha256').update(`${sourceKey}#${part}`).digest('hex').slice(0, 12);
}
