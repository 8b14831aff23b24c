// Finding the documents in a compilation. 范文 pages gather several plans under one title and mark them
// in a handful of ways: "篇1" / "【篇1】" / "工会工作计划 篇2" / "篇一：标题" / "…范文一：", "第一篇：标题", a numbered series of
// titles ("XX计划1" … "XX计划5"), the opening title repeated with an ordinal ("XX范本" … "XX范本(二)"), or just
// another full title line where a new plan starts ("大刘中心校2025年工会工作计划" followed by "一、…"). The
// compilation's own title and intro before the first document are not a document.
import { readMarker } from '../../lexicon/layout/markers.ts';
import {
  isPartMarker,
  isSalutation,
  opensDocumentText,
  readBracketedNumeral,
  readNumberedPart,
  readNumberedTitle,
  readOrdinalSuffix,
  readPartMarker,
  readHiddenTextGap,
  isHiddenGapInOneFile,
  readDatedHeadline,
  isReadMoreEnd,
} from '../../lexicon/layout/parts.ts';
import { isSignOffDate } from '../../lexicon/layout/sign-offs.ts';
import { headingKind, isBareTitleLine, withoutRunOn } from '../../lexicon/layout/titles.ts';
import { chineseNumber, isTitleLine } from '../../lexicon/plan-structure.ts';
import { compilationTitle, partMarker, readsAsTitle } from './furniture.ts';
import { leadTitle } from './lead-title.ts';

export type BoundaryKind = 'pian' | 'di-pian' | 'numbered-title' | 'repeated-title' | 'title-line' | 'dated-headline';

export interface Boundary {
  /** Index of the line that opens the document. */
  line: number;
  kind: BoundaryKind;
  /** The title the marker line gives (null when it names none, e.g. "【篇1】"). */
  title: string | null;
  /** The marker line is a header only (篇N / 第N篇): the document's text starts on the next line. */
  headerOnly: boolean;
  /** Text after the marker on the same line that is already the document's first sentence. */
  rest: string | null;
}

export interface FoundDocument {
  title: string | null;
  /** What named the title (provenance): a lead-title shape, a part marker's kind, the page's own title. */
  titleFrom: string | null;
  /** The compilation's title, for a document that gives none of its own (evidence, not its title). */
  heading?: string | null;
  text: string;
  kind: BoundaryKind | 'whole';
  /** 1-based line of the source text where the document starts. */
  firstLine: number;
}

export interface CompilationSplit {
  documents: FoundDocument[];
  /** Text before the first document (the compilation's title and intro), if any. */
  intro: string | null;
  /** Parts that held only a header for the documents under them (第五篇：… followed by 计划1…5). */
  containers: string[];
  /** The year of the page's own heading (the compilation title, or a headline above the document's title),
   * for documents that state none. */
  pageYear: number | null;
  /** What the page's heading calls its documents (…计划 → plan, …总结 → summary), when it says. */
  pageKind: 'plan' | 'summary' | null;
  /** Notices of hidden text the page gave (此处已隐藏9705字), as written, and whether each split the text. */
  gaps: Array<{ notice: string; hidden: number; splits: boolean }>;
}

/** A year in a heading; not a date's ("2020-09-18"), a length's ("2000字") or a count's. */
const HEADING_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)(?!\s*(?:[-—–/.．]\s*\d{1,2}|字|篇|元|人))/u;

/** The page's heading above its one document, else the compilation's title it is filed under untitled (…计划范文
 * (精选27篇)): a compilation title's year passes to its parts that state none (SCHEMA; t002). A part titled on its own
 * under it (医院工会工作总结20_1 under …总结2023(汇总3篇): s024) takes no year from it here. */
function headingOver(above: string[], filedUnder: string | null): Pick<CompilationSplit, 'pageYear' | 'pageKind'> {
  const read = pageHeading(above);
  return read.pageYear === null && filedUnder !== null ? pageHeading([filedUnder]) : read;
}

