// clean.boilerplate: removes the site chrome that survives extraction — upload metadata, page counters,
// navigation, copyright and ICP footers, 小编 intros, related-article lists (rules in data/boilerplate.json)
// — plus two things that need more than a pattern: teaser snippets of other articles (first sentences cut
// off with "……") and anti-copy jammer noise (random ASCII runs between Chinese sentences). Every removal is a
// note naming its rule, with the removed text.
import { isDocumentEndLine, isolateDocumentEnds } from '../../lexicon/layout/parts.ts';
import { z } from 'zod';
import type { NewsLines } from '../../model/items.ts';
import { defineSourceStage } from '../../model/stage.ts';
import { opensWithPartMarker } from '../../lexicon/layout/parts.ts';
import { isTitleLine, TITLE_KIND } from '../../lexicon/plan-structure.ts';
import { isBareTitleLine } from '../../lexicon/layout/titles.ts';
import { isNumericDateLine, isSignerBeforeDate, isSignerLine } from '../../lexicon/layout/sign-offs.ts';
import { type BoilerplateRule, loadRules } from './boilerplate-rules.ts';
import { introKind, introYear } from './intro-year.ts';

export interface Removal {
  rule: string;
  /** The rule says the line shows the page's publication (its date is the publish date). */
  publication?: boolean;
  why: string;
  /** Index of the line (in the input) the text was removed from. */
  line: number;
  text: string;
  wholeLine: boolean;
}

const TEASER = {
  id: 'teaser',
  why: 'teaser snippets of other articles: a title or first sentence cut off with "……" or "......"',
};
const MENU = {
  id: 'menu',
  why: 'a site menu: five or more short link labels in a row, separated by spaces (网站首页 学校概况 新闻动态 …)',
};
const WATERMARK = {
  id: 'watermark',
  why: "a site's name injected into the text as a watermark: the same name opens three or more lines (某某在线学习网…)",
};
const SECTION_NAME = {
  id: 'section-name',
  why: "the site's column name at the top of the page, repeated or taken from the breadcrumb (通知公告, 女工园地)",
};
const JAMMER = {
  id: 'jammer',
  why: 'anti-copy jammer noise: a short random run of letters and digits between Chinese sentences',
};

