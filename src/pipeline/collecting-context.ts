// The context a stage's notes are collected through while the runner runs it: the runner's side of
// ctx.note (stage and part added, long texts clipped), kept out of the model.
import type { Note, StageContext } from '../model/stage.ts';

const MAX_NOTE_TEXT = 400;

export function clipNoteText(text: string | undefined): string | null {
  if (text === undefined) return null;
  return text.length > MAX_NOTE_TEXT ? `${text.slice(0, MAX_NOTE_TEXT)}…` : text;
}

/** A context that collects notes for one stage run; `part` is set for document stages. */
export function collectingContext(
  stage: string,
  part: number | null,
  sink: { push(note: Note): unknown },
): StageContext {
  return {
    note(n) {
      sink.push({
        stage,
        part,
        rule: n.rule,
        reason: n.reason,
        level: n.level ?? 'info',
        span: n.span ?? null,
        before: clipNoteText(n.before),
        after: clipNoteText(n.after),
      });
    },
  };
}
