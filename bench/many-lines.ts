// The many-lines scenario of `npm run bench` (s28): one page of N short lines — a one-field line printed over
// and over (- 来源 :某某单位), or short lines of chrome, fields and prose mixed — ingested by a fresh process
// with one worker; seconds and lines per second, per page. A page of 50,000 such lines took ≈105 s before s28
// (clean.chrome-lines rescanned the lines around each line); a normal page takes well under a second.
// Generated text only, written to a temp folder under the bench root and removed after.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestInFreshProcess } from './fresh-ingest.ts';
import { seededRandom } from '../src/eval/seeded-random.ts';

export interface ManyLinesRun {
  kind: ManyLinesKind;
  lines: number;
  kb: number;
  seconds: number;
  lines_per_second: number;
  stage_seconds_top: string;
  documents: number;
  errors: number;
}

export type ManyLinesKind = 'one-field' | 'mixed';

const CHROME = [
  '首页',
  '返回顶部',
  '上一篇：东湖小学工会简报',
  '下一篇：没有了',
  '分享到：',
  '【打印】【关闭】',
  '联系我们',
];
const PROSE = [
  '学校工会在上级工会的领导下，认真履行各项职能，积极开展教职工文体活动。',
  '一、加强师德建设，提高教职工的思想素质。',
  '1、组织教职工参加区教育系统羽毛球比赛。',
  '三月份：开展“三八”妇女节庆祝活动。',
];

/** A page of a title and `lines` generated lines of the kind (deterministic). */
export function manyLinesPage(kind: ManyLinesKind, lines: number, seed = 28): string {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out = ['东湖小学工会2024年工作计划'];
  for (let i = 0; i < lines; i++) {
    if (kind === 'one-field') out.push('- 来源 :东湖教育网');
    else {
      const x = rand();
      out.push(
        x < 0.3
          ? pick(CHROME)
          : x < 0.4
            ? `浏览次数：${i}`
            : x < 0.5
              ? `发布时间：2024-03-${String(1 + (i % 28)).padStart(2, '0')}`
              : x < 0.6
                ? '- 来源 :东湖教育网'
                : pick(PROSE),
      );
    }
  }
  return `${out.join('\n')}\n`;
}

export function manyLinesBench(
  root: string,
  log: (line: string) => void,
  sizes: readonly number[] = [5_000, 20_000, 50_000],
): ManyLinesRun[] {
  const dir = join(root, 'many-lines');
  rmSync(dir, { recursive: true, force: true });
  const runs: ManyLinesRun[] = [];
  try {
    for (const kind of ['one-field', 'mixed'] as const)
      for (const lines of sizes) {
        const name = `${kind}-${lines}`;
        const inputs = join(dir, name);
        mkdirSync(inputs, { recursive: true });
        const page = manyLinesPage(kind, lines);
        writeFileSync(join(inputs, 'page.txt'), page);
        log(`many lines: ingest ${lines} ${kind} lines`);
        const s = ingestInFreshProcess(inputs, join(dir, `${name}.db`), join(dir, `${name}-raw`));
        const top = Object.entries(s.stageSeconds)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 2)
          .map(([stage, sec]) => `${stage} ${sec.toFixed(2)}`)
          .join(', ');
        runs.push({
          kind,
          lines,
          kb: Math.round(Buffer.byteLength(page) / 1024),
          seconds: Math.round(s.seconds * 100) / 100,
          lines_per_second: Math.round(lines / s.seconds),
          stage_seconds_top: top,
          documents: s.documents,
          errors: s.errors,
        });
      }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return runs;
}