const ENDS_WITH_ELLIPSIS = /(?:\.{3,}|…+|。{3,})\s*$/u;
const SENTENCE_END = /[。！？；!?;]$/u;
/** Longest entry of a related-articles list. */
const LIST_ENTRY_MAX = 60;
const OPENS_TEXT = /[:：]$/u;
const TEASER_MAX = 300;
/** Text that goes on after a sentence's end: more than the one cut-off sentence a teaser is. */
const RUNS_ON_PAST_A_SENTENCE = /[。；;！？].{10}/u;
/** A page's tag line above its text (#踏春, #工会活动). */
const HASHTAG_LINE = /^(?:#[^\s#]{1,16}\s*)+$/u;

// Jammer: 3–16 letters and digits glued between Chinese text, or appended to the end of a line (forum pages
// add one to each line, sometimes after a space). Acronyms (GIS), numbers with units (50km, 16GB), years with
// anonymised digits (20xx, 201_) and model names (G20) are real text.
const ASCII_RUN = /(?<=[\p{Script=Han}\p{P}])[ \t]?([A-Za-z0-9]{3,16})(?=[\p{Script=Han}\p{P}]|[ \t]*$)/gu;
function isJammer(run: string): boolean {
  if (/^\d+$/.test(run) || /^[A-Z]+\d*$/.test(run) || /^[a-z]+$/.test(run) || /^[A-Z][a-z]+$/.test(run)) return false;
  if (/^\d+(?:[a-zA-Z]{1,3})$/.test(run) || /^\d*[xX]+\d*$/.test(run)) return false;
  // A measure times a count (5kgX16, 500mlx24): a pack's size, written out in a list of goods.
  if (/^\d+[a-zA-Z]{1,3}[xX]\d+$/.test(run)) return false;
  const letters = /[A-Za-z]/.test(run);
  const digits = /\d/.test(run);
  const lower = /[a-z]/.test(run);
  const upper = /[A-Z]/.test(run);
  // Mixed letters and digits, or case switching inside the run (xKqT): nothing a writer types.
  // A site tag (CNrencai: an upper-case code glued to a lower-case pinyin name) switches too.
  const switches = (run.match(/[a-z][A-Z]|[A-Z][a-z](?=[A-Z])|[A-Z]{2}[a-z]{3}/g) ?? []).length;
  return (letters && digits) || (lower && upper && switches >= 1);
}

// Jammer with symbols: a run of 5–16 printable ASCII characters ending a line (or standing alone) that mixes
// at least three of upper case, lower case, digits and symbols, two letters or more, and a symbol no word or
// number uses ("Y3(MKq", "w%X@os}E"); a counter in brackets ("(1.36W)") has one letter, its unit. An e-mail address or a link mixes them too, and is text or another rule's.
const NOISE_RUN = /(?<=^|[\p{Script=Han}\p{P}\s])[ \t]?([!-~]{5,16})[ \t]*$/u;
const NOISE_SYMBOL = /[(){}[\]@#$%^&*=<>~|\\`'"]/;
function isNoiseRun(run: string): boolean {
  if (!NOISE_SYMBOL.test(run) || /:\/\/|^www\.|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(run)) return false;
  // A word in brackets ((Word), (Excel)) is text.
  if (/^[([（][A-Za-z][a-z]+[)\]）]$/.test(run)) return false;
  // A counter in brackets (阅读(1.36W)) holds one letter, a unit; noise holds several.
  const letters = (run.match(/[A-Za-z]/g) ?? []).length;
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(run)).length;
  return classes >= 3 && letters >= 2;
}

const MENU_ITEM = /^[\p{Script=Han}A-Za-z]{2,6}$/u;
/** A list of people under a role (组员 张三 李四 …) looks like a menu but is the plan's own text. */
const ROLE_LABEL = /^(?:组长|副组长|组员|成员|委员|主任|副主任|主席|副主席|负责人|联系人|参加人员|工作人员|评委)$/u;
function isMenu(line: string): boolean {
  const items = line.split(/[\s|｜]+/u).filter(Boolean);
  return items.length >= 5 && !ROLE_LABEL.test(items[0]!) && items.every((t) => MENU_ITEM.test(t));
}

const KIND_END = new RegExp(TITLE_KIND, 'gu');
/** A teaser opens with a compilation marker (篇1:) or with the other article's title (XX工作总结我校…). */
function opensLikeTeaser(line: string): boolean {
  if (opensWithPartMarker(line)) return true;
  for (const m of line.slice(0, 50).matchAll(KIND_END)) {
    if (isTitleLine(line.slice(0, m.index + m[0].length))) return true;
  }
  return false;
}

/** Extracted HTML lists arrive as "- item" or "• item": the bullet is not part of the chrome's shape. */
const LIST_BULLET = /^(?:[-•·*]\s+|[•·](?=\S))/u;

/** `unbulleted` is the line without its list bullet (computed once per line, not once per rule). */
function lineMatches(rule: BoilerplateRule, line: string, unbulleted = line.replace(LIST_BULLET, '')): boolean {
  return matchesShape(rule, line) || (unbulleted !== line && matchesShape(rule, unbulleted));
}

function matchesShape(rule: BoilerplateRule, line: string): boolean {
  if (line.length > rule.maxLength) return false;
  if (rule.minMatches <= 1) {
    rule.pattern.lastIndex = 0;
    return rule.pattern.test(line);
  }
  // A paragraph whose credits are glued to its last sentence (…落下帷幕。(撰稿:某某 摄影:某某)) is text: only the
  // credits go, and chrome-lines cuts them.
  if (GLUED_TO_SENTENCE.test(line)) return false;
  const distinct = new Set<string>();
  for (const m of line.matchAll(rule.pattern)) distinct.add(m[0]);
  return distinct.size >= rule.minMatches;
}

/** A sentence of text before the fields: a run of characters closed by a full stop, question or exclamation mark. */
const GLUED_TO_SENTENCE = /\p{Script=Han}[^。！？!?\n]{9,}[。！？!?]\s*[(（【[]/u;

/**
 * Does the nearest non-empty line before or after line i match the rule too? A page's date stands alone;
 * dates on consecutive lines are a schedule (2023-03-08 三八节活动 / 2023-04-12 春游), the document's own text.
 */
function neighbourMatches(lines: string[], i: number, rule: BoilerplateRule): boolean {
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      const t = lines[j]!.trim();
      if (!t) continue;
      if (matchesShape(rule, t.replace(LIST_BULLET, ''))) return true;
      break;
    }
  }
  return false;
}

const SENTENCE_MARK = /[。！？!?]/u;
const CLAUSE_MARK = /[，,；;]/u;
/** Whether a line is running text: a sentence's end, or a clause mark past its first 20 characters. Two plain
 * tests, not one pattern with an unbounded run (^.{20,}[，；]): on a page saved as one line of megabytes that pattern
 * overflows the regular-expression engine's stack. */
function isSentenceText(line: string): boolean {
  return SENTENCE_MARK.test(line) || (line.length > 20 && CLAUSE_MARK.test(line.slice(20)));
}

/**
 * Is line i the date of a sign-off (落款)? A bare date right under the unit that signs (我院工会 / 2022.4.28,
 * 新乡市一中工会 / 2015.5.15, 校工会 / 2012-11-8) with no text after it dates the document: the page's stamp over a headline has
 * the report below it.
 */
function isSignOffDateLine(kept: Array<string | null>, i: number): boolean {
  if (!isNumericDateLine(kept[i]!)) return false;
  let signer = false;
  for (let j = i - 1; j >= 0; j--) {
    const t = kept[j]?.trim();
    if (!t) continue;
    // A short unit signs too (校工会 / 2012-11-8), as the signer before a written date does.
    const unit = t.replace(/\s+/gu, '');
    signer = !isSentenceText(t) && (isSignerLine(unit) || isSignerBeforeDate(unit));
    break;
  }
  return signer && !kept.slice(i + 1).some((l) => l !== null && isSentenceText(l.trim()));
}

/**
 * The end of a page's head: a line of prose (this long with a sentence's marks, or any sentence closed by its
 * stop) or a plan's numbered heading (一、, （二）, 3、), where a document's own text has begun.
 */
const PROSE_MIN = 30;
const PROSE_MARKS = /[。！？；，]/u;
const SENTENCE_CLOSE = /[。！？]\s*$/u;
const NUMBERED_OPENING =
  /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d))/u;
