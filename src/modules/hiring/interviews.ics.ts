// Builds the iCalendar invite for an interview with the `ics` library. Pure: no database, no I/O.
// A reschedule or cancel reuses the UID with a higher SEQUENCE so calendars update the one event.
import { createEvent, type EventAttributes } from 'ics';
import { type Lang, translator } from '../../shared/i18n/index.ts';
import type { InterviewRow } from './interviews.repo.ts';

/** `lang`: the seeker's (users.lang); the job and company names stay as the employer wrote them. */
export function interviewIcs(
  i: InterviewRow,
  about: { job: string; company: string; publicUrl: string },
  lang: Lang = 'en',
): string {
  const t = translator(lang);
  const names = { job: about.job, company: about.company };
  const start = i.starts_at;
  // The candidate's note, one line break kind (a lone CR would survive the library's escaping, which
  // turns CRLF and LF into \n and escapes backslash, semicolon and comma as RFC 5545 3.3.11 asks).
  const note = i.note?.replace(/\r\n?/g, '\n').trim();
  const description = note
    ? `${t('hiringMessages.calendar.description', names)}\n\n${t('hiringMessages.calendar.note', { ...names, note })}`
    : t('hiringMessages.calendar.description', names);
  const event: EventAttributes = {
    uid: `interview-${i.id}@deskhire`,
    sequence: i.sequence,
    start: start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: i.duration_minutes },
    title: t('hiringMessages.calendar.title', names),
    description,
    method: i.status === 'cancelled' ? 'CANCEL' : 'REQUEST',
    status: i.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    productId: 'deskhire/interviews',
    ...(i.place ? { location: i.place } : {}),
    ...(i.video_link ? { url: i.video_link } : {}),
  };
  const { error, value } = createEvent(event);
  if (error || !value) throw error ?? new Error('Could not build the calendar invite');
  return value;
}
