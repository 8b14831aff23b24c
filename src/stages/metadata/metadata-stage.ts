// metadata: per document — org (anonymised flag), year and school year, kind, period, on-topic — each with
// a note saying what it was read from. The title was set by the split stage.
import { z } from 'zod';
import type { DocumentMeta } from '../../model/items.ts';
import { defineDocumentStage } from '../../model/stage.ts';
import { applyCorrections } from './corrections.ts';
import {
  isAnnouncingNoticeTitle,
  isDocumentNumberLine,
  isTitleLine,
  rejoinedNoticeTitle,
} from '../../lexicon/layout/titles.ts';
import { readTrailingCounter } from '../../lexicon/layout/parts.ts';
import { documentKind, documentPeriod, openingSentence } from './document-kind.ts';
import { documentYear } from './document-year.ts';
import { openingTitle } from './document-title.ts';
import { loadOrgSuffixes, OrganisationFinder } from './organisation.ts';
import { documentTopic, loadTopicTerms } from './topic.ts';

/** The line below a title in its text, or the text's first line when the title stands above the text. */
function lineAfter(text: string, title: string): string {
  const at = text.indexOf(title.trim());
  const below = at < 0 ? text : text.slice(at + title.trim().length);
  const lines = below.split('\n');
  // Below the title found in the text, the rest of its own line comes first: a title broken over two has none.
  if (at >= 0 && lines[0]!.trim()) return '';
  // The document's number (某工字〔2015〕9号) may stand between the title's two lines.
  return lines.find((l, i) => (at >= 0 ? i > 0 : true) && l.trim() && !isDocumentNumberLine(l))?.trim() ?? '';
}

