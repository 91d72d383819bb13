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
  updated_at: Date;
}

export type VerificationWrite = Omit<VerificationRow, 'company_id' | 'updated_at'>;

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
};
