// A document's activities as the pipeline finds them: paragraphs first (the activities stage reads them), then
// the activities stage with the metadata the document would have (its year, its kind).
import { activitiesStage } from '../../src/stages/activities/activities-stage.ts';
import type { ActivityDraft, DocumentDraft } from '../../src/model/items.ts';
import { paragraphsStage } from '../../src/stages/segment/paragraphs-stage.ts';
import { documentFromText, runDocumentStage } from './run-stage.ts';

export function activitiesOf(text: string, meta: Partial<DocumentDraft['meta']>): ActivityDraft[] {
  const base = runDocumentStage(paragraphsStage, documentFromText(text)).output;
  return runDocumentStage(activitiesStage, { ...base, meta: { ...base.meta, ...meta } }).output.activities;
}
