// The beam search that reads one run back into step: encode the run to GBK bytes, drop the stray byte in
// front (or restore a lost lead byte), re-pair the bytes left to right keeping the best few readings, try a
// lost private-use pair where a plain pairing reads poorly, and finish a reading whose last lead byte lost
// its trail. Every surviving reading comes back with what it assumed, recovered and lost.
import { hasReading } from '../../../lexicon/pinyin-readings.ts';
import { fullWidthBytes, gbkBytes, gbkTable, pairChar } from '../gbk-bytes.ts';
import { localScore, ORDINAL_CHAR, type RepairContext, wordEndingWith, wordStartingWith } from './reading-context.ts';
import { LOST_CHAR_COST, RECOVERED_CHAR_COST, RESTORED_LEAD_COST, RESTORED_PAIR_COST } from './priors.ts';
import { recoverLostCharacter, recoverTrail } from './recover-characters.ts';
import { bestRestorations, bestRestoredLeads, uniqueReading } from './restore-bytes.ts';

const BEAM = 8;
/** A plain pairing this improbable is worth trying with a lost private-use pair restored inside it. */
const POOR_PAIRING = -5;

/** A reading's characters, last first: states extending one share its earlier characters. */
interface Piece {
  ch: string;
  before: Piece | null;
}

interface State {
  out: Piece | null;
  score: number;
  /** Prior cost of the assumptions made (restored bytes, restored pairs). */
  penalty: number;
  /** A lead byte waiting for its trail. */
  pending: number | null;
  recovered: string[];
  lost: string[];
}

export interface Hypothesis {
  out: string[];
  penalty: number;
  recovered: string[];
  lost: string[];
}

/** Bytes of each character of a run; ASCII stands for its full-width form except as the run's last byte. */
export function runUnits(chars: string[], lastAsSingleByte: boolean): number[][] | null {
  const units: number[][] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      if (i === chars.length - 1 && lastAsSingleByte) {
        if (c < 0x40 || c > 0x7e) return null;
        units.push([c]);
      } else {
        const fw = fullWidthBytes(ch);
        if (!fw) return null;
        units.push(fw);
      }
      continue;
    }
    const b = gbkBytes(ch);
    if (!b || b.length !== 2) return null;
    units.push(b);
  }
  return units;
}

function stateOf(ch: string, score: number, penalty: number, pending: number | null, recovered: string[]): State {
  return { out: { ch, before: null }, score, penalty, pending, recovered, lost: [] };
}

function charactersOf(piece: Piece | null): string[] {
  const out: string[] = [];
  for (let p = piece; p; p = p.before) out.push(p.ch);
  return out.reverse();
}

function topStates(states: State[]): State[] {
  return states.sort((a, b) => b.score - a.score).slice(0, BEAM);
}

