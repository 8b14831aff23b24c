// Stitching the pages of one document: page texts joined in order, without the lines every page repeats
// (site header, the title line, "第2页 / 共6页" counters). Lines are compared with digits masked so that
// counters match; a repeated line is kept once when it is the document's title.

export interface RepeatedLine {
  line: string;
  pages: number;
}

export interface Stitched {
  text: string;
  dropped: RepeatedLine[];
}

/** Digits masked, spaces removed: "第 2 页 / 共6页" and "第3页/共6页" compare equal. */
function lineKey(line: string): string {
  return line.replace(/[\s\u3000]+/g, '').replace(/[0-9０-９]+/g, '#');
}

/** With two pages only, a line is "repeated" only near the top or bottom of both (headers, footers): two
 * pages of a compilation can share a body line such as "一、指导思想". */
const EDGE_LINES = 4;
/** Masked-digit matching only for short lines: long lines that differ only in numbers are real text. */
const MAX_MASKED_LINE = 40;

function numbersIn(line: string): number[] {
  return (line.normalize('NFKC').match(/\d+/g) ?? []).map(Number);
}

export function stitchPages(pageTexts: string[], title: string | null): Stitched {
  if (pageTexts.length < 2) return { text: pageTexts[0] ?? '', dropped: [] };
  const pages = pageTexts.map((t) => t.split('\n'));
  const keyOf = (line: string) => {
    const bare = line.replace(/[\s\u3000]+/g, '');
    return [...bare].length <= MAX_MASKED_LINE ? lineKey(line) : bare;
  };
  const near = (lines: string[], i: number) => i < EDGE_LINES || i >= lines.length - EDGE_LINES;
  const presence = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      if (pages.length === 2 && !near(lines, i)) return;
      const k = keyOf(line);
      if (seen.has(k)) return;
      seen.add(k);
      presence.set(k, (presence.get(k) ?? 0) + 1);
    });
  }
  const repeated = new Set([...presence.entries()].filter(([, n]) => n === pages.length).map(([k]) => k));
  // A line that repeats only with its numbers masked is a page counter when, on every page, one of its
  // numbers is that page's number ("第3页 / 共6页" on page 3); otherwise the numbers make it real text.
  for (const k of [...repeated]) {
    if (!k.includes('#')) continue;
    const tracksPage = pages.every((lines, i) =>
      lines.some((line) => line.trim() && keyOf(line) === k && numbersIn(line).includes(i + 1)),
    );
    const identical =
      new Set(
        pages.flatMap((lines) =>
          lines.filter((l) => l.trim() && keyOf(l) === k).map((l) => l.replace(/[\s\u3000]+/g, '')),
        ),
      ).size === 1;
    if (!tracksPage && !identical) repeated.delete(k);
  }
  if (repeated.size === 0) return { text: pageTexts.join('\n'), dropped: [] };
  const titleKey = title ? keyOf(title) : null;
  const dropped = new Map<string, RepeatedLine>();
  let titleKept = false;
  const out: string[] = [];
  pages.forEach((lines) => {
    lines.forEach((line, i) => {
      const k = line.trim() ? keyOf(line) : null;
      if (k === null || !repeated.has(k) || (pages.length === 2 && !near(lines, i))) {
        out.push(line);
        return;
      }
      if (k === titleKey && !titleKept) {
        titleKept = true;
        out.push(line);
        return;
      }
      if (!dropped.has(k)) dropped.set(k, { line: line.trim(), pages: pages.length });
    });
  });
  return { text: out.join('\n').replace(/\n{3,}/g, '\n\n'), dropped: [...dropped.values()] };
}
