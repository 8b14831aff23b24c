// A ready-to-use paragraph classifier: the trained model plus the exact feature extraction it was trained
// with (lexicon, stopwords, jieba). Built once per process or worker; classifying is pure.
import type { FunctionLabel } from '../../model/items.ts';
import { cutWords } from '../segment/jieba.ts';
import { loadStopwords } from '../segment/stopwords.ts';
import { labelDrop, labelDropBeforeReport, labelDropLabels, type LabelDropRule } from './label-drop.ts';
import { effectClosing } from './effect-closing.ts';
import { FeatureExtractor, type ParagraphInput } from './features.ts';
import { loadLexicon } from './lexicon.ts';
import { type Classification, DEFAULT_MODEL, type FunctionModel, loadModel } from './model.ts';
import { meetingReport, meetingReportLabels } from './meeting-report.ts';
import { labelParagraph } from './sentence-labels.ts';

export interface ClassifierOptions {
  model?: string;
  lexicon?: string;
  stopwords?: string;
  userDict?: string;
}

export class ParagraphClassifier {
  private readonly extractor: FeatureExtractor;

  constructor(
    readonly model: FunctionModel,
    extractor: FeatureExtractor,
  ) {
    this.extractor = extractor;
  }

  static load(options: ClassifierOptions = {}): ParagraphClassifier {
    const model = loadModel(options.model ?? DEFAULT_MODEL);
    const lexicon = loadLexicon(options.lexicon);
    const stopwords = loadStopwords(options.stopwords);
    const userDict = options.userDict;
    const extractor = new FeatureExtractor(
      lexicon,
      stopwords,
      (text) => cutWords(text, userDict),
      model.featureOptions,
    );
    return new ParagraphClassifier(model, extractor);
  }

  classify(input: ParagraphInput): Classification {
    const result = labelParagraph(this.model, this.extractor, input);
    // A closing evaluation (此次活动丰富了…) names no work: the codebook codes it none (effect-closing.ts). Its
    // scores stay, so `gonghui explain` still shows what the model made of it.
    if (result.labels.length > 0 && effectClosing(input.text)) return { ...result, labels: [], reasons: {} };
    // A line that only says who chairs, hosts, organises or attends an event told elsewhere carries no function
    // (label-drop.json host-attendance-only, attendance-field-line), even when it names the session it attends.
    const bare = labelDropBeforeReport(input.text);
    if (bare) return withoutDropped(result, bare);
    // Who made which report decides a meeting report's function (meeting-report.ts): the head's work report to the
    // congress is 参与, the union's own report or review of its work 建设.
    const report = meetingReport(input.text);
    if (report) {
      const labels = meetingReportLabels(input.text, result.labels, report);
      const reasons = Object.fromEntries(
        labels.map((l) => [l, result.reasons[l] ?? [`report: ${report.entry.id}`]]),
      ) as Classification['reasons'];
      return { ...result, labels, reasons };
    }
    // Labels the words give that the paragraph's shape denies (label-drop.ts): a care event with no cultural or
    // sport activity is 维权 without 教育; a staff congress's own business is 参与 without 建设.
    const drop = labelDrop(input.text, result.labels);
    if (drop) return withoutDropped(result, drop);
    return result;
  }

  /** The per-label thresholds, for display. */
  thresholds(): Record<FunctionLabel, number> {
    return Object.fromEntries(this.model.labels.map((l, k) => [l, this.model.thresholds[k]!])) as Record<
      FunctionLabel,
      number
    >;
  }
}

/** The classification without the labels a label-drop rule denies, each kept label with its reasons. */
function withoutDropped(result: Classification, rule: LabelDropRule): Classification {
  const labels = labelDropLabels(result.labels, rule);
  const reasons = Object.fromEntries(labels.map((l) => [l, result.reasons[l]])) as Classification['reasons'];
  return { ...result, labels, reasons };
}

let shared: ParagraphClassifier | null = null;

/**
 * Labels a short text (an activity item, a heading) with the bundled model. For issue 7 (activities) and
 * ad-hoc use: the model is loaded on first call, once per process or worker.
 */
export function classifyText(text: string, heading?: string | null): Classification {
  shared ??= ParagraphClassifier.load();
  return shared.classify({ text, headings: heading ? [heading] : [] });
}
