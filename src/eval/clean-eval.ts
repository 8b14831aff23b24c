// `gonghui eval clean`: boilerplate removal (precision and recall over boilerplate units: whole lines and
// inline spans), pinyin-annotation removal and mojibake repair (exact lines and characters) on the
// labelled sets in fixtures/clean/.
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { dominantScript, isTraditionalOnly, simplifiedText } from '../lexicon/chinese-script.ts';
import { loadWordModel } from '../lexicon/word-model.ts';
import { loadRules } from '../stages/clean/boilerplate-rules.ts';
import { removeBoilerplate } from '../stages/clean/boilerplate-stage.ts';
import { repairLine } from '../stages/clean/mojibake/repair-line.ts';
import { stripPinyinAnnotations } from '../stages/clean/pinyin-stage.ts';
import type { EvalResult, Evaluator } from './evaluator.ts';
import { simulateOutOfStep } from './gbk-mojibake-simulator.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/clean', import.meta.url));
const INLINE = /⟦([^⟧]*)⟧/gu;

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** Characters kept apart from full-width/half-width folding, which the repair does not undo. */
function fold(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
}

function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

interface BoilerplateCounts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  misses: string[];
}

/** One fixture page: "- " lines are boilerplate, ⟦…⟧ spans inside kept lines too. */
function scoreBoilerplatePage(
  page: string,
  rules: ReturnType<typeof loadRules>,
  counts: BoilerplateCounts,
  name: string,
): void {
  const labelled = page.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const isBoilerplate = labelled.map((l) => l.startsWith('- '));
  const lines = labelled.map((l) => (l.startsWith('- ') ? l.slice(2) : l).replace(INLINE, '$1'));
  const expectedSpans = labelled.map((l) => (l.startsWith('- ') ? [] : [...l.matchAll(INLINE)].map((m) => m[1]!)));
  const { removals } = removeBoilerplate(lines.join('\n'), rules);
  const removedLines = new Set(removals.filter((r) => r.wholeLine).map((r) => r.line));
  lines.forEach((line, i) => {
    if (isBoilerplate[i] && removedLines.has(i)) counts.truePositive++;
    else if (isBoilerplate[i]) {
      counts.falseNegative++;
      counts.misses.push(`${name}: kept boilerplate line "${line.slice(0, 40)}"`);
    } else if (removedLines.has(i)) {
      counts.falsePositive++;
      counts.misses.push(`${name}: removed content line "${line.slice(0, 40)}"`);
    }
    if (isBoilerplate[i] || removedLines.has(i)) return;
    const removed = removals.filter((r) => !r.wholeLine && r.line === i).map((r) => r.text);
    for (const span of expectedSpans[i]!) {
      const at = removed.indexOf(span);
      if (at >= 0) {
        counts.truePositive++;
        removed.splice(at, 1);
      } else {
        counts.falseNegative++;
        counts.misses.push(`${name}: kept inline boilerplate "${span}"`);
      }
    }
    for (const span of removed) {
      counts.falsePositive++;
      counts.misses.push(`${name}: removed content "${span}" from "${line.slice(0, 30)}"`);
    }
  });
}

function tsvCases(file: string): Array<[string, string]> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [input, expected] = l.split('\t');
      return [input!, expected ?? ''];
    });
}

/** Annotates some traditional characters with their pinyin, as the 范文 sites do (deterministically). */
export function annotateLikeSites(line: string): string {
  return [...line]
    .map((ch, i) => (isTraditionalOnly(ch) && (ch.codePointAt(0)! + i) % 3 === 0 ? `${ch}(${pinyin(ch)})` : ch))
    .join('');
}

export function runCleanEval(dir = FIXTURES): EvalResult {
  const rules = loadRules();
  const counts: BoilerplateCounts = { truePositive: 0, falsePositive: 0, falseNegative: 0, misses: [] };
  const pages = readdirSync(join(dir, 'boilerplate'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const f of pages) scoreBoilerplatePage(readFileSync(join(dir, 'boilerplate', f), 'utf8'), rules, counts, f);
  const precision = ratio(counts.truePositive, counts.truePositive + counts.falsePositive);
  const recall = ratio(counts.truePositive, counts.truePositive + counts.falseNegative);

  const pinyinCases = tsvCases(join(dir, 'pinyin.tsv'));
  const pinyinMisses: string[] = [];
  const pinyinOk = pinyinCases.filter(([input, expected]) => {
    const got = stripPinyinAnnotations(input).text;
    if (got !== expected) pinyinMisses.push(`pinyin: "${input}" → "${got}"`);
    return got === expected;
  }).length;

  loadWordModel();
  // Simulated: our own traditional lines, annotated and read one byte out of step.
  const simulated = readFileSync(join(dir, 'mojibake-lines.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  const script = dominantScript(simulated.join(''));
  let exact = 0;
  let charErrors = 0;
  let chars = 0;
  let untouched = 0;
  const repairMisses: string[] = [];
  for (const line of simulated) {
    const annotated = annotateLikeSites(line);
    const garbled = simulateOutOfStep(annotated);
    const repaired = stripPinyinAnnotations(repairLine(garbled, { script }).text).text;
    const want = fold(line);
    const got = fold(repaired);
    if (got === want) exact++;
    else repairMisses.push(`mojibake: "${garbled}" → "${repaired}" (want "${line}")`);
    charErrors += editDistance(got, want);
    chars += [...want].length;
    if (repairLine(line, { script }).text === line) untouched++;
  }
  // Real: lines of the traditional sample, checked by hand.
  const real = tsvCases(join(dir, 'mojibake-real.tsv'));
  const realScript = 'traditional' as const;
  let realErrors = 0;
  let realChars = 0;
  for (const [input, expected] of real) {
    const repaired = simplifiedText(stripPinyinAnnotations(repairLine(input, { script: realScript }).text).text);
    realErrors += editDistance(fold(repaired), fold(expected));
    realChars += [...fold(expected)].length;
    if (fold(repaired) !== fold(expected)) repairMisses.push(`real: "${input}" → "${repaired}" (want "${expected}")`);
  }

  const metrics = {
    boilerplate_precision: precision,
    boilerplate_recall: recall,
    pinyin_accuracy: ratio(pinyinOk, pinyinCases.length),
    mojibake_line_accuracy: ratio(exact, simulated.length),
    mojibake_char_accuracy: 1 - ratio(charErrors, chars),
    mojibake_real_char_accuracy: 1 - ratio(realErrors, realChars),
    clean_lines_untouched: ratio(untouched, simulated.length),
  };
  const report = [
    `boilerplate: ${pages.length} pages, ${counts.truePositive} units removed correctly, ${counts.falsePositive} content units removed, ${counts.falseNegative} boilerplate units kept`,
    `pinyin: ${pinyinOk}/${pinyinCases.length} lines exact`,
    `mojibake (simulated from ${simulated.length} lines of our own): ${exact} exact, character accuracy ${(metrics.mojibake_char_accuracy * 100).toFixed(1)}%`,
    `mojibake (${real.length} real lines of sample 001): character accuracy ${(metrics.mojibake_real_char_accuracy * 100).toFixed(1)}%`,
    ...[...counts.misses, ...pinyinMisses, ...repairMisses].map((m) => `  miss: ${m}`),
  ].join('\n');
  return { metrics, report };
}

export const cleanEvaluator: Evaluator = {
  name: 'clean',
  description:
    'boilerplate removal (precision/recall), pinyin-annotation removal and mojibake repair accuracy (fixtures/clean)',
  run: () => runCleanEval(),
};
