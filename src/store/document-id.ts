import { createHash } from 'node:crypto';

/** A document's id is stable across re-ingestion, folders and machines: derived from its source's identity
 * (`sha256:<hex>` of a file's bytes, or the URL) and its part number, so human labels and links keep pointing
 * at the same document after a rule change, a moved corpus or a fresh clone. */
export function documentId(sourceKey: string, part: number): string {
  return createHash('sha256').update(`${sourceKey}#${part}`).digest('hex').slice(0, 12);
}
