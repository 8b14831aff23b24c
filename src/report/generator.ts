// The tag by which a page says gonghui made it: `gonghui ingest` of a folder holding a report leaves it out by it.
// A module of its own, so that ingest knows it without loading the report renderer.
export const GENERATOR_META = '<meta name="generator" content="gonghui">';
