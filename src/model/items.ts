// What flows between stages. A source is one thing we read or fetched; after the split stage it becomes
// one or more documents. Stages fill these fields in; the store writes them out.

export const FUNCTION_LABELS = ['维权', '参与', '建设', '教育'] as const;
export type FunctionLabel = (typeof FUNCTION_LABELS)[number];

export type DocumentKind = 'plan' | 'summary' | 'other';

export interface SourceRef {
  /** Identity of the source across runs and machines: `sha256:<hex of the bytes>` for a file once read (the
   * absolute path before that, and for a file that could not be read), the URL for web pages. */
  key: string;
  /** The file name or URL exactly as the user gave it (what exports show). */
  given: string;
  kind: 'file' | 'url';
  /** Where it was seen this time (absolute path or URL), when that differs from the key: the store keeps every
   * location of a source (source_locations). */
  location?: string;
}

/** One fetched or read page of a source; multi-page documents have several. */
export interface PageDraft {
  url: string | null;
  bytes: Uint8Array;
  /** Charset the server declared in its Content-Type header, when there was one. */
  declaredCharset: string | null;
  /** 'html' or 'text', from the file extension or the Content-Type. */
  format: 'html' | 'text';
  /** Filled by decode. */
  charset: string | null;
  text: string;
  /** How the page was fetched (retries, redirects, robots.txt, served from the archive, pagination): the
   * runner records these as notes of the stage "acquire" (issue 4). */
  fetchNotes?: Array<{ rule: string; reason: string; level?: 'info' | 'warn' }>;
}

export interface SourceDraft {
  source: SourceRef;
  pages: PageDraft[];
  /** The working text: set by extract, rewritten by the clean and convert stages. */
  text: string;
  /** Page title or first heading, when the page had one. */
  title: string | null;
  /** A publish date shown on the page (never used as the document's own year). */
  publishedAt: string | null;
  /** A news page's dateline and credit, read from the lines clean.boilerplate removed as chrome. */
  newsLines?: NewsLines | null;
  /** The year a 范文 site's intro above the text names for what follows (下面是小编整理的2023…计划), read from
   * the line clean.boilerplate removed: the compilation's year, for documents that state none. */
  introYear?: number | null;
  /** The kind a 范文 site's intro above the text says the page holds (下面是小编整理的…工作计划 → plan), read from
   * the line clean.boilerplate removed: the kind of its parts that give none of their own. */
  introKind?: 'plan' | 'summary' | null;
  /** The line right above the first publication line clean.boilerplate removed (发布时间:…, 来源:… 作者:…): a news
   * page's headline stands there, which the splitter may no longer see as one once the line under it is gone. */
  lineOverPublication?: string | null;
  /** A headline the page printed twice or more above the text, of which clean.chrome-lines kept the copy next to
   * the text: the splitter may read it as the title whatever word it ends in. */
  headlinePrintedTwice?: string | null;
  /** A headline the page printed twice or more above the text, every copy of which cleaning removed (as a column's
   * name repeated, or as chrome by its shape): the splitter may name an untitled page's one document by it. */
  headlineRemoved?: string | null;
  /** The template learned for the source's site over the batch (lines its other pages carry too), which
   * clean.site-template removes; absent when the batch held too few pages of the site. */
  siteTemplate?: SiteTemplate | null;
  /** Human corrections of its documents' metadata (gonghui correct import), handed in by the runner: the
   * metadata stage applies each to the document of its part whose text is still the corrected one. */
  corrections?: MetadataCorrection[] | null;
}

/** The document fields a human may correct (gonghui correct import). */
export const CORRECTION_FIELDS = ['title', 'org', 'year', 'kind', 'on_topic'] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

/** A field's corrected value: text for title and org, a year, a kind, on-topic or not; null clears title, org, year. */
export type CorrectionValue = string | number | boolean | null;

/** The rule of the metadata stage's note on a human correction; its reason starts with the field's name. */
export const CORRECTION_RULE = 'human-correction';

/** One human correction of a document's metadata, as the store keeps it and the metadata stage applies it. */
export interface MetadataCorrection {
  /** The document's part in its source (document ids are the source key and the part). */
  part: number;
  field: CorrectionField;
  value: CorrectionValue;
  /** documentTextSha256 of the document's text when it was corrected: a document re-split since is not given
   * another's metadata. */
  textSha256: string;
  coder: string | null;
  note: string | null;
  /** The CSV it was imported from. */
  sourceFile: string;
}

/** A site's template lines, learned over several of its pages (stages/clean/site-template.ts). */
export interface SiteTemplate {
  /** The site: a URL's host, or the folder a file was read from. */
  site: string;
  /** Pages of the site in the batch the template was learned from. */
  pages: number;
  /** Each line in its compared form (trimmed, space runs as one), with the number of pages that carried it. */
  lines: Array<{ text: string; pages: number }>;
}

/** What a news page's dateline (本报讯, 某某周报3月9日某地讯) and credit ((某某工会供稿)) said: they go as site
 * chrome, yet they are the evidence that the text is a news report and of the unit that wrote it. */