/** The year of the first heading with one among the lines above the first document, and its kind word. */
function pageHeading(lines: string[]): Pick<CompilationSplit, 'pageYear' | 'pageKind'> {
  for (const line of lines) {
    const t = line.trim();
    if (!readsAsTitle(t) && compilationTitle(t) === null) continue;
    const m = HEADING_YEAR.exec(t);
    if (!m) continue;
    const kind = headingKind(t);
    return { pageYear: Number(m[1]), pageKind: kind };
  }
  return { pageYear: null, pageKind: null };
}

/** Text before a bare title line must be at least this long for the line to start a new document. */
const MIN_DOCUMENT_CHARS = 120;
/** Longer than this, the text before the first marker is a document of its own, not an intro. */
const MAX_INTRO_CHARS = 400;

/** A short unpunctuated line: after a written date and before a salutation, the next document's title (倡 议 书). */
const SHORT_LINE = /^[^，。；！？,;!?：:]{2,20}$/u;

function opensDocument(line: string | undefined): boolean {
  if (line === undefined) return false;
  const t = line.trim();
  if (isSalutation(t)) return true;
  const marker = readMarker(t, { months: true });
  if (marker && (marker.kind === 'section' || marker.kind === 'subsection') && marker.number === 1) return true;
  return opensDocumentText(t);
}

function titleOrNull(text: string): string | null {
  // "小学工会工作计划 【篇1】", "… (篇1)", "…总结(精选篇1)": the bracket opening the marker, and a selling word
  // inside it, are not the title's.
  const t = text
    .trim()
    .replace(/[:：]$/u, '')
    .replace(/\s*[【(（[]\s*(?:精选|推荐|通用|最新|热门|优秀|实用)?\s*$/u, '')
    .trim();
  // "…工作总结报告【10篇】 篇1": the count is the compilation's, not the part's title.
  return t ? (compilationTitle(t) ?? t) : null;
}

/**
 * 篇N and 第N篇 markers, kept only when they count up from 1 (a sentence merely mentioning "第二篇" is not
 * one). Gaps are allowed: sites drop parts (第一篇, 第四篇, 第五篇).
 */
/** Text under each headline of an archive list, at least. */
const MIN_POST_CHARS = 60;

/** Posts of an archive list, each under its dated headline: two or more, or none. */
function datedHeadlineBoundaries(lines: string[]): Boundary[] {
  const found = lines.flatMap((line, i): Boundary[] => {
    const title = readDatedHeadline(line);
    return title ? [{ line: i, kind: 'dated-headline', title, headerOnly: true, rest: null }] : [];
  });
  if (found.length < 2) return [];
  // Posts have text under their headlines; dated lines one after another are a schedule (2023-03-08 三八节活动).
  const posts = found.every((b, k) => {
    const end = k + 1 < found.length ? found[k + 1]!.line : lines.length;
    return bodyOf(lines, b.line + 1, end).join('').length >= MIN_POST_CHARS;
  });
  return posts ? found : [];
}

function markerBoundaries(lines: string[]): Boundary[] {
  const found: Array<Boundary & { n: number }> = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    let m = readNumberedPart(line);
    if (m && m[2]!.length <= 60) {
      const n = chineseNumber(m[1]!);
      if (n !== null)
        found.push({ line: i, kind: 'di-pian', title: titleOrNull(m[2]!), headerOnly: true, rest: null, n });
      return;
    }
    // "【二】乡镇学校教代会总结": a bracketed number before a title is a part marker naming its title.
    const bracketed = readBracketedNumeral(line);
    if (bracketed && bracketed[2]!.length <= 60 && isTitleLine(bracketed[2]!)) {
      const n = chineseNumber(bracketed[1]!);
      if (n !== null)
        found.push({ line: i, kind: 'pian', title: bracketed[2]!.trim(), headerOnly: true, rest: null, n });
      return;
    }
    m = readPartMarker(line);
    if (m) {
      const n = chineseNumber(m[3]!);
      if (n === null) return;
      const after = m[4]!.trim();
      // "篇一：2013年学校工会工作总结 集思广益 …": a title, then the document's first words on the same line.
      // …also a title in book-title marks, which need not name a unit (篇一：《初二班主任工作计划》): its place says it;
      // so does a marker opening the line ("【篇一】党支部工作总结"): a title naming no unit is all that follows it.
      const unwrapped = after ? withoutRunOn(after) : '';
      const opensLine = m[1]!.trim() === '';
      const titleAfter =
        after &&
        after.length <= 60 &&
        (isTitleLine(after) || ((unwrapped !== after || opensLine) && isBareTitleLine(unwrapped)))
          ? unwrapped
          : null;
      const rest = after && !titleAfter ? after : null;
      // "…工作报告范文1": a 范文 site's word before the number is part of the title the page gives (篇 is not).
      const before = titleOrNull(m[1]!) === null ? null : titleOrNull(`${m[1]!}${m[2] === '篇' ? '' : m[2]!}`);
      // "…报告【10篇】篇1": the page title's count is no part of the part's title, nor a title run on before it.
      const prefix = before === null ? null : withoutRunOn(compilationTitle(before) ?? before);
      found.push({ line: i, kind: 'pian', title: titleAfter ?? prefix, headerOnly: rest === null, rest, n });
    }
  });
  for (const kind of ['di-pian', 'pian'] as const) {
    const series = found.filter((b) => b.kind === kind);
    const counts = series.length > 0 && series[0]!.n === 1 && series.every((b, k) => k === 0 || b.n > series[k - 1]!.n);
    if (counts && (series.length >= 2 || kind === 'di-pian')) return series;
  }
  // A page showing one part ("小学工会工作计划 篇一" near the top, or "…模板篇4" on page 2 of a site): the
  // marker is furniture before the document's text, whatever its number.
  const pian = found.filter((b) => b.kind === 'pian');
  const before = pian.length === 1 ? bodyOf(lines, 0, pian[0]!.line) : [];
  if (
    pian.length === 1 &&
    pian[0]!.headerOnly &&
    before.join('').length < MAX_INTRO_CHARS &&
    !before.some((l) => readMarker(l.trimStart(), { months: true }))
  )
    return pian;
  return [];
}

