// The contact-detail audit: any module that reveals a person's phone, email or resume to someone
// else calls recordContactView(s) at that moment, with the purpose. Consent records live with
// seekers (another module), not here; this service never reveals contact details itself.
import { inBatches } from '../../shared/db/batches.ts';
import type { Db } from '../../shared/db/db.ts';
import { Invalid } from '../../shared/errors.ts';
import { type AdminRead, adminReadsRepo } from './privacy.admin-reads.ts';
import { type ContactView, type ContactViewSeen, privacyRepo } from './privacy.repo.ts';

export const CONTACT_FIELDS = ['phone', 'email', 'whatsapp', 'address', 'resume'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/**
 * Why a detail was revealed. The reveal paths use these codes (translated on the seeker's page);
 * other callers may give a short free text.
 */
export const PURPOSES = {
  applicantList: 'applicant_list',
  stageMove: 'stage_move',
  resumeDownload: 'resume_download',
  call: 'call',
  whatsapp: 'whatsapp',
} as const;

/** A reveal of the same detail to the same viewer for the same application is recorded once an hour. */
export const DEDUPE_MINUTES = 60;
/** A record of who saw whose contact details is kept a year: "Who saw my number" covers a full
 * hiring season and a complaint of misuse can be traced; older records only add exposure. */
export const CONTACT_VIEW_RETENTION_DAYS = 365;

export interface ContactViewInput {
  viewerId: string;
  subjectUserId: string;
  field: ContactField;
  purpose: string;
  companyId?: string | null;
  applicationId?: number | null;
}

export interface SeenEntry {
  field: string;
  purpose: string;
  viewer_name: string | null;
  company: { id: string; name: string } | null;
  job_title: string | null;
  viewed_at: string;
}

const toSeen = (r: ContactViewSeen): SeenEntry => ({
  field: r.field,
  purpose: r.purpose,
  viewer_name: r.viewer_name,
  company: r.company_id && r.company_name ? { id: r.company_id, name: r.company_name } : null,
  job_title: r.job_title,
  viewed_at: new Date(r.viewed_at).toISOString(),
});

function check(v: ContactViewInput) {
  const errors = [];
  if (!CONTACT_FIELDS.includes(v.field)) errors.push({ field: 'field', message: 'is not a contact detail' });
  if (!v.purpose.trim() || v.purpose.length > 200)
    errors.push({ field: 'purpose', message: 'must be 1-200 characters' });
  if (errors.length) throw new Invalid(errors);
}

export function createPrivacyService(db: Db) {
  const recordMany = async (views: ContactViewInput[]): Promise<number> => {
    views.forEach(check);
    return privacyRepo.insertViews(
      db,
      // Seeing your own details is not a disclosure.
      views
        .filter((v) => v.viewerId !== v.subjectUserId)
        .map((v) => ({
          viewer_id: v.viewerId,
          subject_user_id: v.subjectUserId,
          field: v.field,
          purpose: v.purpose.trim(),
          company_id: v.companyId ?? null,
          application_id: v.applicationId ?? null,
        })),
      DEDUPE_MINUTES,
    );
  };
  return {
    /** Retention (daily): records older than CONTACT_VIEW_RETENTION_DAYS (docs/data.md). */
    async purgeOld(): Promise<number> {
      return inBatches((batch) => privacyRepo.deleteOlderThan(db, CONTACT_VIEW_RETENTION_DAYS, batch));
    },
    /** Records that `viewerId` saw `field` of `subjectUserId` for `purpose` (e.g. "shortlisted for job 42"). */
    async recordContactView(
      viewerId: string,
      subjectUserId: string,
      field: ContactField,
      purpose: string,
      context: { companyId?: string | null; applicationId?: number | null } = {},
    ): Promise<void> {
      await recordMany([{ viewerId, subjectUserId, field, purpose, ...context }]);
    },
    /** Many reveals at once (an applicant list); returns how many rows were written. */
    recordContactViews: recordMany,
    /**
     * An admin read these people's details (an applicant list, a resume): each read is one row of
     * the admin audit trail, however often it repeats. Call it for admin viewers only.
     */
    async recordAdminReads(
      adminId: string,
      reads: { subjectUserId: string; field: ContactField; purpose: string }[],
    ): Promise<number> {
      for (const r of reads) check({ ...r, viewerId: adminId });
      return adminReadsRepo.insert(
        db,
        reads.map((r) => ({
          admin_id: adminId,
          subject_user_id: r.subjectUserId,
          field: r.field,
          purpose: r.purpose.trim(),
        })),
      );
    },
    /** The admin audit trail, newest first; optionally one person's. For admins only. */
    adminReads: (
      opts: { limit?: number; before?: number; subjectUserId?: string } = {},
    ): Promise<AdminRead[]> => adminReadsRepo.list(db, { limit: Math.min(opts.limit ?? 100, 500), ...opts }),
    /** Who saw my contact details (newest first), raw rows for the export. */
    viewsOf: (subjectUserId: string, limit = 500): Promise<ContactView[]> =>
      privacyRepo.viewsOf(db, subjectUserId, limit),
    /** Whose contact details I saw (employers' own export). */
    viewsBy: (viewerId: string, limit = 500): Promise<ContactView[]> =>
      privacyRepo.viewsBy(db, viewerId, limit),
    /** "Who saw my number": company, recruiter, detail, job and time, newest first. */
    async seenBy(subjectUserId: string, limit = 200): Promise<SeenEntry[]> {
      return (await privacyRepo.seenBy(db, subjectUserId, limit)).map(toSeen);
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