export interface NewsLines {
  dateline: string | null;
  credit: string | null;
}

export interface DocumentMeta {
  org: string | null;
  orgAnonymised: boolean;
  year: number | null;
  schoolYear: string | null;
  kind: DocumentKind;
  period: string | null;
  onTopic: boolean;
}

/** What kind of structure line a paragraph is (see ParagraphDraft.structure). */
export const STRUCTURE_KINDS = ['title', 'month-header', 'date', 'signature', 'generic-heading', 'field'] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];

export interface ParagraphDraft {
  index: number;
  text: string;
  /** Word tokens (jieba) used for full-text search and classification. */
  tokens: string[];
  /** The section heading this paragraph sits under, if any (the innermost one). */
  heading: string | null;
  /** All enclosing section headings, outermost first ("三、…", "（一）…"); [] at top level. Filled by
   * segment.paragraphs (issue 6); optional so older drafts stay valid. */
  headings?: string[];
  /** True when the paragraph is itself a section heading ("三、维护教工权益"). Filled by segment.paragraphs. */
  isHeading?: boolean;
  /** Set when the paragraph is the document's structure, not its content (a month header, a bare date, the
   * sign-off, the title, a generic section title such as "二、主要工作"): classify gives it no labels and the
   * function shares leave it out. Null or absent for content. Filled by segment.paragraphs (issue 16). */
  structure?: StructureKind | null;
  labels: FunctionLabel[];
  scores: Partial<Record<FunctionLabel, number>>;
  /** Per label, the terms or heading that drove it. */
  reasons: Partial<Record<FunctionLabel, string[]>>;
}

/**
 * How an activity's month is known: `stated` (written: "三月份", "5月21日"), `festival` (a fixed-date festival
 * dates it: 三八 → 3, 教师节 → 9), `week` (a teaching week of a term calendar), `order` (a blanked schedule's
 * order and anchors).
 */
export type MonthBasis = 'stated' | 'festival' | 'week' | 'order';

/** The bases that are readings rather than facts of the text: these set `monthInferred`. */
export function isInferredBasis(basis: MonthBasis | null): boolean {
  return basis === 'week' || basis === 'order';
}

export interface ActivityDraft {
  paragraphIndex: number | null;
  /** Character span of the item inside its paragraph. */
  span: [number, number] | null;
  month: number | null;
  /** Last month of a span such as "七、八月份"; null for single months. */
  monthEnd: number | null;
  /** Day of the month where the item states it ("13日，…", "3月8日上午"); null otherwise and for spans. */
  day: number | null;
  /** How the month is known (null when there is no month); see MonthBasis. */
  basis: MonthBasis | null;
  /** True only when basis is 'week' or 'order' (the month is a reading, not written or fixed by a festival). */
  monthInferred: boolean;
  confidence: number | null;
  year: number | null;
  /** A named period with no single month (寒假, 暑假, 学期初, 期末). */
  period: string | null;
  text: string;
  category: string;
  functions: FunctionLabel[];
  source: 'schedule' | 'narrative';
  /** Why this month and year (issue 7): "stated in the header", or the anchors and order that inferred it. */
  evidence: string | null;
}

/** MinHash signature of a document's character shingles (issue 5: split.fingerprint fills it; the store
 * compares it with stored documents to find near-duplicates). */
export interface DocumentFingerprint {
  /** One 32-bit minimum per hash function. */
  minhash: number[];
  /** Number of distinct shingles, for turning Jaccard estimates into containment. */
  shingles: number;
}

export interface DocumentDraft {
  sourceKey: string;
  /** 1-based order within its source. */
  part: number;
  title: string | null;
  /** The compilation title it was filed under when it gives no title of its own (…计划(精选5篇) over an untitled
   * part): evidence of its kind, unit and period, never its title. */
  heading?: string | null;
  text: string;
  meta: DocumentMeta;
  paragraphs: ParagraphDraft[];
  activities: ActivityDraft[];
  /** Near-duplicate fingerprint (issue 5); null until split.fingerprint runs or for texts too short to compare. */
  fingerprint?: DocumentFingerprint | null;
  /** The page's news dateline and credit, when the page is this one document (split.compilations). */
  newsLines?: NewsLines | null;
  /** The kind the page's 范文 intro says it holds (split.compilations): this document's when it gives none. */
  introKind?: 'plan' | 'summary' | null;
  /** Its source's human corrections (every part's), handed on after the split for the metadata stage; the
   * runner drops them before the document is stored. */
  corrections?: MetadataCorrection[] | null;
}

export function emptyMeta(): DocumentMeta {
  return { org: null, orgAnonymised: false, year: null, schoolYear: null, kind: 'other', period: null, onTopic: true };
}

export function newDocument(sourceKey: string, part: number, text: string, title: string | null = null): DocumentDraft {
  return { sourceKey, part, title, text, meta: emptyMeta(), paragraphs: [], activities: [], fingerprint: null };
}
