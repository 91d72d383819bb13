// The interview invite message carries the employer's note for the candidate (interviews.note, also
// on /me/interviews), in the seeker's language, and says nothing of a note when there is none.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../shared/i18n/index.ts';
import { renderTemplate } from './notifications.templates.ts';

const invite = (lang: Lang, note?: string) =>
  renderTemplate('interviewInvite', {
    lang,
    job: 'Voice process executive',
    company: 'Acme BPO',
    dates: { when: new Date('2026-12-10T05:30:00Z') },
    duration: 30,
    mode: 'in_person',
    labels: { mode: 'hiringMessages.mode.in_person' },
    where: 'Office 4, Thane',
    ...(note ? { note } : {}),
  });

const NOTE_LEAD: Record<Lang, string> = {
  en: 'Note from Acme BPO',
  hi: 'Acme BPO का संदेश',
  mr: 'Acme BPO कडून संदेश',
};

describe('the interview note in the invite message', () => {
  for (const lang of ['en', 'hi', 'mr'] as const) {
    it(`${lang}: the message carries the note, and says nothing of one when there is none`, () => {
      const note = 'Bring your Aadhaar card; ask for Meena at the gate.';
      const withNote = invite(lang, note).body;
      expect(withNote).toContain(NOTE_LEAD[lang]);
      expect(withNote).toContain(note);
      const without = invite(lang).body;
      expect(without).not.toContain(NOTE_LEAD[lang]);
      expect(without).not.toContain('undefined');
    });
  }
});