const endsHead = (l: string) =>
  (l.trim().length >= PROSE_MIN && PROSE_MARKS.test(l)) || SENTENCE_CLOSE.test(l) || NUMBERED_OPENING.test(l);

/** `lines` are the input's lines the removals' indexes count (a document end isolated on a line of its own). */
export function removeBoilerplate(
  text: string,
  rules: BoilerplateRule[],
): { text: string; removals: Removal[]; lines: string[] } {
  // A hidden-text notice (此处已隐藏9705字) and a news list's read-more link (…… 阅读全文) are kept, each on a
  // line of its own: they end a document, the splitter reads them, and nothing is joined across them.
  const lines = text.split('\n').flatMap(isolateDocumentEnds);
  const kept: Array<string | null> = [...lines];
  const removals: Removal[] = [];
  const drop = (i: number, rule: { id: string; why: string; publication?: boolean }) => {
    const removal: Removal = { rule: rule.id, why: rule.why, line: i, text: kept[i]!, wholeLine: true };
    if (rule.publication) removal.publication = true;
    removals.push(removal);
    kept[i] = null;
  };

  const firstLine = lines.findIndex((l) => l.trim() !== '');
  // The page's head ends at its first line of prose: a column's name may stand anywhere above it.
  const prose = lines.findIndex(endsHead);
  const headEnd = prose === -1 ? lines.length : prose;
  for (let i = 0; i < lines.length; i++) {
    if (kept[i] === null) continue;
    const line = kept[i]!.trim();
    if (!line || isDocumentEndLine(line)) continue;
    const unbulleted = line.replace(LIST_BULLET, '');
    const lineRule = rules.find(
      (r) =>
        r.scope === 'line' &&
        (!r.pageTop || i === firstLine) &&
        (!r.pageHead || i < headEnd) &&
        lineMatches(r, line, unbulleted) &&
        (!r.alone || !neighbourMatches(lines, i, r)) &&
        !(r.publication && isSignOffDateLine(kept, i)),
    );
    if (lineRule) {
      drop(i, lineRule);
      continue;
    }
    if (isMenu(line)) {
      drop(i, MENU);
      continue;
    }
    const heading = rules.find((r) => r.scope === 'list-heading' && lineMatches(r, line, unbulleted));
    if (heading) {
      drop(i, heading);
      // The list under it: short entries without a sentence end, or teasers, until real text resumes.
      const entries: number[] = [];
      let textFollows = false;
      for (let j = i + 1; j < lines.length; j++) {
        if (kept[j] === null) continue;
        const entry = kept[j]!.trim();
        if (!entry) continue;
        // A line ending in a colon opens text (各位代表：, 活动方案如下：); no list entry does.
        const isEntry =
          (entry.length <= LIST_ENTRY_MAX && !SENTENCE_END.test(entry) && !OPENS_TEXT.test(entry)) ||
          (ENDS_WITH_ELLIPSIS.test(entry) && entry.length <= TEASER_MAX);
        if (!isEntry) {
          textFollows = true;
          break;
        }
        entries.push(j);
      }
      // A heading over a single short line that runs straight into the text ("相关推荐" / the page's title /
      // its first paragraph) is a widget label left above the title, not a list: the line is the title.
      const titleUnderLabel = entries.length === 1 && textFollows && !ENDS_WITH_ELLIPSIS.test(kept[entries[0]!]!);
      for (const j of titleUnderLabel ? [] : entries) {
        const entry = kept[j]!.trim();
        // Chrome under the list (footers, crumbs) is named by its own rule.
        drop(
          j,
          rules.find((r) => r.scope !== 'inline' && !r.pageTop && !r.pageHead && lineMatches(r, entry)) ?? heading,
        );
        i = j;
      }
    }
  }

  removeFieldStacks(kept, rules, drop);
  removeTeasers(kept, drop);
  removeSectionNames(kept, removals, drop);
  removeWatermark(kept, removals);

  const inline = rules.filter((r) => r.scope === 'inline');
  // The page's first line for a page-top cut is the first it still holds once its menus and crumbs are gone
  // (加入收藏 | 设为首页 over 【栏目】headline, s33).
  const topLine = kept.findIndex((l) => l !== null && l !== undefined && l.trim() !== '');
  for (let i = 0; i < kept.length; i++) {
    let line = kept[i];
    if (line === null || line === undefined || isDocumentEndLine(line)) continue;
    for (const rule of inline) {
      // A page-top rule cuts only from the page's first line (a tag glued before the headline).
      if (rule.pageTop && i !== topLine) continue;
      if (rule.probe && !rule.probe.test(line)) continue;
      line = line.replace(rule.global, (m) => {
        removals.push({ rule: rule.id, why: rule.why, line: i, text: m, wholeLine: false });
        return rule.split ? '\n' : '';
      });
    }
    // A split leaves the pieces on lines of their own, with no empty or blank line between them.
    if (line.includes('\n'))
      line = line
        .split('\n')
        .map((piece) => piece.trim())
        .filter((piece) => piece !== '')
        .join('\n');
    // The symbol run first: the letters-and-digits rule would take only its first part (Qk2 of Qk2(Tz).
    line = line.replace(NOISE_RUN, (m, run: string) => {
      if (!isNoiseRun(run)) return m;
      removals.push({ rule: JAMMER.id, why: JAMMER.why, line: i, text: run, wholeLine: false });
      return '';
    });
    line = line.replace(ASCII_RUN, (m, run: string, at: number, whole: string) => {
      // The name of an e-mail address (gh2023@126.com) is no jammer.
      if (!isJammer(run) || whole[at + m.length] === '@') return m;
      removals.push({ rule: JAMMER.id, why: JAMMER.why, line: i, text: run, wholeLine: false });
      return '';
    });
    kept[i] = line;
  }

  const out = kept
    .filter((l): l is string => l !== null)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: out, removals, lines };
}

