// The school or unit a document belongs to: "武进区漕桥小学工会委员会2022年度工作计划" → 武进区漕桥小学. The
// title names it first; otherwise the opening of the text ("我们祖杰小学工会…"). A placeholder where the name
// was ("_小学", "xx小学", "__中学", "xxx工会", "某中学") means the page anonymised it: no org, flagged.
import { z } from 'zod';
import { withoutPartLead } from '../../lexicon/layout/parts.ts';
import { TITLE_DATE_LEAD } from '../../lexicon/layout/years.ts';
import { loadRuleFile, ruleList, RuleId, rulePattern, ruleTerm, Why } from '../../lexicon/rule-file.ts';

export interface Organisation {
  org: string | null;
  anonymised: boolean;
  /** Where it came from: 'title' | 'text'. */
  from: 'title' | 'text' | null;
}

const SuffixFile = z.strictObject({
  $comment: z.string().optional(),
  groups: ruleList(
    z.strictObject({
      id: RuleId,
      why: Why,
      suffixes: z.array(ruleTerm(2, 'a suffix has 2+ characters (one would end every name)')).min(1),
    }),
  ).min(1),
});

const PatternRule = z.strictObject({ id: RuleId, why: Why, pattern: rulePattern({ flags: 'u' }) });
const PatternsFile = z.strictObject({
  $comment: z.string().optional(),
  notNames: ruleList(PatternRule).min(1),
  units: ruleList(PatternRule).min(1),
  titleUnits: ruleList(PatternRule).min(1),
  passing: ruleList(PatternRule).min(1),
  signature: ruleList(PatternRule).min(1),
});

/** The org patterns as written (SUFFIX stands for the suffix alternation, filled in by the finder). */
export interface OrgPatterns {
  notNames: string[];
  units: string[];
  /** Units that are the org only at the head of a title (a district's education union). */
  titleUnits: string[];
  passing: string[];
  signature: string[];
}

export function loadOrgPatterns(
  file: URL | string = new URL('./data/org-patterns.json', import.meta.url),
): OrgPatterns {
  const data = loadRuleFile(file, PatternsFile);
  const sources = (rules: Array<{ pattern: string }>) => rules.map((r) => r.pattern);
  return {
    notNames: sources(data.notNames),
    units: sources(data.units),
    titleUnits: sources(data.titleUnits),
    passing: sources(data.passing),
    signature: sources(data.signature),
  };
}

