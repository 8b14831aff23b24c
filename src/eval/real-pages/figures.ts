// Page scores summed into the figures `gonghui eval real` prints: one set per split. Every share keeps its
// numerator and denominator, so a table can say "18/22" and a reader can see how thin a figure is; a share
// with nothing to count is null (and left out of the floor metrics) rather than a flattering 1.
import { FUNCTION_LABELS, type FunctionLabel } from '../../model/items.ts';
import { agreement } from '../../training/metrics.ts';
import { METADATA_FIELDS, type MetadataField, type PageScore } from './score-page.ts';
import {
  type Interval,
  siteBootstrapIntervals,
  type SiteCount,
  type SiteLabels,
  siteShareInterval,
} from './site-bootstrap.ts';

export interface Share {
  n: number;
  of: number;
  value: number | null;
  /** 95% interval over resampled sites, for shares counted page by page: how far another draw of sites could move it. */
  interval?: Interval | null;
}

const share = (n: number, of: number): Share => ({ n, of, value: of === 0 ? null : n / of });

/** A share counted page by page, its pages' counts summed by site for the interval. */
function siteShare(pages: readonly PageScore[], count: (p: PageScore) => SiteCount): Share {
  const bySite = new Map<string, SiteCount>();
  for (const p of pages) {
    const c = count(p);
    const site = bySite.get(p.site) ?? { n: 0, of: 0 };
    bySite.set(p.site, { n: site.n + c.n, of: site.of + c.of });
  }
  const sites = [...bySite.values()];
  const total = sites.reduce((t, c) => ({ n: t.n + c.n, of: t.of + c.of }), { n: 0, of: 0 });
  return { ...share(total.n, total.of), interval: siteShareInterval(sites) };
}

