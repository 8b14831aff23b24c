// One page's gold against what the pipeline made of it: which gold documents came out whole, which chrome
// survived and which body lines were lost, metadata field by field, activities and paragraph labels. Counts
// only; summing pages into figures is figures.ts's job.
import { readMarker } from '../../lexicon/layout/markers.ts';
import type { FunctionLabel, MonthBasis } from '../../model/items.ts';
import { comparable } from './comparable-text.ts';
import type { GoldActivity, GoldPage } from './gold.ts';
import type { OutputActivity, OutputDocument } from '../../store/run-outputs.ts';
import type { PageOutput } from './run-pages.ts';

export const METADATA_FIELDS = [
  'title',
  'year',
  'school_year',
  'kind',
  'org',
  'org_anonymised',
  'on_topic',
  'duplicate_of',
] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

export type Basis = MonthBasis;

export interface DocumentVerdict {
  /** 0-based gold index. */
  gold: number;
  title: string | null;
  /** Part number of the output document it came out as, when found whole. */
  part: number | null;
  /** Why not whole: keys not found, spread over documents, or sharing a document with another gold one. */
  problem: string | null;
}

export interface FieldCheck {
  field: MetadataField;
  gold: number;
  want: unknown;
  got: unknown;
  right: boolean;
}

export interface ActivityCheck {
  item: GoldActivity;
  /** The output activity whose text holds the key (null: missed). */
  got: OutputActivity | null;
  monthRight: boolean;
  yearRight: boolean | null;
  basisRight: boolean | null;
}

export interface LabelCheck {
  key: string;
  want: FunctionLabel[];
  got: FunctionLabel[] | null;
}

export interface PageScore {
  id: string;
  site: string;
  split: GoldPage['split'];
  /** No page file in the pages directory: not scored, only counted. */
  missing: boolean;
  errors: string[];
  outputDocuments: number;
  documents: DocumentVerdict[];
  chromeSurvived: string[];
  chromeTotal: number;
  bodyLost: string[];
  bodyTotal: number;
  fields: FieldCheck[];
  activitiesComplete: boolean;
  activities: ActivityCheck[];
  /** Output activities of this page (precision counts them only when the gold list is complete). */
  outputActivities: number;
  /** Output activities no gold key lies in (listed only for complete gold lists). */
  spurious: OutputActivity[];
  labels: LabelCheck[];
}

const ORG_SUFFIX = /(工会委员会|工会|委员会)$/u;

/** The short form's characters, in order, start the long form's and lie within it (首经贸 in 首都经济贸易大学). */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short[0] !== long[0]) return false;
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * Same unit: equal after dropping a trailing 工会/工会委员会/委员会, or one holds the other and the shorter has ≥ 4
 * characters — or, given the document's text, both forms are the text's own and the shorter abbreviates the
 * longer (a text naming 中牟县第一初级中学 and 中牟一初中 names one school twice; either answer is its name).
 */
export function sameOrg(want: string | null, got: string | null, text?: string): boolean {
  if (want === null || got === null) return want === got;
  const a = comparable(want).replace(ORG_SUFFIX, '');
  const b = comparable(got).replace(ORG_SUFFIX, '');
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.includes(short)) return true;
  if (text === undefined) return false;
  const own = comparable(text);
  return own.includes(short) && own.includes(long) && abbreviates(short, long);
}

export function siteOf(page: GoldPage): string {
  if (page.site) return page.site;
  try {
    return new URL(page.url ?? '').hostname.replace(/^(www|m|wap)\./u, '');
  } catch {
    return '(unknown)';
  }
}

export function missingPage(page: GoldPage): PageScore {
  return {
    id: page.id,
    site: siteOf(page),
    split: page.split,
    missing: true,
    errors: [],
    outputDocuments: 0,
    documents: [],
    chromeSurvived: [],
    chromeTotal: 0,
    bodyLost: [],
    bodyTotal: 0,
    fields: [],
    activitiesComplete: false,
    activities: [],
    outputActivities: 0,
    spurious: [],
    labels: [],
  };
}

