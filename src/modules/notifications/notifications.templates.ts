// Renders a notification template into a subject and plain-text body through i18n
// (src/shared/i18n/<lang>/notifications.json): `intro`, then `note` only when data.note has text (an
// interview's note for the candidate), one `item` per entry of data.items, `footer`.
// Pure: no database, no addresses.
import { formatDateTime, isLang, translator } from '../../shared/i18n/index.ts';

export type TemplateData = Record<string, unknown> & {
  /** Entries rendered one per line block with the template's `item` string. */
  items?: Record<string, unknown>[];
  /** The recipient's language; unset renders English. */
  lang?: string;
  /** Values that are catalogue keys (a stage or mode name), translated in the recipient's language. */
  labels?: Record<string, string>;
  /** Moments (an interview's start), written as date and India time in the recipient's language. */
  dates?: Record<string, Date | string>;
};

export interface Rendered {
  subject: string;
  body: string;
}

export function renderTemplate(template: string, data: TemplateData): Rendered {
  const lang = isLang(data.lang) ? data.lang : 'en';
  const t = translator(lang);
  const key = `notifications.${template}`;
  const count = data.items?.length;
  const labels = Object.fromEntries(Object.entries(data.labels ?? {}).map(([k, v]) => [k, t(v)]));
  const dates = Object.fromEntries(
    Object.entries(data.dates ?? {}).map(([k, d]) => [k, formatDateTime(d, lang)]),
  );
  const vars = { ...data, ...labels, ...dates, ...(count !== undefined ? { count } : {}) };
  const has = (part: string) => t(`${key}.${part}`, { defaultValue: '' }) !== '';
  if (!has('subject') && !has('subject_other') && !has('intro'))
    throw new Error(`Unknown notification template '${template}'`);
  const parts = [t(`${key}.intro`, vars)];
  if (typeof data.note === 'string' && data.note.trim() && has('note'))
    parts.push(t(`${key}.note`, { ...vars, note: data.note.trim() }));
  if (data.items && has('item'))
    parts.push(data.items.map((entry) => t(`${key}.item`, { ...vars, ...entry })).join('\n\n'));
  if (has('footer')) parts.push(t(`${key}.footer`, vars));
  return { subject: t(`${key}.subject`, vars), body: `${parts.join('\n\n')}\n` };
}