export const metadataStage = defineDocumentStage({
  name: 'metadata',
  // 46: round 39a (a title's trailing bars cut as one block) and round 39b (joiners, bare numbers, 省/市 + 学校 make no org) both
  // changed output at 45 on their branches: one number past both. 47: a headline over a section's name (一、 宗旨：)
  // reads the section's items under it as its first paragraph (round 40, a page saved as one line).
  // 48: a union known by its level as the subject of an act at a clause's start in the opening (round 41).
  // 49: an office's 机关工会 as the subject of a headline's or dated lead's act is coded 机关 (round 41).
  // 50: a unit named with one of its own bodies (党支部, 团委, 关工委, 女工委…) is coded as the unit, and such a unit
  // acting at any clause's start in the opening is the org (gold audit 15b, round 42).
  // 51: a report's event date may have its verb 45 characters past it, not 30 (a long subject: 某系党员一行二十人赴某纪念馆，开展…; round 43).
  // 52: the level union acting is read in the lead only, before the first numbered section (a plan's items are not a lead).
  version: 58,
  description:
    'Org (or anonymised), year and school year, kind (plan/summary/other), period and on-topic, per document.',
  options: z.strictObject({
    /** The year to judge "a year in the future" against (defaults to the current year). */
    currentYear: z.number().int().min(1990).max(2200).optional(),
  }),
  create: (options) => {
    const orgs = new OrganisationFinder(loadOrgSuffixes());
    const topicTerms = loadTopicTerms();
    return (doc, ctx) => {
      // A document split left untitled may name itself on its first line (a headline, a 文库 title run into it).
      const dateline = doc.newsLines?.dateline ?? null;
      const found = doc.title === null ? openingTitle(doc.text) : null;
      const read0 = found?.title ?? doc.title;
      if (found) ctx.note({ rule: 'metadata.title-from-opening', reason: found.because, after: found.title });
      // An official document's title the page broke over two lines (关于…的 / 通   知) ends on the line below it.
      const rejoined = read0 === null ? null : rejoinedNoticeTitle(read0, lineAfter(doc.text, read0));
      if (rejoined)
        ctx.note({
          rule: 'metadata.title-rejoined',
          reason: 'an official document title stopped before what it is; its end stands on the next line',
          before: read0 ?? undefined,
          after: rejoined,
        });
      const joined = rejoined ?? read0;
      // A title the page numbered as one of its parts or pages (…方案范文 第1篇, …工作计划第2页) is the title
      // before the counter, when that reads as a title.
      const counted = joined === null ? null : readTrailingCounter(joined.trim());
      const own = counted && isTitleLine(counted[1]!) ? counted[1]!.trim() : joined;
      if (own !== joined)
        ctx.note({
          rule: 'metadata.title-counter',
          reason: "a part's or page's number after the title is the page's, not the title's",
          before: joined ?? undefined,
          after: own ?? undefined,
        });
      // An untitled part is read by the compilation title it was filed under, which is not its title.
      const title = own ?? doc.heading ?? null;
      const org = orgs.find(title, doc.text, doc.newsLines?.credit ?? null);
      const read = documentKind(title, doc.text, undefined, dateline, doc.newsLines?.credit ?? null);
      // A part that names no kind of its own (a 范文 part titled by a generic fragment) is of the kind the site's
      // intro says the page holds (下面是小编整理的…工作计划).
      const kind =
        read.unsaid && doc.introKind
          ? { kind: doc.introKind, because: `the site's intro says the page holds ${doc.introKind}s; ${read.because}` }
          : read;
      // News and notices (kind other) take their year from the headline only: dates in a report are its events'.
      // …unless its first sentence opens with the event's full date or states the year it is of.
      // A call's opening states the year of the congress it gathers proposals for, which is its own.
      // A rule (…工作制度) is no report either: the year its opening states (2022年1月修订) is its own.
      const news = kind.kind === 'other' && !kind.notice && !kind.rule;
      // The compilation's title an untitled part is filed under states the page's year, not the part's: that year
      // reaches the part only as the heading's (below), when the part states none and hides none (…_年，我院…).
      const stated = documentYear(own, doc.text, options.currentYear, {
        titleOnly: news,
        // A report dating its event below a scene or occasion is of the year that sentence gives.
        newsOpening: news ? (kind.eventLead ?? openingSentence(doc.text).opening) : undefined,
        // A notice titled so (…的通知) reads as a headline, but the date its opening sets its event on is its year.
        announcement: kind.kind === 'plan' || kind.notice === true || (own !== null && isAnnouncingNoticeTitle(own)),
      });
      // The year split passed from the page's heading (a compilation title) counts only when the document
      // states none and hides none (a part saying "20xx年" keeps no year), and is of the heading's kind.
      const headingKind = doc.meta.kind;
      const inherited = headingKind === 'other' || headingKind === kind.kind ? doc.meta.year : null;
      const year =
        stated.year === null && !stated.schoolYear && !stated.anonymised && inherited !== null && kind.kind !== 'other'
          ? { ...stated, year: inherited, evidence: `the page heading's ${inherited}` }
          : stated;
      const period = documentPeriod(title, doc.text);
      const topic = documentTopic(`${doc.title ?? doc.heading ?? ''}\n${doc.text}`, topicTerms, title);
      if (org.org) ctx.note({ rule: 'metadata.org', reason: `organisation read from the ${org.from}`, after: org.org });
      else if (org.anonymised)
        ctx.note({
          rule: 'metadata.org-anonymised',
          reason: `the ${org.from} hides the organisation behind a placeholder (_小学, xx小学)`,
        });
      if (year !== stated) {
        ctx.note({
          rule: 'metadata.year-inherited',
          reason: `the document states no year; ${year.evidence} is taken`,
          after: String(year.year),
        });
      } else if (year.year !== null || year.schoolYear) {
        ctx.note({
          rule: 'metadata.year',
          reason: `year stated in the ${year.from}: "${year.evidence}"`,
          after: year.schoolYear ?? String(year.year),
        });
      } else if (year.anonymised) {
        ctx.note({
          rule: 'metadata.year-anonymised',
          reason: `the ${year.from} states its year as "${year.evidence}": no year`,
        });
      }
      ctx.note({ rule: `metadata.kind.${kind.kind}`, reason: kind.because });
      if (!topic.onTopic) {
        ctx.note({
          rule: 'metadata.off-topic',
          level: 'warn',
          reason: `not a trade-union plan or summary: ${topic.unionPerThousand} union terms per 1000 characters, ${topic.offTopicPerThousand} government-affairs terms${topic.rival ? `; outweighed by ${topic.rival}` : ''}`,
        });
      }
      const meta: DocumentMeta = {
        org: org.org,
        orgAnonymised: org.anonymised,
        year: year.year,
        schoolYear: year.schoolYear,
        kind: kind.kind,
        period,
        onTopic: topic.onTopic,
      };
      // A human's corrections (gonghui correct import) stand over what the readers found.
      const corrected = applyCorrections(doc, own, meta, ctx);
      return { ...doc, title: corrected.title, meta: corrected.meta };
    };
  },
});
