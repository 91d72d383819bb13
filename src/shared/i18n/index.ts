// Every user-facing string of the web app goes through i18next and the catalogues beside this
// file. Picks the language from ?lang=, then the `lang` cookie, then Accept-Language.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';

export const LANGUAGES = ['en', 'hi', 'mr'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', hi: 'हिन्दी', mr: 'मराठी' };

const dir = path.dirname(fileURLToPath(import.meta.url));

type Catalogue = Record<string, unknown>;

/** Deep-merges every <lang>/*.json: each module keeps its strings in its own file. */
export function catalogue(lang: Lang): Catalogue | undefined {
  const folder = path.join(dir, lang);
  if (!existsSync(folder)) return undefined;
  const merged: Catalogue = {};
  const merge = (into: Catalogue, from: Catalogue) => {
    for (const [k, v] of Object.entries(from)) {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        into[k] ??= {};
        merge(into[k] as Catalogue, v as Catalogue);
      } else into[k] = v;
    }
  };
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort())
    merge(merged, JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Catalogue);
  return merged;
}

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  resources: Object.fromEntries(
    LANGUAGES.flatMap((l) => {
      const c = catalogue(l);
      return c ? [[l, { translation: c }]] : [];
    }),
  ),
  // ghtml escapes at render time; escaping here too would double-escape.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

export function pickLang(query?: unknown, cookie?: string, acceptLanguage?: string): Lang {
  if (isLang(query)) return query;
  if (isLang(cookie)) return cookie;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (isLang(code)) return code;
  }
  return 'en';
}

/** Keys are plain strings here: catalogue completeness is checked by a test, not by the compiler. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Numbers interpolated into a string ({{count}}, {{days}}, {{score}}) are written the Indian way in
 * Latin digits (2,000 postings; 1,25,000): i18next reads plurals from `count` and interpolates from
 * `replace`, so the plural still sees the number.
 */
export function translator(lang: Lang): Translate {
  const t = i18n.getFixedT(lang) as unknown as Translate;
  return (key, options) => {
    if (!options) return t(key);
    let replace: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(options))
      if (typeof v === 'number' && Number.isFinite(v)) {
        replace ??= { ...options };
        replace[k] = formatNumber(v, lang);
      }
    return replace ? t(key, { ...options, replace }) : t(key, options);
  };
}

/**
 * The Intl locale for numbers and dates. Always Latin digits (`-u-nu-latn`): Marathi's CLDR
 * default is Devanagari digits (१५,००,०००), but seekers read phone numbers, salaries and dates in
 * 0-9 on every sign, payslip and app they use, and a salary must look the same in every language.
 */
export function intlLocale(lang: Lang): string {
  return `${lang}-IN-u-nu-latn`;
}

/** Indian digit grouping: 1500000 -> 15,00,000, in Latin digits in every language. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(intlLocale(lang)).format(n);
}

/** Annual pay the way Indian postings write it: 1,80,000 a year -> "1.8 LPA". */
export function formatLpa(monthly: number): string {
  const lakhs = (monthly * 12) / 100000;
  return `${lakhs >= 10 ? Math.round(lakhs) : Math.round(lakhs * 10) / 10} LPA`;
}

export function formatDate(d: Date | string, lang: Lang): string {
  return new Intl.DateTimeFormat(intlLocale(lang), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Asia/Kolkata',
  }).format(new Date(d));
}

/** The day in India (Asia/Kolkata) as a count of days since the epoch, for calendar-day differences. */
function indiaDay(d: Date): number {
  const [y, m, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' })
    .format(d)
    .split('-')
    .map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, day ?? 1) / 86_400_000);
}

/**
 * How long ago a day was, as a seeker reads it on a card ("today", "2 days ago", "3 weeks ago"),
 * counted in calendar days in India; older than a year shows the date itself.
 */
export function relativeDay(d: Date | string, lang: Lang, now: Date = new Date()): string {
  const days = indiaDay(new Date(d)) - indiaDay(now);
  const rtf = new Intl.RelativeTimeFormat(intlLocale(lang), { numeric: 'auto' });
  const said = (n: number, unit: Intl.RelativeTimeFormatUnit) => {
    const text = rtf.format(n, unit);
    return lang === 'mr' ? (MARATHI_LOCATIVE[text] ?? text) : text;
  };
  if (days > -7) return said(Math.min(days, 0), 'day');
  if (days > -30) return said(Math.round(days / 7), 'week');
  if (days > -365) return said(Math.round(days / 30), 'month');
  return formatDate(d, lang);
}

/**
 * Marathi says when something happened in the locative ("मागील आठवड्यात टाकली"); CLDR gives the
 * bare noun ("मागील आठवडा"), which does not read with a verb after it.
 */
const MARATHI_LOCATIVE: Record<string, string> = {
  'मागील आठवडा': 'मागील आठवड्यात',
  'मागील महिना': 'मागील महिन्यात',
};

/**
 * Marathi writes the part of the day in the locative ("सकाळी 11:00", "रात्री 9:30"); CLDR gives the
 * bare noun ("सकाळ 11:00"), which reads like a heading.
 */
const MARATHI_DAY_PERIOD: Record<string, string> = {
  सकाळ: 'सकाळी',
  दुपार: 'दुपारी',
  संध्याकाळ: 'संध्याकाळी',
  रात्र: 'रात्री',
};

/**
 * A time of day in India with the page language's words for it: "11:00 am" in English, "सुबह 11:00"
 * in Hindi, "सकाळी 11:00" in Marathi. Hindi and Marathi name the part of the day (morning,
 * afternoon, evening, night) as people say it, never "AM"/"PM" (which CLDR's hi/mr patterns use).
 */
export function formatTime(d: Date | string, lang: Lang): string {
  const parts = new Intl.DateTimeFormat(intlLocale(lang), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'Asia/Kolkata',
    ...(lang === 'en' ? {} : { dayPeriod: 'short' as const }),
  }).formatToParts(new Date(d));
  return parts
    .map((p) =>
      lang === 'mr' && p.type === 'dayPeriod' ? (MARATHI_DAY_PERIOD[p.value] ?? p.value) : p.value,
    )
    .join('')
    .replace(/\u202f/g, ' '); // ICU's narrow no-break space before "am" would make an SMS Unicode
}

/** A wall-clock time in India ("21:00") as `formatTime` words it ("9:00 pm", "रात 9:00"). */
export function formatClock(hhmm: string, lang: Lang): string {
  return /^\d\d:\d\d$/.test(hhmm) ? formatTime(`2000-01-01T${hhmm}:00+05:30`, lang) : hhmm;
}

/** A date and time in India time, in the page language ("9 Dec 2026, 11:00 am", "9 डिसें, 2026, सकाळी 11:00"). */
export function formatDateTime(d: Date | string, lang: Lang): string {
  return `${formatDate(d, lang)}, ${formatTime(d, lang)}`;
}