/** What a field line may hold after its colon: a short value (a name, a date, a count) or nothing. */
const FIELD_VALUE = /^[^。！？!?；;，,]{0,30}$/u;
/** Fields a plan's own schedule also writes alone on a line (时间:5月10日 / 日期:…): two of them alone are no page furniture. */
const PLAN_FIELDS = new Set(['时间', '日期']);

/**
 * The field of a line that is one field and its value ("- 来源 :某某局", "访问次数:"), by a rule that needs several
 * fields on a line (upload-metadata), or null.
 */
function singleField(rule: BoilerplateRule, line: string): string | null {
  const t = line.replace(LIST_BULLET, '').trim();
  if (t.length > rule.maxLength) return null;
  const found = [...t.matchAll(rule.global)];
  if (found.length !== 1 || found[0]!.index !== 0) return null;
  return FIELD_VALUE.test(t.slice(found[0]![0].length).trim()) ? found[0]![0].replace(/\s*[:：]$/u, '') : null;
}

/**
 * Some pages print the headline's fields one to a line (- 来源 :某某局 / - 访问次数 : / - 发布时间 :…): each line
 * holds one field, so a rule that needs two on a line misses them. A run of such lines next to each other with as
 * many distinct fields as the rule needs is the same furniture, and each line goes by that rule (s27: test13,
 * and a test12 page's stack of credits).
 */
