// The employer's note for the candidate (interviews.note, shown on /me/interviews) travels with the
// invite's calendar event: in its DESCRIPTION, escaped as RFC 5545 asks (backslash, semicolon, comma,
// line break), in the seeker's language. The message's own note: notifications/interview-invite-note.test.ts.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../shared/i18n/index.ts';
import { interviewIcs } from './interviews.ics.ts';
import type { InterviewRow } from './interviews.repo.ts';

const row = (note: string | null): InterviewRow => ({
  id: 7,
  application_id: 3,
  starts_at: new Date('2026-12-10T05:30:00Z'),
  duration_minutes: 30,
  mode: 'in_person',
  place: 'Office 4, Thane',
  video_link: null,
  note,
  status: 'scheduled',
  sequence: 0,
  created_at: new Date('2026-12-01T05:30:00Z'),
  updated_at: new Date('2026-12-01T05:30:00Z'),
});
const about = { job: 'Voice process executive', company: 'Acme BPO', publicUrl: 'https://deskhire.test' };

/** The DESCRIPTION value, its folded lines joined again (RFC 5545 3.1). */
const description = (ics: string): string => {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return /^DESCRIPTION:(.*)$/m.exec(unfolded)?.[1]?.replace(/\r$/, '') ?? '';
};

const NOTE_LEAD: Record<Lang, string> = {
  en: 'Note from Acme BPO',
  hi: 'Acme BPO का संदेश',
  mr: 'Acme BPO कडून संदेश',
};

describe('the interview note in the calendar invite', () => {
  for (const lang of ['en', 'hi', 'mr'] as const) {
    it(`${lang}: the calendar DESCRIPTION carries the note, escaped`, () => {
      const note = 'Bring: Aadhaar, 2 photos; ask for Meena\nGate 2 \\ lift B';
      const d = description(interviewIcs(row(note), about, lang));
      expect(d).toContain(NOTE_LEAD[lang]);
      expect(d).toContain('Bring: Aadhaar\\, 2 photos\\; ask for Meena\\nGate 2 \\\\ lift B');
      // No raw line break, comma or semicolon is left in the value.
      expect(d.replace(/\\[\\;,nN]/g, '')).not.toMatch(/[;,\n]/);
      const plain = description(interviewIcs(row(null), about, lang));
      expect(plain).not.toContain(NOTE_LEAD[lang]);
    });
  }

  it('a note typed with Windows or old Mac line breaks stays one escaped value', () => {
    const d = description(interviewIcs(row('Line one\r\nLine two\rLine three'), about, 'en'));
    expect(d).toContain('Line one\\nLine two\\nLine three');
    expect(d).not.toContain('\r');
  });
});
