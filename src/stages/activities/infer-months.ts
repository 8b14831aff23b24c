// Months for schedule blocks whose numeral a template blanked ("_月份"). Two kinds of evidence:
//  - anchors in the block's own items (春节 → 1–2, 三八 → 3, 教师节 → 9, 期末 → 1/6/7 …; data/anchors.json);
//  - order: a schedule runs forward in time, one month per header, within one year.
// The feasible months of every block are computed exactly (interval propagation over a 12-month window,
// widened only if nothing fits), so a month is given only when the evidence leaves one; otherwise null.
import type { MonthAnchor } from './rules.ts';
import { monthsForward, nextMonth } from './month-numerals.ts';

export interface MonthSlot {
  /** A month the header states; null for a blanked one. */
  fixed: number | null;
  /** Months the slot covers after its first (1 for "七、八月份"). */
  extra: number;
  /** Months the block's anchors allow; null when it has none. */
  allowed: ReadonlySet<number> | null;
}

const monthOf = (t: number) => ((t - 1) % 12) + 1;

/**
 * For each slot, the months it can take when the slots run strictly forward inside one window of
 * `window` months. null when no assignment fits.
 */
export function feasibleMonths(slots: readonly MonthSlot[], window = 12): Array<Set<number>> | null {
  const n = slots.length;
  const result = slots.map(() => new Set<number>());
  let any = false;
  const allows = (s: MonthSlot, t: number) => {
    const m = monthOf(t);
    return s.fixed !== null ? s.fixed === m : s.allowed === null || s.allowed.has(m);
  };
  for (let w = 1; w <= 12; w++) {
    const last = w + window - 1;
    // Forward: the earliest time each slot can start, given the slots before it.
    const earliest: number[] = [];
    let ok = true;
    let after = w - 1;
    for (let i = 0; i < n && ok; i++) {
      let t = after + 1;
      while (t + slots[i]!.extra <= last && !allows(slots[i]!, t)) t++;
      if (t + slots[i]!.extra > last) ok = false;
      earliest.push(t);
      after = t + slots[i]!.extra;
    }
    if (!ok) continue;
    // Backward: the latest time each slot can start, given the slots after it.
    const latest: number[] = new Array<number>(n);
    let before = last + 1;
    for (let i = n - 1; i >= 0 && ok; i--) {
      let t = before - 1 - slots[i]!.extra;
      while (t >= w && !allows(slots[i]!, t)) t--;
      if (t < earliest[i]!) ok = false;
      latest[i] = t;
      before = t;
    }
    if (!ok) continue;
    any = true;
    for (let i = 0; i < n; i++) {
      for (let t = earliest[i]!; t <= latest[i]!; t++) if (allows(slots[i]!, t)) result[i]!.add(monthOf(t));
    }
  }
  return any ? result : null;
}

export interface AnchorHit {
  anchor: MonthAnchor;
  text: string;
}

/** Anchors found in a block's text, in the order they occur. */
export function findAnchors(text: string, anchors: readonly MonthAnchor[]): AnchorHit[] {
  const hits: Array<AnchorHit & { at: number }> = [];
  for (const anchor of anchors) {
    const m = anchor.pattern.exec(text);
    if (m) hits.push({ anchor, text: m[0], at: m.index });
  }
  return hits.sort((a, b) => a.at - b.at).map(({ anchor, text: t }) => ({ anchor, text: t }));
}

export interface AnchorNarrowing {
  allowed: Set<number> | null;
  used: AnchorHit[];
  /** Anchors that contradicted stronger ones and were set aside. */
  ignored: AnchorHit[];
}

/** Intersects the block's holiday anchors, then its seasons, skipping any that would leave nothing. */
export function narrowByAnchors(hits: readonly AnchorHit[]): AnchorNarrowing {
  let allowed: Set<number> | null = null;
  const used: AnchorHit[] = [];
  const ignored: AnchorHit[] = [];
  for (const strength of ['holiday', 'season'] as const) {
    for (const hit of hits.filter((h) => h.anchor.strength === strength)) {
      const next: Set<number> = new Set(hit.anchor.months.filter((m) => allowed === null || allowed.has(m)));
      if (next.size === 0) {
        ignored.push(hit);
        continue;
      }
      allowed = next;
      used.push(hit);
    }
  }
  return { allowed, used, ignored };
}

export interface BlockEvidence {
  /** The header's month when it states one. */
  fixed: number | null;
  fixedEnd: number | null;
  /** Text of the block's items (for anchors). */
  text: string;
  /** "七、_月份": the numeral before the blank. */
  listNumeral: number | null;
}

export interface InferredMonth {
  month: number | null;
  monthEnd: number | null;
  inferred: boolean;
  confidence: number | null;
  /** The anchor-named period when the block was read as one (暑假 → 7–8). */
  period: string | null;
  /** Months the evidence leaves open when no single one is fixed (for the year). */
  candidates: number[];
  /** Human-readable why, stored with the activity and as a note. */
  evidence: string;
}

const CONFIDENCE = { stated: 1, anchorsAlone: 0.9, anchorsAndOrder: 0.8, orderOnly: 0.6, spanReading: 0.6 };