function removeFieldStacks(
  kept: Array<string | null>,
  rules: BoilerplateRule[],
  drop: (i: number, rule: BoilerplateRule) => void,
): void {
  for (const rule of rules) {
    if (rule.scope !== 'line' || rule.minMatches <= 1) continue;
    let run: Array<{ i: number; field: string }> = [];
    const flush = () => {
      const fields = new Set(run.map((x) => x.field));
      if (fields.size >= rule.minMatches && [...fields].some((f) => !PLAN_FIELDS.has(f)))
        for (const x of run) drop(x.i, rule);
      run = [];
    };
    for (let i = 0; i < kept.length; i++) {
      const line = kept[i];
      // A line another rule removed (the publish line under the fields) neither joins nor breaks the run.
      if (line === null || line === undefined) continue;
      const field = line.trim() ? singleField(rule, line) : null;
      if (field === null) flush();
      else run.push({ i, field });
    }
    flush();
  }
}

/** Where site names end: 网, 网站, 文库, 在线 (学习啦在线学习网, 某某范文网). */
const SITE_NAME_END = /(?:网|网站|文库|在线)$/u;
const WATERMARK_MIN_LINES = 3;

/**
 * A watermark is a site name that opens several lines, glued to whatever text follows. The longest such
 * prefix ending like a site name, found at the start of three or more lines, goes wherever it occurs.
 */
function removeWatermark(kept: Array<string | null>, removals: Removal[]): void {
  const counts = new Map<string, number>();
  for (const line of kept) {
    if (!line) continue;
    const t = line.trimStart();
    const seen = new Set<string>();
    for (let k = 4; k <= Math.min(12, t.length); k++) {
      const prefix = t.slice(0, k);
      if (SITE_NAME_END.test(prefix) && /^[\p{Script=Han}A-Za-z0-9]+$/u.test(prefix)) seen.add(prefix);
    }
    for (const p of seen) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const mark = [...counts]
    .filter(([, n]) => n >= WATERMARK_MIN_LINES)
    .sort((a, b) => b[0].length - a[0].length)[0]?.[0];
  if (!mark) return;
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i];
    if (!line?.includes(mark)) continue;
    removals.push({ rule: WATERMARK.id, why: WATERMARK.why, line: i, text: mark, wholeLine: false });
    kept[i] = line.split(mark).join('');
  }
}

/** Lines at the top of a page that may hold the column name. */
const SECTION_NAME_WINDOW = 6;
const SECTION_NAME_LINE = /^[\p{Script=Han}]{2,8}$/u;
const CRUMB_SEPARATOR = /\s*(?:>>?|»|›|＞|[-—/|｜])\s*|\s+/u;

/**
 * News and union sites print the column a page sits in (通知公告, 女工园地) above the article, often twice or
 * once more after the breadcrumb that names it. Only a short line near the top that repeats there or is a
 * crumb goes; a title (工会工作计划) is never taken for one.
 */
