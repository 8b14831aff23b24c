// The report's words: one message table per language (data/messages.<lang>.json), so templates hold no
// language of their own and no `if (lang …)`. Chinese is the default: the report is read by district
// education-union offices. A message may hold {name} placeholders, filled by t(key, { name: value }).
import en from './data/messages.en.json' with { type: 'json' };
import zh from './data/messages.zh-CN.json' with { type: 'json' };

export type MessageKey = keyof typeof zh;
export type Messages = Record<MessageKey, string>;

/** Languages the report is written in; the first is the default. */
export const REPORT_LANGS = ['zh-CN', 'en'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

// Typed as the Chinese table: a key missing from the English one fails to compile.
const TABLES: Record<ReportLang, Messages> = { 'zh-CN': zh, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function messagesFor(lang: ReportLang): Translate {
  const table = TABLES[lang];
  return (key, vars) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
}

/** A name the store uses (a stats metric, a kind) in the report's language, or the name itself if the table
 * has no entry for it. */
export function translateName(t: Translate, prefix: string, name: string): string {
  const key = `${prefix}.${name}` as MessageKey;
  return key in zh ? t(key) : name;
}

/** When the report was generated, readable in its language: the date and time in the local time zone, which is
 * named (the message table arranges the three; Intl spells the date as the language writes it). */
export function readableTime(t: Translate, lang: ReportLang, iso: string): string {
  const at = new Date(iso);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(at);
  const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  const zone =
    new Intl.DateTimeFormat(lang, { timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName')
      ?.value ?? '';
  return t('generatedAt', { date, time, zone });
}
