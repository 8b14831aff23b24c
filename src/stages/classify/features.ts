// What the classifier sees of a paragraph: its content words (jieba tokens minus stopwords), the codebook
// cues it contains (lexicon), and the same for the section headings it sits under ("三、维护教工权益…"
// lends 维权 to its sub-paragraphs). Training and labelling call the same function, so they never disagree.
import type { Lexicon, LexiconMatch } from './lexicon.ts';
import { splitTopicClause } from './topic-clause.ts';

export interface FeatureOptions {
  /** Lexicon features of the paragraph: per function label, per lexicon entry, both, or none. */
  lexicon: 'label' | 'entry' | 'both' | 'none';
  /** Content words of the nearest heading as features of their own (h:word). */
  headingWords: boolean;
  /** Lexicon labels found in the nearest heading (H:label) and in the outer headings (O:label). */
  headingLexicon: boolean;
  /** Words seen in fewer training paragraphs than this are dropped from the model. */
  minDocumentFrequency: number;
  /**
   * Drops a word feature when every occurrence of the word lies inside a term of a masking lexicon entry
   * (masks: true): the term decides. "师德建设" is a 教育 cue and its 建设 must not count for 建设;
   * "学习《工会法》" is law study and its 工会 is not union-building. Off in models trained before it existed.
   */
  maskLexiconWords?: boolean;
  /**
   * Where the paragraph's cues stand (topic-clause.ts): T:label for a function cued in the topic clause (the first
   * clause, after the numbering), A:label for one cued only after it. Off in models trained before it existed.
   */
  topicClause?: boolean;
  /**
   * Character bigrams of the paragraph's Han text (c:XY), outside masking terms like its words. jieba cuts the same
   * idea into words the training paragraphs never used (组织与制度建设, 趣味游戏, 红旗手); its characters still
   * pair as they did there. Scored by a naive Bayes of their own, which the calibration weighs only for the
   * functions it was trained to (train-model.ts BIGRAM_LABELS). Off in models trained before it existed.
   */
  charBigrams?: boolean;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  lexicon: 'both',
  headingWords: true,
  headingLexicon: true,
  minDocumentFrequency: 2,
  maskLexiconWords: true,
  topicClause: true,
  charBigrams: true,
};

export interface ParagraphInput {
  text: string;
  /** jieba tokens of the text (segment.words); computed with `tokenize` when absent. */
  tokens?: string[];
  /** Enclosing headings, outermost first. */
  headings: string[];
}

export interface ParagraphFeatures {
  /** Distinct feature names. */
  names: string[];
  /** Feature name → what a person should be shown for it (the terms, or the heading it came from). Word
   * features ("w:送温暖") are shown as the word itself and have no entry. */
  evidence: Map<string, string[]>;
}

export type Tokenize = (text: string) => string[];

/**
 * A codebook cue: a lexicon feature of the paragraph (L:, E:) or of its headings (H:, O:), as opposed to a word
 * (w:, h:) or a character bigram (c:). The calibration weighs each function's strongest cue on its own, so a short heading with one clear
 * cue is not outweighed by its few words.
 */
export function isCueFeature(name: string): boolean {
  const kind = name.charCodeAt(0);
  return kind !== 0x77 /* w */ && kind !== 0x68 /* h */ && kind !== 0x63; /* c */
}

/** A character-bigram feature (c:XY): summed apart from the words and cues (its own naive-Bayes log-odds). */
export function isBigramFeature(name: string): boolean {
  return name.charCodeAt(0) === 0x63 /* c */ && name.charCodeAt(1) === 0x3a; /* : */
}

/** The distinct pairs of adjacent CJK unified ideographs of a text, in order of first occurrence. */
export function hanBigrams(text: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (a >= 0x4e00 && a <= 0x9fff && b >= 0x4e00 && b <= 0x9fff) out.add(text.slice(i, i + 2));
  }
  return [...out];
}

const HAN = /\p{Script=Han}/u;

/** Holds a Han character. Most tokens start with a CJK unified ideograph, so the regex is asked about the rest. */
function hasHan(token: string): boolean {
  const c = token.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || HAN.test(token);
}

/** What a heading contributes, worked out once per distinct heading (feature names and evidence included). */
interface HeadingFeatures {
  /** h:word, H:label and O:label names, and how the heading is shown as evidence. */
  wordNames: string[];
  nearestLabelNames: string[];
  outerLabelNames: string[];
  shown: string;
}

/** Adds a feature shown as `shown` (its terms, or a heading), or one more way it was seen. */
function addWithEvidence(features: ParagraphFeatures, name: string, shown: string): void {
  const terms = features.evidence.get(name);
  if (terms) {
    if (!terms.includes(shown)) terms.push(shown);
    return;
  }
  features.evidence.set(name, [shown]);
  features.names.push(name);
}

/** The text with every matched lexicon term cut out (a separator in its place, so no word spans a cut). */
function outsideTerms(text: string, matches: LexiconMatch[]): string {
  let out = '';
  let from = 0;
  for (const m of matches) {
    const at = text.indexOf(m.term, from);
    if (at < 0) continue;
    out += text.slice(from, at) + '|';
    from = at + m.term.length;
  }
  return out + text.slice(from);
}

