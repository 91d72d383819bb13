// SQL for employer verification: the identity a company gives and each check's result. Phone codes
// live in the accounts module's otp_codes (hashed); no table here holds a code.
import type { Queryable } from '../../shared/db/db.ts';
import { SqlParams } from '../../shared/db/sql.ts';

export interface VerificationRow {
  company_id: string;
  cin: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  gstin_ok: boolean | null;
  gstin_note: string | null;
  cin_ok: boolean | null;
  cin_note: string | null;
  email_matches_website: boolean | null;
  phone_verified_at: Date | null;
  verified_by: 'checks' | 'moderator' | null;
  udyam: string | null;
  /** The token the website was proven with (tied to company and host), and how. */
  domain_token: string | null;
  domain_proof: 'dns' | 'file' | null;
  domain_proven_at: Date | null;
  /** Why only a moderator may give the badge: duplicate_gstin, duplicate_cin, known_brand, sole_proprietor. */
  review_reason: string | null;
  /** Set by migration 1100 on a CIN that two companies already shared. */
  cin_shared: boolean;
  updated_at: Date;
}

export type VerificationWrite = Omit<VerificationRow, 'company_id' | 'updated_at' | 'cin_shared'> & {
  cin_shared?: boolean;
};

export interface ReviewRow {
  company_id: string;
  name: string;
  verified: boolean;
  review_reason: string;
  gstin: string | null;
  cin: string | null;
  udyam: string | null;
  website: string | null;
  updated_at: Date;
}

const COLUMNS: (keyof VerificationWrite)[] = [
  'cin',
  'contact_email',
  'contact_phone',
  'gstin_ok',
  'gstin_note',
  'cin_ok',
  'cin_note',
  'email_matches_website',
  'phone_verified_at',
  'verified_by',
  'udyam',
  'domain_token',
  'domain_proof',
  'domain_proven_at',
  'review_reason',
];

export const verificationRepo = {
  async get(q: Queryable, companyId: string): Promise<VerificationRow | undefined> {
    const { rows } = await q.query<VerificationRow>(
      'SELECT * FROM company_verifications WHERE company_id = $1',
      [companyId],
    );
    return rows[0];
  },

  async save(q: Queryable, companyId: string, v: VerificationWrite): Promise<void> {
    const p = new SqlParams();
    const values = p.list([companyId, ...COLUMNS.map((c) => v[c])]);
    const updates = COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ');
    await q.query(
      `INSERT INTO company_verifications (company_id, ${COLUMNS.join(', ')}) VALUES (${values})
       ON CONFLICT (company_id) DO UPDATE SET ${updates}, updated_at = now()`,
      p.values,
    );
  },

  /** Another company that gave this CIN (the partial unique index backs this up against a race). */
  async cinHolder(q: Queryable, cin: string, exceptCompanyId: string): Promise<string | undefined> {
    const { rows } = await q.query<{ company_id: string }>(
      'SELECT company_id FROM company_verifications WHERE cin = $1 AND company_id <> $2 LIMIT 1',
      [cin, exceptCompanyId],
    );
    return rows[0]?.company_id;
  },

  /** The moderators' queue of companies: a reason to look, and no moderator decision yet. */
  async reviews(q: Queryable, limit: number): Promise<ReviewRow[]> {
    const { rows } = await q.query<ReviewRow>(
      `SELECT v.company_id, c.name, c.verified, v.review_reason, c.gstin, v.cin, v.udyam, c.website, v.updated_at
         FROM company_verifications v JOIN companies c ON c.id = v.company_id
        WHERE v.review_reason IS NOT NULL AND v.verified_by IS DISTINCT FROM 'moderator'
        ORDER BY v.updated_at LIMIT $1`,
      [limit],
    );
    return rows;
  },
};
