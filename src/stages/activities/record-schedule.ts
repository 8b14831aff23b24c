// Schedules written as records, one activity after another, each with labelled fields (a table flattened
// into "field: value" lines): "- 活动名称：新年联欢会" / "- 时间：1月上旬" (the value may sit on the next line)
// / a description. The name line is the item; the time field dates it.
import type { Schedule } from './schedule-sections.ts';
import { newNumbering } from './schedule-items.ts';
import { parseTimeCell, timeHeader } from './table-schedule.ts';

const BULLET = '[-–—•·●▪*]?\\s*';
/** "活动名称：…", "- 活动主题：…": the record's name, which is its item. */
const NAME_FIELD = new RegExp(`^\\s*${BULLET}(?:活动)?(?:名称|主题|项目)\\s*[:：]\\s*\\S`);
/** "时间：1月上旬", "- 活动时间：" (value on the next line). */
const TIME_FIELD = new RegExp(`^\\s*${BULLET}(?:活动|举办|实施)?时间\\s*[:：]\\s*(?<value>.*)$`);
/** How far after a name line its time field may come. */
const TIME_WITHIN = 2;

function monthOf(value: string) {
  // "3月8日" and "3月8日下午" date the record by their month.
  return parseTimeCell(value.replace(/\s*\d{1,2}\s*[日号].*$/, '').trim(), false);
}

export interface RecordScan {
  schedules: Schedule[];
  claimed: Set<number>;
}

export function findRecordSchedules(paragraphs: readonly string[], skip: (i: number) => boolean): RecordScan {
  const schedule: Schedule = { blocks: [], endedBy: 'end of document' };
  const claimed = new Set<number>();
  for (let i = 0; i < paragraphs.length; i++) {
    if (skip(i) || !NAME_FIELD.test(paragraphs[i]!)) continue;
    for (let j = i + 1; j <= i + TIME_WITHIN && j < paragraphs.length; j++) {
      const field = TIME_FIELD.exec(paragraphs[j]!);
      if (!field) continue;
      const onNext = field.groups!.value!.trim() === '';
      const at = onNext ? j + 1 : j;
      const valueText = onNext ? (paragraphs[at] ?? '') : field.groups!.value!;
      const time = monthOf(valueText);
      if (!time) break;
      const name = paragraphs[i]!;
      const lead = name.length - name.replace(new RegExp(`^\\s*${BULLET}`), '').length;
      const timeText = paragraphs[at]!;
      // The whole line is the header (its text trimmed, as written).
      const header = { ...timeHeader(timeText, 0, timeText.length, time), text: timeText.trim() };
      schedule.blocks.push({
        header,
        headerParagraph: at,
        items: [{ start: lead, end: name.trimEnd().length, text: name.slice(lead).trim(), number: null, paragraph: i }],
        continuations: [],
        numbering: newNumbering(),
        dangling: null,
      });
      for (let k = i; k <= at; k++) claimed.add(k);
      break;
    }
  }
  return schedule.blocks.length >= 2 ? { schedules: [schedule], claimed } : { schedules: [], claimed: new Set() };
}