function f1(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export interface LabelFigures {
  precision: number;
  recall: number;
  f1: number;
  kappa: number;
  support: number;
  /** 95% interval of the F1 over resampled sites (site-bootstrap.ts). */
  f1_interval: Interval;
}

export interface RealFigures {
  pages: { gold: number; evaluated: number; missing: number; failed: number; sites: number };
  documents: { gold: number; output: number; precision: Share; recall: Share; f1: number | null };
  chrome_removed: Share;
  body_kept: Share;
  /** Over gold documents found whole, per field the annotators filled in. */
  metadata: Record<MetadataField, Share>;
  /** For the fields a reader may decline (title, year, org): how often a value it gives is right, and how often it
   * gives none where the gold names one — a user can trust what is named and send the declined for review. */
  metadata_given: Record<DeclinableField, { right_when_given: Share; declined: Share }>;
  activities: {
    gold: number;
    complete_pages: number;
    precision: Share;
    recall: Share;
    f1: number | null;
    /** Over gold items whose key lies in an output activity. */
    month_accuracy: Share;
    year_accuracy: Share;
    basis_accuracy: Share;
  };
  paragraphs: {
    gold: number;
    found: Share;
    macro_f1: number | null;
    /** 95% interval of the macro-F1 over resampled sites: how far another draw of sites could move it. */
    macro_f1_interval: Interval | null;
    kappa: number | null;
    exact_match: number | null;
    per_function: Record<FunctionLabel, LabelFigures> | null;
  };
}

/** Fields whose reader answers null when it is unsure (kind, on_topic and the flags always get a value). */
export const DECLINABLE_FIELDS = ['title', 'year', 'org'] as const satisfies readonly MetadataField[];
export type DeclinableField = (typeof DECLINABLE_FIELDS)[number];

export function realFigures(pages: PageScore[]): RealFigures {
  const scored = pages.filter((p) => !p.missing);
  const docs = scored.flatMap((p) => p.documents);
  const outputDocs = scored.reduce((n, p) => n + p.outputDocuments, 0);
  const wholeIn = (p: PageScore) => p.documents.filter((d) => d.part !== null).length;
  const docPrecision = siteShare(scored, (p) => ({ n: wholeIn(p), of: p.outputDocuments }));
  const docRecall = siteShare(scored, (p) => ({ n: wholeIn(p), of: p.documents.length }));

  const metadata = Object.fromEntries(
    METADATA_FIELDS.map((f) => [
      f,
      siteShare(scored, (p) => {
        const of = p.fields.filter((c) => c.field === f);
        return { n: of.filter((c) => c.right).length, of: of.length };
      }),
    ]),
  ) as Record<MetadataField, Share>;

  const checksOf = (p: PageScore, f: MetadataField) => p.fields.filter((c) => c.field === f);
  const metadataGiven = Object.fromEntries(
    DECLINABLE_FIELDS.map((f) => [
      f,
      {
        right_when_given: siteShare(scored, (p) => {
          const given = checksOf(p, f).filter((c) => c.got !== null);
          return { n: given.filter((c) => c.right).length, of: given.length };
        }),
        // A placeholder org (XX小学) answered by null + org_anonymised is right, not declined.
        declined: siteShare(scored, (p) => {
          const named = checksOf(p, f).filter((c) => c.want !== null);
          return { n: named.filter((c) => c.got === null && !c.right).length, of: named.length };
        }),
      },
    ]),
  ) as RealFigures['metadata_given'];

  const items = scored.flatMap((p) => p.activities);
  const complete = scored.filter((p) => p.activitiesComplete);
  const foundIn = (p: PageScore) => p.activities.filter((c) => c.got && c.monthRight).length;
  const actPrecision = siteShare(complete, (p) => ({ n: foundIn(p), of: p.outputActivities }));
  const actRecall = siteShare(scored, (p) => ({ n: foundIn(p), of: p.activities.length }));
  const keyedIn = (p: PageScore) => p.activities.filter((c) => c.got !== null);
  const judged = (right: (c: PageScore['activities'][number]) => boolean | null) => (p: PageScore) => {
    const of = keyedIn(p).filter((c) => right(c) !== null);
    return { n: of.filter((c) => right(c)).length, of: of.length };
  };

  const labels = scored.flatMap((p) => p.labels);
  const found = labels.filter((l) => l.got !== null);
  const agreed = found.length
    ? agreement(
        found.map((l) => l.want),
        found.map((l) => l.got!),
      )
    : null;
  const bySite = new Map<string, SiteLabels & { want: FunctionLabel[][]; got: FunctionLabel[][] }>();
  for (const p of scored) {
    const site = bySite.get(p.site) ?? { want: [], got: [] };
    for (const l of p.labels) {
      if (l.got === null) continue;
      site.want.push(l.want);
      site.got.push(l.got);
    }
    bySite.set(p.site, site);
  }
  const intervals = agreed ? siteBootstrapIntervals([...bySite.values()]) : null;

  return {
    pages: {
      gold: pages.length,
      evaluated: scored.length,
      missing: pages.length - scored.length,
      failed: scored.filter((p) => p.errors.length > 0).length,
      sites: new Set(scored.map((p) => p.site)).size,
    },
    documents: {
      gold: docs.length,
      output: outputDocs,
      precision: docPrecision,
      recall: docRecall,
      f1: f1(docPrecision.value, docRecall.value),
    },
    chrome_removed: siteShare(scored, (p) => ({ n: p.chromeTotal - p.chromeSurvived.length, of: p.chromeTotal })),
    body_kept: siteShare(scored, (p) => ({ n: p.bodyTotal - p.bodyLost.length, of: p.bodyTotal })),
    metadata,
    metadata_given: metadataGiven,
    activities: {
      gold: items.length,
      complete_pages: complete.length,
      precision: actPrecision,
      recall: actRecall,
      f1: f1(actPrecision.value, actRecall.value),
      month_accuracy: siteShare(
        scored,
        judged((c) => c.monthRight),
      ),
      year_accuracy: siteShare(
        scored,
        judged((c) => c.yearRight),
      ),
      basis_accuracy: siteShare(
        scored,
        judged((c) => c.basisRight),
      ),
    },
    paragraphs: {
      gold: labels.length,
      found: share(found.length, labels.length),
      macro_f1: agreed?.macroF1 ?? null,
      macro_f1_interval: intervals?.macroF1 ?? null,
      kappa: agreed?.macroKappa ?? null,
      exact_match: agreed?.exactMatch ?? null,
      per_function: agreed
        ? (Object.fromEntries(
            agreed.perLabel.map((m) => [
              m.label,
              {
                precision: m.precision,
                recall: m.recall,
                f1: m.f1,
                kappa: m.kappa,
                support: m.support,
                f1_interval: intervals!.f1[m.label],
              },
            ]),
          ) as Record<FunctionLabel, LabelFigures>)
        : null,
    },
  };
}

/** The flat name → value map eval/floors.json's "real" section refers to (shares with nothing to count are left out). */
export function floorMetrics(f: RealFigures): Record<string, number> {
  const entries: Array<[string, number | null]> = [
    ['documents_precision', f.documents.precision.value],
    ['documents_recall', f.documents.recall.value],
    ['documents_f1', f.documents.f1],
    ['chrome_removed', f.chrome_removed.value],
    ['body_kept', f.body_kept.value],
    ...METADATA_FIELDS.map((m): [string, number | null] => [`${m}_accuracy`, f.metadata[m].value]),
    ['activity_precision', f.activities.precision.value],
    ['activity_recall', f.activities.recall.value],
    ['activity_f1', f.activities.f1],
    ['activity_month_accuracy', f.activities.month_accuracy.value],
    ['activity_year_accuracy', f.activities.year_accuracy.value],
    ['activity_basis_accuracy', f.activities.basis_accuracy.value],
    ['paragraphs_found', f.paragraphs.found.value],
    ['label_macro_f1', f.paragraphs.macro_f1],
    ['label_kappa', f.paragraphs.kappa],
    ['label_exact_match', f.paragraphs.exact_match],
    ...FUNCTION_LABELS.map((l): [string, number | null] => [`f1_${l}`, f.paragraphs.per_function?.[l].f1 ?? null]),
  ];
  return Object.fromEntries(entries.filter((e): e is [string, number] => e[1] !== null));
}