function removeSectionNames(
  kept: Array<string | null>,
  removals: Removal[],
  drop: (i: number, rule: { id: string; why: string }) => void,
): void {
  // Each removed breadcrumb's crumbs, without a label before them (当前位置:).
  const trails = removals
    .filter((r) => r.rule.startsWith('breadcrumb'))
    .map((r) =>
      r.text
        .split(CRUMB_SEPARATOR)
        .filter(Boolean)
        .map((c) => c.replace(/^.*[:：]/u, '').trim()),
    );
  const crumbs = new Set(trails.flat().filter(Boolean));
  // A breadcrumb's last crumb names the page itself (当前位置:某某网 › 校务公开制度), not the column it sits in.
  const lastCrumbs = new Set(trails.map((t) => t.at(-1) ?? ''));
  const top = kept
    .map((l, i) => ({ t: l?.trim() ?? '', i }))
    .filter((x) => x.t !== '')
    .slice(0, SECTION_NAME_WINDOW);
  for (const x of top) {
    if (!SECTION_NAME_LINE.test(x.t) || isTitleLine(x.t)) continue;
    const repeated = top.filter((y) => y.t === x.t).length >= 2;
    // A repeated line shaped like a title naming no unit (社区党建工作计划 above its text and again in the page's
    // head) may be the document's title: chrome-lines judges it by its place, keeping the copy above the text —
    // also when the breadcrumb ends with it, as a page's trail ends with the page's own title.
    if (repeated && (!crumbs.has(x.t) || lastCrumbs.has(x.t)) && isBareTitleLine(x.t)) continue;
    if (repeated || crumbs.has(x.t)) drop(x.i, SECTION_NAME);
  }
}

/**
 * Teasers come in blocks (several in a row) or as the page's last line, and open with a compilation marker
 * or the other article's title. A line that trails off with "……" but opens like prose stays: it is the
 * document's own sentence.
 */
function removeTeasers(kept: Array<string | null>, drop: (i: number, rule: { id: string; why: string }) => void): void {
  const content = kept
    .map((l, i) => ({ l, i }))
    .filter((x): x is { l: string; i: number } => x.l !== null && x.l.trim() !== '');
  const isTeaser = (x: { l: string }) => {
    const t = x.l.trim();
    return ENDS_WITH_ELLIPSIS.test(t) && t.length <= TEASER_MAX && opensLikeTeaser(t);
  };
  // A page that is one such line, running on past a sentence's end, under nothing but its tags (#踏春), is that
  // line's own document cut off by the site (a 文库 preview ending in "......"), not another article's first
  // sentence: removing it would leave the page without its text (s44: test20). Under a page's own lines (a
  // schedule's months and items) the line is a teaser again.
  const last = content[content.length - 1];
  if (
    last &&
    isTeaser(last) &&
    RUNS_ON_PAST_A_SENTENCE.test(last.l) &&
    content.slice(0, -1).every((x) => HASHTAG_LINE.test(x.l.trim()))
  )
    return;
  let k = 0;
  while (k < content.length) {
    if (!isTeaser(content[k]!)) {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < content.length && isTeaser(content[end + 1]!)) end++;
    const isLast = end === content.length - 1;
    if (end > k || isLast) for (let m = k; m <= end; m++) drop(content[m]!.i, TEASER);
    k = end + 1;
  }
}

