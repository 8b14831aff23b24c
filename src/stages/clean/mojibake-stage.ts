// clean.mojibake: GBK text that was decoded one byte out of step ("。ㄒ唬┘訌婎I導" → "（一）加強領導"),
// repaired run by run (see mojibake/repair-line.ts). Runs before pinyin stripping, which it reads as evidence,
// and before convert.t2s, since the repair works on the page's original (often traditional) characters.
import { z } from 'zod';
import { dominantScript, preloadScriptTables } from '../../lexicon/chinese-script.ts';
import { loadWordModel } from '../../lexicon/word-model.ts';
import { defineSourceStage } from '../../model/stage.ts';
import { rememberRecent } from './bounded-memo.ts';
import { gbkTable } from './gbk-bytes.ts';
import type { RepairContext } from './mojibake/reading-context.ts';
import { type LineRepair, repairLine } from './mojibake/repair-line.ts';
import { hasDebris } from './mojibake/run-detection.ts';

/** Lines whose repair is remembered: recurring template lines fit, and a worker stays within a few MB. */
const MEMO_LINES = 5_000;

export const mojibakeStage = defineSourceStage({
  name: 'clean.mojibake',
  version: 3,
  description:
    'Repair GBK text decoded one byte out of step; recover lost characters from pinyin annotations and words.',
  options: z.strictObject({}),
  create: () => {
    loadWordModel();
    preloadScriptTables(gbkTable().pairs.values());
    // One scoring context per script, kept for the life of the stage: the repair memoises its character
    // and pair scores per context, and a fresh context per line threw that work away.
    const contexts = new Map<string, RepairContext>();
    const contextFor = (script: RepairContext['script']): RepairContext => {
      let c = contexts.get(script);
      if (!c) contexts.set(script, (c = { script }));
      return c;
    };
    // Template text repeats across documents (a copied plan, a site's recurring garbled heading), and the
    // repair of a line depends only on the line and the script: remember recent answers.
    const memo = new Map<string, LineRepair>();
    const repairRemembered = (line: string, scoring: RepairContext): LineRepair =>
      rememberRecent(memo, `${scoring.script}\u0000${line}`, MEMO_LINES, () => repairLine(line, scoring));
    const debrisMemo = new Map<string, boolean>();
    const lineHasDebris = (line: string, scoring: RepairContext): boolean =>
      rememberRecent(debrisMemo, `${scoring.script}\u0000${line}`, MEMO_LINES * 4, () => hasDebris(line, scoring));
    return (item, ctx) => {
      const scoring = contextFor(dominantScript(item.text));
      const lines = item.text.split('\n');
      // Rare characters alone are no sign of mojibake; only a text with some debris has its rare-character
      // clusters tried too (a long out-of-step run always leaves debris: symbols, kana, box drawing).
      if (!lines.some((line) => lineHasDebris(line, scoring))) return item;
      let offset = 0;
      let changed = false;
      const out = lines.map((line) => {
        const result = repairRemembered(line, scoring);
        for (const r of result.repairs) {
          changed = true;
          const details = [
            r.recovered.length ? `recovered: ${r.recovered.join('; ')}` : '',
            r.lost.length ? `lost: ${r.lost.join('; ')}` : '',
          ]
            .filter(Boolean)
            .join('; ');
          ctx.note({
            rule: 'mojibake.gbk-shift',
            level: r.lost.length ? 'warn' : 'info',
            reason: `GBK bytes read one byte out of step, re-read in step (${r.gain} log10 more probable)${details ? `; ${details}` : ''}`,
            span: [offset + r.span[0], offset + r.span[1]],
            before: r.before,
            after: r.after,
          });
        }
        for (const u of result.unrepaired) {
          ctx.note({
            rule: 'mojibake.unrepaired',
            level: 'warn',
            reason:
              'characters look like mis-decoding debris but no reading of their bytes is clearly better; kept as they are',
            span: [offset + u.span[0], offset + u.span[1]],
            before: u.text,
          });
        }
        offset += line.length + 1;
        return result.text;
      });
      return changed ? { ...item, text: out.join('\n') } : item;
    };
  },
});
