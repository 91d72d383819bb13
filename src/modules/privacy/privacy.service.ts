// The contact-detail audit: any module that reveals a person's phone, email or similar calls
// recordContactView first. Consent records live with applications (another module), not here;
// this service never reveals contact details itself.
import type { Db } from '../../db/db.ts';
import { Invalid } from '../../errors.ts';
import { type ContactView, privacyRepo } from './privacy.repo.ts';

export const CONTACT_FIELDS = ['phone', 'email', 'whatsapp', 'address', 'resume'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export function createPrivacyService(db: Db) {
  return {
    /** Records that `viewerId` saw `field` of `subjectUserId` for `purpose` (e.g. "shortlisted for job 42"). */
    async recordContactView(
      viewerId: string,
      subjectUserId: string,
      field: ContactField,
      purpose: string,
    ): Promise<void> {
      const errors = [];
      if (!CONTACT_FIELDS.includes(field))
        errors.push({ field: 'field', message: 'is not a contact detail' });
      if (!purpose.trim() || purpose.length > 200)
        errors.push({ field: 'purpose', message: 'must be 1-200 characters' });
      if (errors.length) throw new Invalid(errors);
      await privacyRepo.insertView(db, {
        viewer_id: viewerId,
        subject_user_id: subjectUserId,
        field,
        purpose: purpose.trim(),
      });
    },
    /** Who saw my contact details (newest first), for export and a future "who viewed me" page. */
    viewsOf: (subjectUserId: string, limit = 500): Promise<ContactView[]> =>
      privacyRepo.viewsOf(db, subjectUserId, limit),
    /** Whose contact details I saw (employers' own export). */
    viewsBy: (viewerId: string, limit = 500): Promise<ContactView[]> =>
      privacyRepo.viewsBy(db, viewerId, limit),
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