export function loadOrgSuffixes(file: URL | string = new URL('./data/org-suffixes.json', import.meta.url)): string[] {
  const all = loadRuleFile(file, SuffixFile).groups.flatMap((g) => g.suffixes);
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

/** Words that end a clause before a name ("我们祖杰小学", "2025年东四尺小学"): the name starts after them. */
const LEAD_IN = /^.*(?:我们|我|本|全|各|该|在|由|对|和|与|及|为|是|的|年|度|了|将|以|把|向|从|给|之|所|下|中|上|里)/u;
const PLACEHOLDER = /(?:[_＿]+|[xX×*＊]{1,4}|某|□+|○+)\s*$/u;
const GENERIC_NAME = /^(?:本|我|我们|全|各|该|这所|此|一所|所在|学校|小学|中学)$/u;
/** The year or school year a title may open with (the grammar's): a hidden year (XX年) is not a hidden org. */
const LEADING_DATE = new RegExp(`^${TITLE_DATE_LEAD}`, 'u');
/** A placeholder inside a name ("某某县第二小学", "XX市实验中学"): the page hid where the school is. */
const PLACEHOLDER_INSIDE = /某某|[xX×*＊]{2,4}|[_＿]+|□+|○+/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class OrganisationFinder {
  private readonly named: RegExp;
  private readonly placeholder: RegExp;
  private readonly union: RegExp;
  private readonly shortestFirst: string[];
  private readonly notName: RegExp;
  private readonly units: RegExp[];
  private readonly titleUnits: RegExp[];
  private readonly passing: RegExp[];
  private readonly signature: RegExp[];

  constructor(suffixes: string[], patterns: OrgPatterns = loadOrgPatterns()) {
    this.shortestFirst = [...suffixes].sort((a, b) => a.length - b.length);
    const alt = suffixes.map(escape).join('|');
    // A title opens with the org — "武进区漕桥小学工会委员会…", "莲峰学区2025年…" — or with the year before it
    // ("2024年红旗中学工会工作计划", "2023-2024学年度第一学期城东小学…").
    this.named = new RegExp(
      `^${TITLE_DATE_LEAD}([\\p{Script=Han}xX×*＊_＿□○]{2,20}?(?:${alt}))(?=\\s*(?:工会|教代会|职代会|教职工代表大会|职工代表大会|少先队|团委|党支部|大队部|学生会)|\\d|20[xX_]|[一二〇]{4}|第|[(（]|年|$)`,
      'u',
    );
    const fill = (source: string) => new RegExp(source.replace(/SUFFIX/g, alt), 'u');
    this.notName = new RegExp(patterns.notNames.map((p) => `(?:${p})`).join('|'), 'u');
    this.units = patterns.units.map(fill);
    this.titleUnits = patterns.titleUnits.map(fill);
    this.passing = patterns.passing.map(fill);
    this.signature = patterns.signature.map(fill);
    this.placeholder = new RegExp(
      `(?:^|[^\\p{Script=Han}A-Za-z])(?:[_＿]+|[xX×*＊]{2,4}|某|□+|○+)\\s*(?:${alt}|工会)`,
      'u',
    );
    // In the text: "…祖杰小学工会", "东四尺小学工会", "_小学工会". Not "学校工会": in running text that is
    // nearly always "the school's union" (全面推进学校工会…), not a school called "…学校".
    const specific = suffixes
      .filter((s) => s !== '学校')
      .map(escape)
      .join('|');
    this.union = new RegExp(`([\\p{Script=Han}_＿xX×*＊□○]{0,12}?)(${specific})(?:工会|教代会|全体)`, 'gu');
  }

  private fromTitle(title: string): Organisation | null {
    // 第N篇 and the leading date go first: a hidden year (XX年幼儿园…) is not a hidden org.
    const t = withoutPartLead(title.trim()).replace(LEADING_DATE, '');
    const m = this.named.exec(t);
    if (m) {
      const org = m[1]!;
      const name = this.nameBeforeSuffix(org);
      if (name && PLACEHOLDER_INSIDE.test(org)) return { org: null, anonymised: true, from: 'title' };
      if (name && !GENERIC_NAME.test(name) && !this.notName.test(org)) return { org, anonymised: false, from: 'title' };
    }
    if (this.placeholder.test(t)) return { org: null, anonymised: true, from: 'title' };
    const unit = this.unitNamed(t, this.titleUnits) ?? this.unitNamed(t);
    if (unit) return { org: unit.anonymised ? null : unit.name, anonymised: unit.anonymised, from: 'title' };
    return null;
  }

  /** A union unit that is its own org (机关第五分工会, …女教职工委员会, 三年级工会小组, a hospital's union). */
  private unitIn(text: string): string | null {
    const unit = this.unitNamed(text);
    return unit && !unit.anonymised ? unit.name : null;
  }

  /** The unit named, and whether a placeholder hides its place (xx区教育工会: anonymised, no name). */
  private unitNamed(text: string, units: RegExp[] = this.units): { name: string; anonymised: boolean } | null {
    for (const re of units) {
      const m = re.exec(text);
      // The unit's own 工会 (机关工会一分会, 行政一分工会) is part of its name, not a clause run into it.
      if (m && !this.notName.test(m[1]!.replace(/工会/gu, ''))) {
        return { name: m[1]!, anonymised: PLACEHOLDER_INSIDE.test(m[1]!) };
      }
    }
    return null;
  }

  /** A school named in passing in the opening, or the unit signing the text at its end. */
  private namedInPassing(opening: string, ending: string): string | null {
    for (const re of this.passing) {
      const m = re.exec(opening);
      if (m) {
        const name = m[1]!;
        if (name.length >= 2 && !GENERIC_NAME.test(name) && !this.notName.test(name + m[2]!)) return name + m[2]!;
      }
    }
    for (const re of this.signature) {
      const m = re.exec(ending);
      if (m && this.nameBeforeSuffix(m[1]!).length >= 2 && !this.notName.test(m[1]!)) return m[1]!;
    }
    return null;
  }

  /** The name without its type: the shortest suffix it ends with leaves the longest name (武进区漕桥|小学). */
  private nameBeforeSuffix(org: string): string {
    const suffix = this.shortestFirst.find((s) => org.endsWith(s));
    return suffix ? org.slice(0, -suffix.length) : org;
  }

  private fromText(text: string): Organisation | null {
    const opening = text.slice(0, 400);
    // A text that opens with its org, as a title would ("紫石中学2021学年度第二学期工会工作计划 …").
    const head = this.named.exec(opening.trimStart().split('\n')[0]!.slice(0, 40));
    if (head) {
      const name = this.nameBeforeSuffix(head[1]!);
      if (
        name.length >= 2 &&
        !GENERIC_NAME.test(name) &&
        !this.notName.test(head[1]!) &&
        !PLACEHOLDER_INSIDE.test(head[1]!)
      )
        return { org: head[1]!, anonymised: false, from: 'text' };
    }
    let anonymised = false;
    for (const m of opening.matchAll(this.union)) {
      const before = m[1]!;
      if (PLACEHOLDER.test(before)) {
        anonymised = true;
        continue;
      }
      const name = before.replace(LEAD_IN, '');
      if (
        name.length >= 2 &&
        name.length <= 8 &&
        /^\p{Script=Han}+$/u.test(name) &&
        !GENERIC_NAME.test(name) &&
        !this.notName.test(name + m[2]!)
      ) {
        return { org: name + m[2]!, anonymised: false, from: 'text' };
      }
    }
    if (anonymised || /(?:^|[^\p{Script=Han}A-Za-z])(?:[_＿]+|[xX×*＊]{2,4})\s*工会/u.test(opening))
      return { org: null, anonymised: true, from: 'text' };
    const unit = this.unitIn(opening) ?? this.unitIn(text.slice(-300));
    if (unit) return { org: unit, anonymised: false, from: 'text' };
    const passing = this.namedInPassing(opening, text.slice(-200));
    if (passing) return { org: passing, anonymised: false, from: 'text' };
    return null;
  }

  find(title: string | null, text: string): Organisation {
    return (
      (title ? this.fromTitle(title) : null) ?? this.fromText(text) ?? { org: null, anonymised: false, from: null }
    );
  }
}
