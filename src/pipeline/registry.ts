// Every stage a pipeline file may name. Adding a stage means adding it here and to a pipeline file.
import { classifyStage } from '../stages/classify/classify-stage.ts';
import { activitiesStage } from '../stages/activities/activities-stage.ts';
import { toSimplifiedStage } from '../stages/convert/to-simplified.ts';
import { normalizeWhitespaceStage } from '../stages/clean/normalize-whitespace.ts';
import { siteTemplateStage } from '../stages/clean/site-template-stage.ts';
import { boilerplateStage } from '../stages/clean/boilerplate-stage.ts';
import { chromeLinesStage } from '../stages/clean/chrome-lines-stage.ts';
import { mojibakeStage } from '../stages/clean/mojibake-stage.ts';
import { pageBreaksStage } from '../stages/clean/page-breaks-stage.ts';
import { pinyinStage } from '../stages/clean/pinyin-stage.ts';
import { reparagraphStage } from '../stages/clean/reparagraph-stage.ts';
import { decodeStage } from '../stages/decode/decode-stage.ts';
import { extractStage } from '../stages/extract/extract-stage.ts';
import { metadataStage } from '../stages/metadata/metadata-stage.ts';
import { fingerprintStage } from '../stages/split/fingerprint.ts';
import { splitCompilationsStage } from '../stages/split/split-stage.ts';
import { paragraphsStage } from '../stages/segment/paragraphs-stage.ts';
import { wordsStage } from '../stages/segment/words-stage.ts';
import type { AnyStage } from '../model/stage.ts';

export const STAGES: readonly AnyStage[] = [
  decodeStage,
  extractStage,
  normalizeWhitespaceStage,
  siteTemplateStage,
  mojibakeStage,
  pinyinStage,
  toSimplifiedStage,
  boilerplateStage,
  chromeLinesStage,
  pageBreaksStage,
  reparagraphStage,
  splitCompilationsStage,
  metadataStage,
  fingerprintStage,
  paragraphsStage,
  wordsStage,
  classifyStage,
  activitiesStage,
] as AnyStage[];

export function findStage(name: string): AnyStage | undefined {
  return STAGES.find((s) => s.name === name);
}