export class FeatureExtractor {
  private readonly headingCache = new Map<string, HeadingFeatures>();

  constructor(
    private readonly lexicon: Lexicon,
    private readonly stopwords: ReadonlySet<string>,
    private readonly tokenize: Tokenize,
    readonly options: FeatureOptions,
  ) {}

  /** Content words: Han-script tokens of two or more characters that are not stopwords. */
  contentWords(tokens: string[]): string[] {
    const out: string[] = [];
    for (const t of tokens) if (t.length >= 2 && hasHan(t) && !this.stopwords.has(t)) out.push(t);
    return out;
  }

  private lexiconLabels(matches: LexiconMatch[]): Map<string, string[]> {
    const byLabel = new Map<string, string[]>();
    for (const m of matches) {
      const terms = byLabel.get(m.entry.label) ?? [];
      if (!terms.includes(m.term)) terms.push(m.term);
      byLabel.set(m.entry.label, terms);
    }
    return byLabel;
  }

  private heading(text: string): HeadingFeatures {
    let h = this.headingCache.get(text);
    if (!h) {
      // Headings repeat down a whole section: segment and match each once.
      if (this.headingCache.size > 2000) this.headingCache.clear();
      // Cached under its own copy: a paragraph's text is a slice of its document's, and a cached slice
      // keeps the whole document alive (2,000 of them per worker).
      const own = Buffer.from(text, 'utf16le').toString('utf16le');
      const words = this.contentWords(this.tokenize(own));
      const labels = this.lexiconLabels(this.lexicon.match(own));
      h = {
        wordNames: words.map((w) => `h:${w}`),
        nearestLabelNames: [...labels.keys()].map((l) => `H:${l}`),
        outerLabelNames: [...labels.keys()].map((l) => `O:${l}`),
        shown: `heading「${own}」`,
      };
      this.headingCache.set(own, h);
    }
    return h;
  }

  /**
   * T:label for each function cued in the topic clause; when the topic clause names a function, A:label for each
   * other function cued only after it (topic-clause.ts). Nothing for a single-clause paragraph: its L: features say
   * it all.
   */
  private addTopicCues(features: ParagraphFeatures, text: string, matches: LexiconMatch[]): void {
    if (matches.length === 0) return;
    const split = splitTopicClause(text);
    if (!split) return;
    const inTopic = this.lexiconLabels(this.lexicon.match(split.topic));
    const shown = `topic「${split.topic}」`;
    const topicLabels = [...inTopic.keys()].filter((l) => l !== 'generic');
    for (const label of topicLabels) addWithEvidence(features, `T:${label}`, shown);
    // A cue after a topic clause that names no function is the paragraph's only evidence, not an aside.
    if (topicLabels.length === 0) return;
    for (const m of matches) {
      if (m.entry.label === 'generic' || inTopic.has(m.entry.label)) continue;
      addWithEvidence(features, `A:${m.entry.label}`, m.term);
    }
  }

  extract(input: ParagraphInput): ParagraphFeatures {
    const features: ParagraphFeatures = { names: [], evidence: new Map() };
    const { names } = features;
    // Words are most of the features: no evidence entry (they are shown as themselves), one Set for repeats.
    const seen = new Set<string>();
    const { lexicon } = this.options;
    const matches = lexicon !== 'none' || this.options.maskLexiconWords ? this.lexicon.match(input.text) : [];
    // The text outside every lexicon term: a word that occurs only inside terms is left to the terms.
    const masking = this.options.maskLexiconWords ? matches.filter((m) => m.entry.masks) : [];
    const outside = masking.length > 0 ? outsideTerms(input.text, masking) : null;
    for (const w of this.contentWords(input.tokens ?? this.tokenize(input.text))) {
      if (outside !== null && !outside.includes(w)) continue;
      const name = `w:${w}`;
      if (!seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
    }

    // Bigrams of the same text the words come from: inside a masking term (师德建设) its term decides.
    if (this.options.charBigrams) for (const b of hanBigrams(outside ?? input.text)) names.push(`c:${b}`);

    if (lexicon !== 'none') {
      // One L:label per label in order of first match, its distinct terms as evidence.
      if (lexicon === 'label' || lexicon === 'both')
        for (const m of matches) addWithEvidence(features, `L:${m.entry.label}`, m.term);
      if (lexicon === 'entry' || lexicon === 'both')
        for (const m of matches) addWithEvidence(features, `E:${m.entry.id}`, m.term);
    }

    if (this.options.topicClause && lexicon !== 'none') this.addTopicCues(features, input.text, matches);

    const { headings } = input;
    if (headings.length > 0) {
      const h = this.heading(headings[headings.length - 1]!);
      if (this.options.headingWords) for (const name of h.wordNames) addWithEvidence(features, name, h.shown);
      if (this.options.headingLexicon) {
        for (const name of h.nearestLabelNames) addWithEvidence(features, name, h.shown);
        for (let i = 0; i < headings.length - 1; i++) {
          const outer = this.heading(headings[i]!);
          for (const name of outer.outerLabelNames) addWithEvidence(features, name, outer.shown);
        }
      }
    }
    return features;
  }
}
