// What a document title looks like in Chinese work plans and summaries. Page-break joining, re-paragraphing,
// the compilation splitter and the metadata stage read titles through these; the patterns are the layout
// grammar's (layout/data/titles.json, read by layout/titles.ts) and re-exported here for the stages that
// import them from this module.
export { chineseNumber } from './layout/numbers.ts';
export { isTitleLine, TITLE_KIND } from './layout/titles.ts';
