// The title a document gives itself on its first line when the split stage found none: a title line, a title a
// 文库 page ran into the text ("…工会工作要点2015年，…"), or a news report's headline. The shapes are the layout
// grammar's (titles.json); a headline counts only when it reads as news (kind-evidence.json headlines) or has a
// subtitle after ——.
import {
  bracketedLeadTitle,
  gluedTitle,
  isHeadlineLine,
  isTitleLine,
  isTwoPartHeadline,
  isUnitNameLine,
} from '../../lexicon/layout/titles.ts';
import { openingSentence, reportsNews } from './document-kind.ts';
import { headlineWords, type KindEvidence, loadKindEvidence } from './kind-evidence.ts';

export interface OpeningTitle {
  title: string;
  because: string;
}

/** A glued title leaves this much text after it on its line (a short line is a title, not a glued one). */
const GLUED_REST = 10;

/** A site's heading may run before the title up to a colon ("…计划5篇…计划一:城东小学工会工作计划"). */
function afterHeading(title: string): string {
  const afterColon = title.split(/[:：]/u).pop()!.trim();
  return afterColon !== title && isTitleLine(afterColon) ? afterColon : title;
}

/** A table cell's bars around a line (a page laid out in a table: "东湖小学工会召开… |", "| 关于…的通知 |"): the
 * cell's edges, not the title's. */
const CELL_BARS = /^(?:[|｜]\s+)?(.*?)(?:\s+[|｜])?$/u;

export function openingTitle(text: string, ev: KindEvidence = loadKindEvidence()): OpeningTitle | null {
  const line = (openingSentence(text, ev).opening.split('\n')[0] ?? '').trim();
  const first = CELL_BARS.exec(line)![1]!.trim();
  if (!first) return null;
  if (isTitleLine(first)) return { title: afterHeading(first), because: 'the first line is a title' };
  const bracketed = bracketedLeadTitle(first);
  if (bracketed) return { title: bracketed, because: 'the first line opens with its title in 【】' };
  if (isHeadlineLine(first) && (first.includes('——') || headlineWords(first, ev) !== null))
    return { title: first, because: 'the first line is a news headline' };
  // A headline of any wording, when what follows reports one event on its day (1月7日下午，…举行…).
  const after = text.slice(text.indexOf(line) + line.length).trim();
  if (isHeadlineLine(first) && !isUnitNameLine(first) && reportsNews(after, ev) !== null)
    return { title: first, because: 'the first line heads a news report' };
  // A unit or column, a colon or bar, then the headline (二幼:用心用情…), over the report's first paragraph.
  const next = after.split('\n')[0]?.trim() ?? '';
  if (isTwoPartHeadline(first) && next.length > GLUED_REST * 3 && /[。，,]/u.test(next))
    return { title: first, because: 'the first line is a headline after its unit or column' };
  const glued = gluedTitle(first);
  if (glued && first.length - glued.length >= GLUED_REST)
    return { title: afterHeading(glued), because: 'the first line opens with a title run into the text' };
  return null;
}
