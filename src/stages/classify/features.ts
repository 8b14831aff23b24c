// What the classifier sees of a paragraph: its content words (jieba tokens minus stopwords), the codebook
// cues it contains (lexicon), and the same for the section headings it sits under ("三、维护教工权益…"
// lends 维权 to its sub-paragraphs). Training and labelling call the same function, so they never disagree.
import type { Lexicon, LexiconMatch } from './lexicon.ts';

export interface FeatureOptions {
  /** Lexicon features of the paragraph: per function label, per lexicon entry, both, or none. */
  lexicon: 'label' | 'entry' | 'both' | 'none';
  /** Content words of the nearest heading as features of their own (h:word). */
  headingWords: boolean;
  /** Lexicon labels found in the nearest heading (H:label) and in the outer headings (O:label). */
  headingLexicon: boolean;
  /** Words seen in fewer training paragraphs than this are dropped from the model. */
  minDocumentFrequency: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { lexicon: 'label', headingWords: true, headingLexicon: true, minDocumentFrequency: 2 };

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

const HAN = /\p{Script=Han}/u;

export class FeatureExtractor {
  private readonly headingCache = new Map<string, { words: string[]; labels: Map<string, string[]> }>();

  constructor(
    private readonly lexicon: Lexicon,
    private readonly stopwords: ReadonlySet<string>,
    private readonly tokenize: Tokenize,
    readonly options: FeatureOptions,
  ) {}

  /** Content words: Han-script tokens of two or more characters that are not stopwords. */
  contentWords(tokens: string[]): string[] {
    const out: string[] = [];
    for (const t of tokens) if (t.length >= 2 && HAN.test(t) && !this.stopwords.has(t)) out.push(t);
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

  private heading(text: string): { words: string[]; labels: Map<string, string[]> } {
    let h = this.headingCache.get(text);
    if (!h) {
      // Headings repeat down a whole section: segment and match each once.
      if (this.headingCache.size > 2000) this.headingCache.clear();
      h = { words: this.contentWords(this.tokenize(text)), labels: this.lexiconLabels(this.lexicon.match(text)) };
      this.headingCache.set(text, h);
    }
    return h;
  }

  extract(input: ParagraphInput): ParagraphFeatures {
    const names: string[] = [];
    const seen = new Set<string>();
    const evidence = new Map<string, string[]>();
    const add = (name: string, shown: string) => {
      const terms = evidence.get(name);
      if (terms) {
        if (!terms.includes(shown)) terms.push(shown);
        return;
      }
      evidence.set(name, [shown]);
      names.push(name);
    };
    // Words are most of the features: no evidence entry (they are shown as themselves), one Set for repeats.
    for (const w of this.contentWords(input.tokens ?? this.tokenize(input.text))) {
      const name = `w:${w}`;
      if (!seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
    }

    const { lexicon } = this.options;
    if (lexicon !== 'none') {
      const matches = this.lexicon.match(input.text);
      if (lexicon === 'label' || lexicon === 'both') {
        for (const [label, terms] of this.lexiconLabels(matches)) for (const t of terms) add(`L:${label}`, t);
      }
      if (lexicon === 'entry' || lexicon === 'both') {
        for (const m of matches) add(`E:${m.entry.id}`, m.term);
      }
    }

    const nearest = input.headings.at(-1);
    if (nearest !== undefined) {
      const h = this.heading(nearest);
      const shown = `heading「${nearest}」`;
      if (this.options.headingWords) for (const w of h.words) add(`h:${w}`, shown);
      if (this.options.headingLexicon) {
        for (const label of h.labels.keys()) add(`H:${label}`, shown);
        for (const outer of input.headings.slice(0, -1)) {
          for (const label of this.heading(outer).labels.keys()) add(`O:${label}`, `heading「${outer}」`);
        }
      }
    }
    return { names, evidence };
  }
}