/** "XX计划1", "XX计划2", … — titles with the same stem numbered from 1. */
function numberedTitleBoundaries(
  lines: string[],
  from: number,
  to: number,
  compilation: string | null = null,
): Boundary[] {
  const byStem = new Map<string, Array<{ line: number; n: number }>>();
  for (let i = from; i < to; i++) {
    const line = lines[i]!.trim();
    const m = readNumberedTitle(line);
    if (!m) continue;
    const stem = m[1]!.trim();
    // "中学工会工作计划2023初中3" under the compilation title "中学工会工作计划2023初中10篇": the number is a part
    // marker, the part's title is the compilation's.
    if (stem === compilation) {
      (byStem.get(stem) ?? byStem.set(stem, []).get(stem)!).push({ line: i, n: chineseNumber(m[2]!) ?? 0 });
      continue;
    }
    if (!isTitleLine(line) || !isTitleLine(m[1]!)) continue;
    (byStem.get(stem) ?? byStem.set(stem, []).get(stem)!).push({ line: i, n: chineseNumber(m[2]!) ?? 0 });
  }
  if (compilation !== null && byStem.has(compilation)) {
    return byStem.get(compilation)!.map((h) => ({
      line: h.line,
      kind: 'numbered-title',
      title: compilation,
      headerOnly: true,
      rest: null,
    }));
  }
  for (const [stem, hits] of byStem) {
    if (hits.length >= 2 && hits.every((h, k) => h.n === k + 1)) {
      return hits.map((h) => ({
        line: h.line,
        kind: 'numbered-title',
        // "…计划1", "…计划2": the number marks the part; the title the page gives is the stem.
        title: stem,
        headerOnly: true,
        rest: null,
      }));
    }
  }
  return [];
}

/** "XX范本" … "XX范本(二)": the first title repeated with an ordinal. */
function repeatedTitleBoundaries(lines: string[], from: number, to: number): Boundary[] {
  for (let i = from; i < to; i++) {
    const line = lines[i]!.trim();
    const m = readOrdinalSuffix(line);
    if (!m || !isTitleLine(line)) continue;
    const n = chineseNumber(m[2]!);
    if (n !== 2) continue;
    const base = m[1]!.trim();
    const first = lines.slice(from, i).findIndex((l) => l.trim() === base);
    if (first < 0) continue;
    const boundaries: Boundary[] = [
      { line: from + first, kind: 'repeated-title', title: base, headerOnly: true, rest: null },
    ];
    let expect = 2;
    for (let j = i; j < to; j++) {
      const mm = readOrdinalSuffix(lines[j]!.trim());
      if (mm && mm[1]!.trim() === base && chineseNumber(mm[2]!) === expect) {
        boundaries.push({ line: j, kind: 'repeated-title', title: lines[j]!.trim(), headerOnly: true, rest: null });
        expect++;
      }
    }
    return boundaries;
  }
  return [];
}

