// Human corrections of a document's metadata (gonghui correct import), applied after the stage's own readers:
// each correction of this document's part whose recorded text hash is still the text's sets its field, with a
// note saying what the reader had and who corrected it. A correction made for another text (the source was
// re-split or cleaned differently since) is not applied: a warning note says so instead.
import { documentTextSha256 } from '../../model/document-text.ts';
import {
  CORRECTION_RULE,
  type CorrectionValue,
  type DocumentDraft,
  type DocumentMeta,
  type MetadataCorrection,
} from '../../model/items.ts';
import type { StageContext } from '../../model/stage.ts';

const shown = (value: CorrectionValue): string => (value === null ? '(none)' : String(value));

/** Who corrected it, from which file, and why ("coder 王, corrections.csv: 落款是东湖小学工会"). */
function provenance(c: MetadataCorrection): string {
  return `${c.coder ? `coder ${c.coder}, ` : ''}${c.sourceFile}${c.note ? `: ${c.note}` : ''}`;
}

/** The years a school year ("2015-2016") spans. */
const schoolYearYears = (schoolYear: string): number[] => (schoolYear.match(/(?:19|20)\d{2}/g) ?? []).map(Number);

/** The title and meta with this document's corrections applied; notes for each, applied or not. */
export function applyCorrections(
  doc: DocumentDraft,
  title: string | null,
  meta: DocumentMeta,
  ctx: StageContext,
): { title: string | null; meta: DocumentMeta } {
  const mine = (doc.corrections ?? []).filter((c) => c.part === doc.part);
  if (mine.length === 0) return { title, meta };
  const sha = documentTextSha256(doc.text);
  let out = { ...meta };
  let outTitle = title;
  for (const c of mine) {
    if (c.textSha256 !== sha) {
      ctx.note({
        rule: CORRECTION_RULE,
        level: 'warn',
        reason: `${c.field} correction not applied (${provenance(c)}): it was made for another text of this document (re-split or cleaned differently since); check it and import it again`,
        after: shown(c.value),
      });
      continue;
    }
    let before: CorrectionValue;
    let also = '';
    switch (c.field) {
      case 'title':
        before = outTitle;
        outTitle = c.value as string | null;
        break;
      case 'org':
        before = out.org;
        out = { ...out, org: c.value as string | null, orgAnonymised: c.value === null ? out.orgAnonymised : false };
        break;
      case 'year': {
        before = out.year ?? out.schoolYear;
        const year = c.value as number | null;
        // A school year the corrected year is not in is no longer the document's (activities read months by it).
        const keepSchoolYear =
          out.schoolYear !== null && year !== null && schoolYearYears(out.schoolYear).includes(year);
        if (out.schoolYear !== null && !keepSchoolYear) also = `; the school year ${out.schoolYear} read is dropped`;
        out = { ...out, year, schoolYear: keepSchoolYear ? out.schoolYear : null };
        break;
      }
      case 'kind':
        before = out.kind;
        out = { ...out, kind: c.value as DocumentMeta['kind'] };
        break;
      case 'on_topic':
        before = out.onTopic;
        out = { ...out, onTopic: c.value as boolean };
        break;
    }
    ctx.note({
      rule: CORRECTION_RULE,
      reason: `${c.field} set by a human correction (${provenance(c)}); the reader had ${shown(before)}${also}`,
      before: shown(before),
      after: shown(c.value),
    });
  }
  return { title: outTitle, meta: out };
}