/** Which output documents hold each gold document's keys; a gold document is whole when all of its keys lie in
 * one and the same output document only, and that document holds no key of another gold document. */
function judgeDocuments(
  page: GoldPage,
  texts: string[],
  docs: OutputDocument[],
): { verdicts: DocumentVerdict[]; match: Map<number, number> } {
  const holders = (key: string) => {
    const k = comparable(key);
    return texts.flatMap((t, i) => (t.includes(k) ? [i] : []));
  };
  const keyHolders = page.documents.map((d) => d.keys.map(holders));
  const match = new Map<number, number>();
  const verdicts = page.documents.map((d, g): DocumentVerdict => {
    const verdict = (part: number | null, problem: string | null) => ({
      gold: g,
      title: d.title ?? null,
      part,
      problem,
    });
    const lists = keyHolders[g]!;
    const lost = d.keys.filter((_, k) => lists[k]!.length === 0);
    if (lost.length)
      return verdict(null, `key${lost.length > 1 ? 's' : ''} in no document: ${lost.map((k) => `"${k}"`).join(', ')}`);
    const where = new Set(lists.flat());
    if (where.size > 1)
      return verdict(
        null,
        `keys spread over output documents ${[...where].map((i) => `#${docs[i]!.part}`).join(', ')}`,
      );
    const only = [...where][0]!;
    const others = page.documents.flatMap((_, o) =>
      o !== g && keyHolders[o]!.some((l) => l.includes(only)) ? [o + 1] : [],
    );
    if (others.length)
      return verdict(null, `output document #${docs[only]!.part} also holds gold document ${others.join(', ')}`);
    match.set(g, only);
    return verdict(docs[only]!.part, null);
  });
  return { verdicts, match };
}

function checkFields(page: GoldPage, docs: OutputDocument[], match: Map<number, number>): FieldCheck[] {
  const goldIndexOfOutput = new Map([...match].map(([g, o]) => [docs[o]!.id, g]));
  const checks: FieldCheck[] = [];
  for (const [g, o] of match) {
    const want = page.documents[g]!;
    const got = docs[o]!;
    const check = (field: MetadataField, w: unknown, v: unknown, right = w === v) =>
      checks.push({ field, gold: g, want: w, got: v, right });
    // A field the annotator left out is not scored; null is a value ("no year stated").
    if (want.title !== undefined)
      check(
        'title',
        want.title,
        got.title,
        (want.title === null ? null : comparable(want.title)) === (got.title === null ? null : comparable(got.title)),
      );
    if (want.year !== undefined) check('year', want.year, got.year);
    if (want.school_year !== undefined) check('school_year', want.school_year, got.schoolYear);
    if (want.kind !== undefined) check('kind', want.kind, got.kind);
    // A placeholder (XX小学, xxx) names no school: the gold may spell it, the store keeps org null and sets
    // org_anonymised (scored on its own), so either answer is right for an anonymised document.
    if (want.org !== undefined) {
      const placeholder = want.org_anonymised === true && got.orgAnonymised && got.org === null;
      check('org', want.org, got.org, placeholder || sameOrg(want.org, got.org, `${got.title ?? ''}\n${got.text}`));
    }
    if (want.org_anonymised !== undefined) check('org_anonymised', want.org_anonymised, got.orgAnonymised);
    if (want.on_topic !== undefined) check('on_topic', want.on_topic, got.onTopic);
    if (want.duplicate_of !== undefined) {
      // Gold marks repeats within the page; a repeat of a document on another page is outside its scope.
      const sameSource = got.duplicateOf !== null && docs.some((d) => d.id === got.duplicateOf);
      const gotIndex = !sameSource ? null : (goldIndexOfOutput.get(got.duplicateOf!) ?? `an unmatched document`);
      check('duplicate_of', want.duplicate_of, gotIndex);
    }
  }
  return checks;
}

