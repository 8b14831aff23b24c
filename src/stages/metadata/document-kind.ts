// Plan, summary or other — and the period a document covers. The text's own words outrank its title:
// compilations file summaries under "工作计划" ("现将半年来的工会工作总结如下" is a summary whatever the title).
import type { DocumentKind } from '../../model/items.ts';

const SUMMARY_TITLE = /总结|小结|汇报|述职|回顾|工作报告|年终报告/u;
const PLAN_TITLE = /计划|打算|安排|要点|方案|规划|思路|设想|行事历/u;
/** What a summary says of itself in its opening ("现将…总结如下", "回顾上半年工作", "一年来，…"). */
const SUMMARY_SAYS =
  /(?:总结|小结|汇报)如下|现(?:将|就).{0,30}(?:总结|小结|汇报)|回顾.{0,12}(?:工作|一年|半年|学期)|^(?:一年来|半年来|一学期来|过去的一年)/mu;
/** What a plan says of itself ("特制定本计划", "计划如下", "拟着重做好下列工作"). */
const PLAN_SAYS =
  /特(?:制定|制订)(?:本|如下)?(?:计划|方案|办法|要点)|(?:计划|安排)如下|拟(?:着重)?做好(?:以下|下列)|(?:今年|本学期|本学年|新学期|下半年)(?:工会)?(?:工作)?的?(?:主要)?(?:工作)?(?:计划|打算|思路)(?:如下)?[:：]/u;
const OPENING = 400;

export interface KindDecision {
  kind: DocumentKind;
  because: string;
}

export function documentKind(title: string | null, text: string): KindDecision {
  const opening = text.slice(0, OPENING);
  const summary = SUMMARY_SAYS.exec(opening);
  if (summary) return { kind: 'summary', because: `the text says "${summary[0]}"` };
  const plan = PLAN_SAYS.exec(opening);
  if (plan) return { kind: 'plan', because: `the text says "${plan[0]}"` };
  if (title) {
    const s = SUMMARY_TITLE.exec(title);
    const p = PLAN_TITLE.exec(title);
    if (s && (!p || s.index <= p.index)) return { kind: 'summary', because: `the title says "${s[0]}"` };
    if (p) return { kind: 'plan', because: `the title says "${p[0]}"` };
  }
  return { kind: 'other', because: 'neither the title nor the opening says plan or summary' };
}

const PERIODS: Array<{ period: string; pattern: RegExp }> = [
  { period: '季度', pattern: /第?[一二三四1-4]?季度/u },
  { period: '上半年', pattern: /上半年/u },
  { period: '下半年', pattern: /下半年/u },
  { period: '学期', pattern: /学期|寒假|暑期工作/u },
  { period: '学年', pattern: /学年/u },
  { period: '年度', pattern: /年度|全年|(?:19|20)\d{2}\s*年(?:工会)?(?:工作)?(?:计划|总结|要点)|新年|一年来/u },
];

/** A title that names a year and no shorter period is a year's plan or summary ("2025年小学工会计划"). */
const YEAR_TITLE = /(?:19|20)\d{2}\s*年.*(?:计划|总结|要点|打算|安排)/u;

/** The most specific period the title names, else the opening. */
export function documentPeriod(title: string | null, text: string): string | null {
  for (const source of [title ?? '', text.slice(0, 120)]) {
    for (const { period, pattern } of PERIODS) if (pattern.test(source)) return period;
  }
  return title && YEAR_TITLE.test(title) ? '年度' : null;
}