const PUBLICATION_DATE = /(?<!\d)((?:19|20)?\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/u;

/** The rules that remove a news page's dateline and credit (boilerplate.json). */
const NEWS_LINE_RULES = new Set(['news-dateline', 'news-dateline-after-title']);
/** A dateline names its desk and 讯 (本网讯, 某某周报3月9日某地讯); 通讯员 alone is a credit's. */
const DATELINE = /(?<!通)讯(?!员)/u;

/**
 * What the removed dateline and credit of a news page said (the first dateline, the last credit): the metadata
 * stage reads them as evidence of news and of the unit that wrote it. Null when none was removed.
 */
export function newsLines(removals: Removal[]): NewsLines | null {
  const removed = removals.filter((r) => NEWS_LINE_RULES.has(r.rule)).map((r) => r.text.trim());
  const dateline = removed.find((t) => DATELINE.test(t)) ?? null;
  const credit = removed.filter((t) => !DATELINE.test(t)).pop() ?? null;
  return dateline === null && credit === null ? null : { dateline, credit };
}

/** How far down a page its publish line may stand under the headline. */
const PUBLICATION_TOP = 12;

/**
 * The line right above the first removed publication line (the headline over 发布时间:…), when it stands near the
 * top of the page and was not removed itself; else null. The lines are the input's the removals count.
 */
export function lineOverPublication(lines: string[], removals: Removal[]): string | null {
  const at = removals.find((r) => r.publication && r.wholeLine)?.line;
  if (at === undefined || lines.slice(0, at).filter((l) => l.trim()).length > PUBLICATION_TOP) return null;
  const gone = new Set(removals.filter((r) => r.wholeLine).map((r) => r.line));
  for (let i = at - 1; i >= 0; i--) {
    const t = lines[i]!.trim();
    if (!t) continue;
    return gone.has(i) ? null : t;
  }
  return null;
}

/**
 * The headline right above the first removed publication line when section-name removed it for being printed twice
 * (图书馆分工会简介 / 发布时间:… / 图书馆分工会简介): a column's name stands above the headline, never right over
 * the publish line, so a repeated line there is the article's own headline, gone with its copy. Else null.
 */
export function headlineOverPublicationRemoved(lines: string[], removals: Removal[]): string | null {
  const at = removals.find((r) => r.publication && r.wholeLine)?.line;
  if (at === undefined || lines.slice(0, at).filter((l) => l.trim()).length > PUBLICATION_TOP) return null;
  const sections = removals.filter((r) => r.rule === SECTION_NAME.id);
  for (let i = at - 1; i >= 0; i--) {
    const t = lines[i]!.trim();
    if (!t) continue;
    const copies = sections.filter((r) => r.text.trim() === t).length;
    return copies >= 2 && sections.some((r) => r.line === i) ? t : null;
  }
  return null;
}

/**
 * The page's publish date, read from the first removed publication line (时间:2021-03-05 09:12, 24-07-13):
 * "2021-03-05", or null. It is the page's date, never a document's year.
 */
export function publicationDate(removals: Removal[]): string | null {
  for (const r of removals) {
    if (!r.publication) continue;
    const m = PUBLICATION_DATE.exec(r.text);
    if (!m) continue;
    const y = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
    const [mo, d] = [Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}

export const boilerplateStage = defineSourceStage({
  name: 'clean.boilerplate',
  version: 44,
  description:
    'Remove site chrome: upload metadata, page counters, navigation, footers, 小编 intros, related lists, teasers, jammer noise.',
  options: z.strictObject({
    /** Another rules file (same format as src/stages/clean/data/boilerplate.json). */
    rulesFile: z.string().min(1).optional(),
  }),
  create: (options) => {
    const rules = loadRules(options.rulesFile);
    return (item, ctx) => {
      const { text, removals, lines } = removeBoilerplate(item.text, rules);
      // With nothing removed the text may still differ: a hidden-text notice cut out of its line onto a line
      // of its own, which the splitter reads (a page whose only furniture is the notice kept it glued).
      if (removals.length === 0) return lines.length === item.text.split('\n').length ? item : { ...item, text };
      for (const r of removals) {
        ctx.note({ rule: `boilerplate.${r.rule}`, reason: r.why, before: r.text });
      }
      const publishedAt = item.publishedAt ?? publicationDate(removals);
      if (publishedAt !== item.publishedAt) {
        ctx.note({
          rule: 'boilerplate.published-at',
          reason: "the page's publish date, read from a removed publication line (never a document's year)",
          after: publishedAt ?? undefined,
        });
      }
      const news = newsLines(removals);
      const overPublication = lineOverPublication(lines, removals);
      const removedHeadline = overPublication === null ? headlineOverPublicationRemoved(lines, removals) : null;
      const year = introYear(lines, removals);
      const kind = introKind(lines, removals);
      if (kind !== null) {
        ctx.note({
          rule: 'boilerplate.intro-kind',
          reason: "the site's intro above the text says what it holds: the kind of parts that give none of their own",
          after: kind,
        });
      }
      if (year !== null) {
        ctx.note({
          rule: 'boilerplate.intro-year',
          reason: "the site's intro above the text names its year: the compilation's, for documents that state none",
          after: String(year),
        });
      }
      return {
        ...item,
        text,
        publishedAt,
        ...(news ? { newsLines: news } : {}),
        ...(year !== null ? { introYear: year } : {}),
        ...(kind !== null ? { introKind: kind } : {}),
        ...(overPublication !== null ? { lineOverPublication: overPublication } : {}),
        ...(removedHeadline !== null ? { headlineRemoved: removedHeadline } : {}),
      };
    };
  },
});