function monthRight(item: GoldActivity, a: OutputActivity): boolean {
  return a.month === item.month && (item.month_end == null || a.monthEnd === item.month_end);
}

/** An activity's text is stored without its item number (README, Activities): a key copied with the number
 * ("1、三八节活动") is looked for without it. */
function withoutItemNumber(key: string): string {
  const marker = readMarker(key.trimStart());
  return marker && marker.lead.length < key.trim().length ? key.trimStart().slice(marker.lead.length) : key;
}

/** Each gold item takes one output activity whose text holds its key, preferring one with the right month. A key
 * that holds the whole activity and more of its paragraph ("3月：提案答复工作", "活动时间：3月8日") is that
 * activity with the header or field label the store keeps apart. */
function checkActivities(
  page: GoldPage,
  acts: OutputActivity[],
  paragraphs: string[],
): { checks: ActivityCheck[]; spurious: OutputActivity[] } {
  const texts = acts.map((a) => comparable(a.text));
  const lines = paragraphs.map(comparable);
  const used = new Set<number>();
  const checks = page.activities.items.map((item): ActivityCheck => {
    const key = comparable(withoutItemNumber(item.key));
    const holds = (i: number) =>
      texts[i]!.includes(key) || (texts[i]!.length > 0 && key.includes(texts[i]!) && lines[i]!.includes(key));
    const candidates = acts.flatMap((_, i) => (!used.has(i) && holds(i) ? [i] : []));
    const pick = candidates.find((i) => monthRight(item, acts[i]!)) ?? candidates[0];
    if (pick === undefined) return { item, got: null, monthRight: false, yearRight: null, basisRight: null };
    used.add(pick);
    const got = acts[pick]!;
    return {
      item,
      got,
      monthRight: monthRight(item, got),
      yearRight: item.year === undefined ? null : item.year === got.year,
      basisRight: item.basis === undefined ? null : item.basis === got.basis,
    };
  });
  return { checks, spurious: acts.filter((_, i) => !used.has(i)) };
}

function checkLabels(page: GoldPage, docs: OutputDocument[]): LabelCheck[] {
  const paragraphs = docs.flatMap((d) => d.paragraphs.map((p) => ({ text: comparable(p.text), labels: p.labels })));
  return page.paragraphs.map((p) => {
    const key = comparable(p.key);
    const found = paragraphs.find((q) => q.text.includes(key));
    return { key: p.key, want: p.functions, got: found ? found.labels : null };
  });
}

export function scorePage(page: GoldPage, output: PageOutput): PageScore {
  const docs = output.documents;
  const texts = docs.map((d) => comparable(`${d.title ?? ''}\n${d.text}`));
  const { verdicts, match } = judgeDocuments(page, texts, docs);
  // Activities as users count them: `query months` leaves out documents the pipeline finds off-topic (团委,
  // 党支部 … plans) unless asked, so their activities are neither found nor spurious here.
  const onTopic = docs.filter((d) => d.onTopic);
  const activities = onTopic.flatMap((d) => d.activities);
  const paragraphs = onTopic.flatMap((d) =>
    d.activities.map((a) => d.paragraphs.find((p) => p.index === a.paragraphIndex)?.text ?? ''),
  );
  const { checks, spurious } = checkActivities(page, activities, paragraphs);
  return {
    id: page.id,
    site: siteOf(page),
    split: page.split,
    missing: false,
    errors: output.errors,
    outputDocuments: docs.length,
    documents: verdicts,
    chromeSurvived: page.chrome.filter((c) => texts.some((t) => t.includes(comparable(c)))),
    chromeTotal: page.chrome.length,
    bodyLost: page.body.filter((b) => !texts.some((t) => t.includes(comparable(b)))),
    bodyTotal: page.body.length,
    fields: checkFields(page, docs, match),
    activitiesComplete: page.activities.complete,
    activities: checks,
    outputActivities: activities.length,
    spurious: page.activities.complete ? spurious : [],
    labels: checkLabels(page, docs),
  };
}
