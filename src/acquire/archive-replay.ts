// Replaying the raw archive: a source's archived manifest entries → its pages, as they were when fetched or
// read. The one place that turns archived bytes back into pages, so a URL served from the archive and a
// whole `--from-archive` run see the same declared charset (the Content-Type's charset parameter).
import type { PageDraft } from '../model/items.ts';
import { headerCharset } from '../stages/decode/charset.ts';
import type { ManifestEntry, RawArchive } from './raw-archive.ts';

export function replayPage(entry: ManifestEntry, archive: RawArchive): PageDraft {
  return {
    url: entry.kind === 'url' ? (entry.finalUrl ?? entry.location) : null,
    bytes: archive.get(entry.sha256),
    declaredCharset: headerCharset(entry.headers?.['content-type']),
    // Word and PDF files are archived as read; acquire-sources turns their bytes into text when replaying.
    format: entry.format === 'html' ? 'html' : 'text',
    charset: null,
    text: '',
  };
}

export function replayPages(entries: ManifestEntry[], archive: RawArchive): PageDraft[] {
  return entries.map((e) => replayPage(e, archive));
}