/** The first non-blank line in lines[from, to), as it stands. */
function nextNonBlank(lines: string[], from: number, to: number): string | undefined {
  for (let k = from; k < to; k++) if (lines[k]!.trim()) return lines[k];
  return undefined;
}

/** A repeated title's copy opens a part only with text under it (a title repeated last is the page's). */
function hasTextUnder(next: string | undefined): boolean {
  return next !== undefined && !isBareTitleLine(next.trim());
}

/** A full title line in the middle of the text, after a document's worth of text, opening a new one. */
function titleLineBoundaries(lines: string[], from: number, to: number): Boundary[] {
  const found: Boundary[] = [];
  const titles = new Set<string>();
  let since = 0;
  let previous = '';
  for (let i = from; i < to; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const afterDate = isSignOffDate(previous) && SHORT_LINE.test(line);
    previous = line;
    // "…活动方案5" over "一、…": a part's numbered title, also when the excerpt starts after part 1 and no series
    // from 1 shows (numberedTitleBoundaries needs one); its stem need only be shaped as a title.
    const numberedStem = readNumberedTitle(line)?.[1]?.trim() ?? null;
    const numbered = numberedStem !== null && isBareTitleLine(numberedStem);
    // A compilation whose parts share one title prints the same title line again where the next part starts,
    // whatever its first line says; the copy must have text under it (a title repeated last is the page's).
    // The next line is looked up only for a line that may open a document: from every line it made the pass
    // quadratic on a long page.
    const fullTitle = isTitleLine(line);
    const titled = fullTitle || isBareTitleLine(line);
    const repeated = titled && titles.has(line) && hasTextUnder(nextNonBlank(lines, i + 1, to));
    if (titled) titles.add(line);
    if ((fullTitle || afterDate || numbered || repeated) && !isPartMarker(line)) {
      if (since >= MIN_DOCUMENT_CHARS && (repeated || opensDocument(nextNonBlank(lines, i + 1, to)))) {
        // "…工会工作计划3": a number after the title numbers the part, it is no part of the title.
        const title = numberedStem !== null && (numbered || readsAsTitle(numberedStem)) ? numberedStem : line;
        found.push({ line: i, kind: 'title-line', title, headerOnly: true, rest: null });
        since = 0;
        continue;
      }
    }
    since += line.length;
  }
  return found;
}