/** Re-pairs the bytes of one run: every way of reading it back into step, best first. */
export function decodeRun(
  units: number[][],
  left: string[],
  right: string[],
  pinyinAfter: string | null,
  ctx: RepairContext,
  atLineStart = true,
): Hypothesis[] {
  const leftChar = left.at(-1);
  let states: State[] = [];
  const first = units[0]!;
  // The stray byte in front: drop it. Only where the reader could pick one up (a line start); inside a line
  // that was read in step so far, a run can only begin by losing a byte.
  if (first.length === 2 && atLineStart)
    states.push({ out: null, score: 0, penalty: 0, pending: first[1]!, recovered: [], lost: [] });
  // Or the run lost its first lead byte: restore one (the trail survives as the run's first byte).
  const leads = gbkTable().leadsOf.get(first[0]!) ?? [];
  const pendingFirst = first.length === 2 ? first[1]! : null;
  const restored: State[] = [];
  if (units.length === 1) {
    // A single byte is too little to rebuild a character from without its annotation ("F(xiàn)" → 現).
    if (pinyinAfter) {
      for (const lead of leads) {
        const ch = pairChar(lead, first[0]!)!;
        if (!hasReading(ch, pinyinAfter)) continue;
        const confirmed = wordEndingWith(left, ch) || wordStartingWith(ch, right);
        const byReading = uniqueReading(leads, first[0]!, pinyinAfter);
        if (!confirmed && !byReading) continue;
        // A reading the pinyin annotation confirms costs nothing: the annotation says a character stood here.
        const cost = byReading ? 0 : RESTORED_LEAD_COST;
        const how = byReading
          ? `the only character with this trail byte read "${pinyinAfter}"`
          : confirmed
            ? 'confirmed by a word'
            : 'best fit';
        restored.push(
          stateOf(ch, localScore(ch, leftChar, ctx) - cost, cost, pendingFirst, [
            `${ch} (lost lead byte restored: ${how})`,
          ]),
        );
      }
    }
    states.push(...topStates(restored).slice(0, 4));
  } else {
    // Every lead costs the same here, so the score alone picks the four kept; only they need their word looked up.
    for (const { ch, score } of bestRestoredLeads(first[0]!, leftChar, ctx)) {
      const how = wordEndingWith(left, ch) || wordStartingWith(ch, right) ? 'confirmed by a word' : 'best fit';
      states.push(stateOf(ch, score, RESTORED_LEAD_COST, pendingFirst, [`${ch} (lost lead byte restored: ${how})`]));
    }
  }

  for (let j = 1; j < units.length; j++) {
    const unit = units[j]!;
    const next: State[] = [];
    for (const st of states) {
      if (st.pending === null) continue;
      const prev = st.out?.ch ?? leftChar;
      const lead = st.pending;
      const plain = pairChar(lead, unit[0]!);
      const pendingAfter = unit.length === 2 ? unit[1]! : null;
      let plainScore = -Infinity;
      if (plain) {
        plainScore = localScore(plain, prev, ctx);
        next.push({ ...st, out: { ch: plain, before: st.out }, score: st.score + plainScore, pending: pendingAfter });
      }
      // A private-use pair lost between two characters: (lead, t) + (u, byte) where (t, u) was the pair.
      const bracketOpen = (prev === '（' || prev === '(') && !(plain && ORDINAL_CHAR.test(plain));
      // A run's first character is where headings lose their ordinal ("二、" → "《⒐"): always try there.
      const firstOfRun = st.out === null;
      if (plainScore < POOR_PAIRING || bracketOpen || firstOfRun) {
        const top = bestRestorations(lead, unit[0]!, prev, bracketOpen || prev === undefined, ctx);
        for (const { score, c1, c2 } of top) {
          next.push({
            ...st,
            out: { ch: c2, before: { ch: c1, before: st.out } },
            score: st.score + score - RESTORED_PAIR_COST,
            penalty: st.penalty + RESTORED_PAIR_COST,
            pending: pendingAfter,
            recovered: [...st.recovered, `${c1}${c2} (lost private-use pair restored)`],
          });
        }
      }
    }
    states = topStates(next);
    if (states.length === 0) return [];
  }

  const finished: Hypothesis[] = [];
  for (const st of states) {
    let out = charactersOf(st.out);
    const recovered = [...st.recovered];
    const lost = [...st.lost];
    if (st.pending !== null) {
      const got = recoverTrail(st.pending, [...left, ...out], right, pinyinAfter, ctx);
      let penalty = st.penalty;
      if (got) {
        out = [...out, ...got.chars];
        recovered.push(got.how);
        penalty += RECOVERED_CHAR_COST * (got.chars.length - 1);
      } else {
        lost.push(`a character with lead byte 0x${st.pending.toString(16)} (its trail byte was lost)`);
        penalty += LOST_CHAR_COST;
      }
      finished.push({ out, penalty, recovered, lost });
      continue;
    }
    let penalty = st.penalty;
    if (pinyinAfter && out.length && !hasReading(out.at(-1)!, pinyinAfter)) {
      const got = recoverLostCharacter([...left, ...out].slice(-3), pinyinAfter);
      if (got) {
        out = [...out, got];
        recovered.push(`${got} (lost character recovered from its pinyin "${pinyinAfter}" and a word)`);
        penalty += RECOVERED_CHAR_COST;
      }
    }
    finished.push({ out, penalty, recovered, lost });
  }
  return finished;
}