const listMonths = (s: Iterable<number>) => [...s].sort((a, b) => a - b).join('/');
const describeHits = (hits: readonly AnchorHit[]) =>
  hits.map((h) => `${h.text} → ${listMonths(h.anchor.months)}月`).join(', ');

/** The months of a schedule's blocks, stated or inferred. Blocks are in document order. */
export function inferBlankMonths(blocks: readonly BlockEvidence[], anchors: readonly MonthAnchor[]): InferredMonth[] {
  const narrowing = blocks.map((b) => (b.fixed === null ? narrowByAnchors(findAnchors(b.text, anchors)) : null));
  const out: InferredMonth[] = blocks.map((b) =>
    b.fixed !== null
      ? {
          month: b.fixed,
          monthEnd: b.fixedEnd,
          inferred: false,
          confidence: CONFIDENCE.stated,
          period: null,
          candidates: [],
          evidence: 'stated in the header',
        }
      : { month: null, monthEnd: null, inferred: false, confidence: null, period: null, candidates: [], evidence: '' },
  );
  if (blocks.every((b) => b.fixed !== null)) return out;

  // Resolve, fix what is certain, and resolve again: a span read in one block moves its neighbours.
  let feasible: Array<Set<number>> | null = null;
  let window = 12;
  for (let round = 0; round < 3; round++) {
    const slots: MonthSlot[] = out.map((o, i) => ({
      fixed: o.month,
      extra: o.month !== null && o.monthEnd !== null ? monthsForward(o.month, o.monthEnd) : 0,
      allowed: narrowing[i]?.allowed ?? null,
    }));
    feasible = null;
    // One year; thirteen months when the schedule itself returns to its first month (一月 … 十二月, 一月).
    for (const w of [12, 13]) {
      feasible = feasibleMonths(slots, w);
      if (feasible) {
        window = w;
        break;
      }
    }
    let changed = false;
    blocks.forEach((b, i) => {
      if (b.fixed !== null || out[i]!.month !== null) return;
      const nar = narrowing[i]!;
      const anchorText = nar.used.length ? `anchors ${describeHits(nar.used)}` : 'no anchor';
      const ignoredText = nar.ignored.length ? `; set aside ${describeHits(nar.ignored)}` : '';
      if (!feasible) {
        // The order cannot be kept (stated months out of order): anchors alone decide.
        const only = nar.allowed && nar.allowed.size === 1 ? [...nar.allowed][0]! : null;
        out[i] = {
          month: only,
          monthEnd: null,
          inferred: only !== null,
          confidence: only !== null ? CONFIDENCE.anchorsAlone : null,
          period: null,
          candidates: nar.allowed ? [...nar.allowed] : [],
          evidence: `${anchorText}${ignoredText}; the schedule's order is inconsistent, so order was not used${only === null ? '; month left open' : ''}`,
        };
        return;
      }
      const f = feasible[i]!;
      const orderText = `order (window ${window} months) → ${listMonths(f)}月`;
      if (f.size === 1) {
        const month = [...f][0]!;
        const alone = nar.allowed !== null && nar.allowed.size === 1;
        out[i] = {
          month,
          monthEnd: null,
          inferred: true,
          period: null,
          candidates: [],
          confidence: alone
            ? CONFIDENCE.anchorsAlone
            : nar.used.length
              ? CONFIDENCE.anchorsAndOrder
              : CONFIDENCE.orderOnly,
          evidence: `${anchorText}${ignoredText}; ${orderText}`,
        };
        changed = true;
        return;
      }
      const n = b.listNumeral;
      if (n !== null && f.has(n) && [...f].every((m) => m === n || m === nextMonth(n))) {
        const end = f.has(nextMonth(n)) ? nextMonth(n) : null;
        out[i] = {
          month: n,
          monthEnd: end,
          inferred: true,
          confidence: CONFIDENCE.spanReading,
          period: null,
          candidates: [],
          evidence: `${anchorText}${ignoredText}; ${orderText}; the numeral before the blank reads as ${end ? `a span ${n}–${end}月 whose second month was blanked` : `${n}月`}`,
        };
        changed = true;
        return;
      }
      const spanAnchor = nar.used.find(
        (h) => h.anchor.span && h.anchor.months.length === f.size && h.anchor.months.every((m) => f.has(m)),
      );
      if (spanAnchor) {
        const months = spanAnchor.anchor.months;
        out[i] = {
          month: months[0]!,
          monthEnd: months.at(-1)!,
          inferred: true,
          confidence: CONFIDENCE.spanReading,
          period: spanAnchor.anchor.label,
          candidates: [],
          evidence: `${anchorText}${ignoredText}; ${orderText}; the block covers the whole ${spanAnchor.anchor.label}`,
        };
        changed = true;
        return;
      }
      out[i] = {
        month: null,
        monthEnd: null,
        inferred: false,
        confidence: null,
        period: null,
        candidates: [...f],
        evidence: `${anchorText}${ignoredText}; ${orderText}: not fixed, month left open`,
      };
    });
    if (!changed) break;
  }
  return out;
}