function bodyOf(lines: string[], from: number, to: number): string[] {
  return lines
    .slice(from, to)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The compilation's own title: a line near the top that counts the parts ("…模板6篇" → "…"). */
function compilationTitleOf(lines: string[], to: number): string | null {
  for (let i = 0; i < Math.min(to, 12); i++) {
    const title = compilationTitle(lines[i]!);
    if (title !== null) return title;
  }
  return null;
}

/** A part's lines without part markers left standing alone in them ("【一】", "篇2"). */
function withoutMarkers(body: string[]): string[] {
  return body.filter((l) => partMarker(l) === null);
}

/** Splits a source's cleaned text into its documents. */
function splitSegment(text: string, sourceTitle: string | null): Omit<CompilationSplit, 'gaps'> {
  const lines = text.split('\n');
  const markers = markerBoundaries(lines);
  const top = markers.length ? markers : datedHeadlineBoundaries(lines);
  const compilation = compilationTitleOf(lines, top.length ? top[0]!.line : lines.length);
  const boundaries: Boundary[] = [];
  const containers: string[] = [];
  /** Lines that end the document before them without starting one (a container's header). */
  const stops: number[] = [];
  const ranges = top.length
    ? top.map((b, k) => [b.line + 1, k + 1 < top.length ? top[k + 1]!.line : lines.length] as const)
    : [[0, lines.length] as const];
  ranges.forEach(([from, to], k) => {
    const inner = [
      ...numberedTitleBoundaries(lines, from, to, compilation),
      ...repeatedTitleBoundaries(lines, from, to),
    ].sort((a, b) => a.line - b.line);
    const bare = inner.length ? [] : titleLineBoundaries(lines, from, to);
    const subs = [...inner, ...bare].sort((a, b) => a.line - b.line);
    if (top.length) {
      const header = top[k]!;
      if (inner.length && bodyOf(lines, from, inner[0]!.line).join('').length < MAX_INTRO_CHARS) {
        // 第五篇：… holding 计划1…5: the header and its intro are not a document.
        containers.push([lines[header.line]!.trim(), ...bodyOf(lines, from, inner[0]!.line)].join('\n'));
        stops.push(header.line);
      } else boundaries.push(header);
    }
    boundaries.push(...subs);
  });
  boundaries.sort((a, b) => a.line - b.line);

  if (boundaries.length === 0) {
    const body = bodyOf(lines, 0, lines.length);
    const lead = leadTitle(body);
    let rest = withoutMarkers(body.filter((_, i) => !lead.drop.has(i)));
    // Under a compilation's title (…计划(精选5篇)) with none of its own, the document is untitled: the page's
    // heading names the collection, not this text; it stays as evidence of the document's kind and unit.
    const heading = lead.because === 'compilation-title' ? lead.title : null;
    let title = heading === null ? lead.title : null;
    let titleFrom = heading === null ? lead.because : null;
    // Below a part marker's title ("机关工会工作计划篇一"), the part's own title names it ("2019机关工会工作计划").
    // …but a headline's subtitle left in the text (——城南小学工会开展…) is the headline's, no title of its own, and
    // the line over the text's salutation is its speaker's (工会主席 某某), no title either.
    const inner =
      lead.title !== null && lead.titleLine >= 0 && lead.because !== 'headline-above-subtitle' ? leadTitle(rest) : null;
    if (
      inner &&
      inner.title !== null &&
      inner.because !== 'headline-over-salutation' &&
      inner.titleLine >= 0 &&
      rest.length > inner.titleLine + inner.titleLines.length
    ) {
      title = inner.title;
      titleFrom = inner.because;
      rest = rest.filter((_, i) => !inner.titleLines.includes(i));
    }
    if ((title !== null || heading !== null) && rest.length > 0) {
      return {
        documents: [{ title, titleFrom, heading, text: rest.join('\n'), kind: 'whole', firstLine: 1 }],
        intro: lead.titleLine > 0 ? body.slice(0, lead.titleLine).join('\n') : null,
        containers,
        ...headingOver(body.slice(0, Math.max(lead.titleLine, 0)), title === null ? heading : null),
      };
    }
    return {
      documents: [
        {
          title: sourceTitle,
          titleFrom: sourceTitle === null ? null : 'page-title',
          text: body.join('\n'),
          kind: 'whole',
          firstLine: 1,
        },
      ],
      intro: null,
      containers,
      pageYear: null,
      pageKind: null,
    };
  }

  const documents: FoundDocument[] = [];
  const before = bodyOf(lines, 0, boundaries[0]!.line);
  let intro: string | null = before.length ? before.join('\n') : null;
  // An intro is a title and a sentence or two; text with headings or items before the first marker is the
  // first document (a page that starts a new plan only at its second title).
  // A site numbers its own intro too (一、活动方案 / a definition / 二、…方案(精选10篇)): when the line right above
  // the first document counts the parts, what stands above it is the compilation's intro, numbered or not.
  const last = before.at(-1)?.trim() ?? '';
  const lastCounts = compilationTitle(last.slice(readMarker(last)?.text.length ?? 0)) !== null;
  const structured =
    before.length >= 3 && !lastCounts && before.some((l) => readMarker(l.trimStart(), { months: true }) !== null);
  if (intro !== null && (intro.length > MAX_INTRO_CHARS || structured)) {
    // Its title is read as a single document's is: the last title line above its text; a unit's name or
    // year above it ("城南中学2014年" / "庆祝三八妇女节活动方案") stays in the text for its org and year.
    const lead = leadTitle(before);
    const own = lead.titleLine >= 0 ? lead.title : null;
    documents.push({
      title: own ?? sourceTitle,
      titleFrom: own !== null ? lead.because : sourceTitle === null ? null : 'page-title',
      // …and the compilation's own title line (…方案(精选10篇)) goes, as it does above a single document.
      text: before
        .filter((l, i) => compilationTitle(l) === null && (own === null || !lead.titleLines.includes(i)))
        .join('\n'),
      kind: 'whole',
      firstLine: 1,
    });
    intro = null;
  }
  boundaries.forEach((b, k) => {
    const next = k + 1 < boundaries.length ? boundaries[k + 1]!.line : lines.length;
    const end = Math.min(next, ...stops.filter((s) => s > b.line));
    let body = withoutMarkers(bodyOf(lines, b.line + 1, end));
    if (b.rest) body = [b.rest, ...body];
    // A part that names no title of its own ("【篇1】" under "…模板6篇") is untitled, filed under the compilation's.
    let title = b.title;
    let titleFrom = b.title !== null ? `marker-${b.kind}` : null;
    const heading = b.title === null ? compilation : null;
    // "第一篇：2025年小学工会计划" then "莲峰学区2025年工会工作计划": the inner title names the document, also
    // below a unit's header lines ("…工会文件" / "…工字[2010]1号" / "2010年工会工作计划"), which stay in its text.
    const inner = leadTitle(body);
    if (inner.title !== null && inner.titleLine >= 0 && body.length > inner.titleLines.length + inner.titleLine) {
      title = inner.title;
      titleFrom = inner.because;
      body = body.filter((_, i) => !inner.titleLines.includes(i));
    }
    if (body.length === 0) return;
    documents.push({
      title,
      titleFrom,
      heading: title === null ? heading : null,
      text: body.join('\n'),
      kind: b.kind,
      firstLine: b.line + 1,
    });
  });
  return { documents, intro, containers, ...pageHeading(before) };
}

/** Hidden this many characters or more, the text after a gap is another document (the gap spans a boundary). */
const MIN_SPLITTING_GAP = 1000;

/**
 * The documents of a source's text. A news list's read-more link (…… 阅读全文) ends the article before it.
 * A notice of hidden text (此处已隐藏9705字) cuts the text first: a long
 * gap spans the end of one document and the start of the next, and the text on its two sides is never one;
 * a short gap is dropped and its sides stay together. Each side is then split by its own markers.
 */
export function splitCompilation(text: string, sourceTitle: string | null = null): CompilationSplit {
  const lines = text.split('\n');
  const gaps: CompilationSplit['gaps'] = [];
  const segments: Array<{ from: number; lines: string[] }> = [{ from: 0, lines: [] }];
  lines.forEach((line, i) => {
    const hidden = readHiddenTextGap(line);
    if (isReadMoreEnd(line)) {
      // A news list's teaser ends at its read-more link; the next article starts after it.
      if (segments.at(-1)!.lines.some((l) => l.trim() !== '')) segments.push({ from: i + 1, lines: [] });
      return;
    }
    if (hidden === null) {
      segments.at(-1)!.lines.push(line);
      return;
    }
    const splits =
      hidden >= MIN_SPLITTING_GAP && !isHiddenGapInOneFile(line) && segments.at(-1)!.lines.some((l) => l.trim() !== '');
    gaps.push({ notice: line.trim(), hidden, splits });
    if (splits) segments.push({ from: i + 1, lines: [] });
  });
  const parts = segments
    .filter((seg) => seg.lines.some((l) => l.trim() !== ''))
    .map((seg, k) => ({ seg, split: splitSegment(seg.lines.join('\n'), k === 0 ? sourceTitle : null) }));
  if (parts.length === 0) return { ...splitSegment(text, sourceTitle), gaps };
  const first = parts[0]!.split;
  return {
    documents: parts.flatMap(({ seg, split }) =>
      split.documents.map((d) => ({ ...d, firstLine: d.firstLine + seg.from })),
    ),
    intro: first.intro,
    containers: parts.flatMap(({ split }) => split.containers),
    pageYear: first.pageYear,
    pageKind: first.pageKind,
    gaps,
  };
}
