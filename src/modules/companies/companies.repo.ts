// SQL for companies and their members, and only here.
import type { Queryable } from '../../shared/db/db.ts';
import { SqlParams } from '../../shared/db/sql.ts';

export interface CompanyRow {
  id: string;
  owner_id: string;
  name: string;
  industry: string;
  city: string;
  website: string | null;
  gstin: string | null;
  pan: string | null;
  about: string | null;
  verified: boolean;
  verified_how: string | null;
  /** Set by migration 1100 on companies that already shared a GSTIN: kept, for a moderator to decide. */
  gstin_shared: boolean;
  created_at: Date;
  [key: string]: unknown;
}

export const companiesRepo = {
  async insert(
    q: Queryable,
    c: {
      ownerId: string;
      name: string;
      industry: string;
      city: string;
      website: string | null;
      gstin: string | null;
      pan: string | null;
      about: string | null;
    },
  ): Promise<CompanyRow> {
    const { rows } = await q.query<CompanyRow>(
      `INSERT INTO companies (owner_id, name, industry, city, website, gstin, pan, about)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [c.ownerId, c.name, c.industry, c.city, c.website, c.gstin, c.pan, c.about],
    );
    await q.query(`INSERT INTO company_members (company_id, user_id, member_role) VALUES ($1, $2, 'owner')`, [
      rows[0]!.id,
      c.ownerId,
    ]);
    return rows[0]!;
  },
  /** Bulk load (demo data): companies with their owners as members, one statement each. */
  async insertMany(
    q: Queryable,
    rows: {
      id: string;
      owner_id: string;
      name: string;
      industry: string;
      city: string;
      website: string | null;
      about: string | null;
      verified: boolean;
      created_at: string;
    }[],
  ): Promise<void> {
    const json = JSON.stringify(rows);
    await q.query(
      `INSERT INTO companies (id, owner_id, name, industry, city, website, about, verified, created_at)
       SELECT id, owner_id, name, industry, city, website, about, verified, created_at
         FROM jsonb_to_recordset($1::jsonb)
           AS x(id uuid, owner_id uuid, name text, industry text, city text, website text, about text, verified boolean, created_at timestamptz)`,
      [json],
    );
    await q.query(
      `INSERT INTO company_members (company_id, user_id, member_role)
       SELECT id, owner_id, 'owner' FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, owner_id uuid)`,
      [json],
    );
  },
  async byId(q: Queryable, id: string): Promise<CompanyRow | undefined> {
    const { rows } = await q.query<CompanyRow>('SELECT * FROM companies WHERE id = $1', [id]);
    return rows[0];
  },
  async ofMember(q: Queryable, userId: string): Promise<(CompanyRow & { member_role: string })[]> {
    const { rows } = await q.query<CompanyRow & { member_role: string }>(
      `SELECT c.*, m.member_role FROM company_members m JOIN companies c ON c.id = m.company_id
        WHERE m.user_id = $1 ORDER BY c.created_at`,
      [userId],
    );
    return rows;
  },
  async memberRole(q: Queryable, companyId: string, userId: string): Promise<string | undefined> {
    const { rows } = await q.query<{ member_role: string }>(
      'SELECT member_role FROM company_members WHERE company_id = $1 AND user_id = $2',
      [companyId, userId],
    );
    return rows[0]?.member_role;
  },
  async update(q: Queryable, id: string, patch: Record<string, string | null>): Promise<CompanyRow> {
    const cols = Object.keys(patch);
    const p = new SqlParams([id]);
    const sets = p.assignments(
      cols,
      cols.map((c) => patch[c]),
    );
    const { rows } = await q.query<CompanyRow>(
      `UPDATE companies SET ${sets}, updated_at = now() WHERE id = $1 RETURNING *`,
      p.values,
    );
    return rows[0]!;
  },
  async setVerified(q: Queryable, id: string, verified: boolean, how: string | null): Promise<void> {
    await q.query('UPDATE companies SET verified = $2, verified_how = $3, updated_at = now() WHERE id = $1', [
      id,
      verified,
      verified ? how : null,
    ]);
  },
  /** Another company that holds this GSTIN (the unique index backs this up against a race). */
  async gstinHolder(q: Queryable, gstin: string, exceptId: string | null): Promise<string | undefined> {
    const { rows } = await q.query<{ id: string }>(
      'SELECT id FROM companies WHERE gstin = $1 AND ($2::uuid IS NULL OR id <> $2) LIMIT 1',
      [gstin, exceptId],
    );
    return rows[0]?.id;
  },
  /** The team page: members with their names, owner first. */
  async members(
    q: Queryable,
    companyId: string,
  ): Promise<{ user_id: string; name: string; member_role: string; created_at: Date }[]> {
    const { rows } = await q.query<{ user_id: string; name: string; member_role: string; created_at: Date }>(
      `SELECT m.user_id, u.name, m.member_role, m.created_at FROM company_members m
         JOIN users u ON u.id = m.user_id
        WHERE m.company_id = $1 ORDER BY m.member_role = 'owner' DESC, m.created_at`,
      [companyId],
    );
    return rows;
  },
  async addMember(q: Queryable, companyId: string, userId: string): Promise<void> {
    await q.query(
      `INSERT INTO company_members (company_id, user_id, member_role) VALUES ($1, $2, 'recruiter')
       ON CONFLICT DO NOTHING`,
      [companyId, userId],
    );
  },
  async removeMember(q: Queryable, companyId: string, userId: string): Promise<boolean> {
    const { rows } = await q.query<{ user_id: string }>(
      `DELETE FROM company_members WHERE company_id = $1 AND user_id = $2 AND member_role = 'recruiter'
       RETURNING user_id`,
      [companyId, userId],
    );
    return rows.length > 0;
  },
  async upsertInvite(q: Queryable, companyId: string, phone: string, invitedBy: string): Promise<InviteRow> {
    const { rows } = await q.query<InviteRow>(
      `INSERT INTO company_invites (company_id, phone, invited_by) VALUES ($1, $2, $3)
       ON CONFLICT (company_id, phone) DO UPDATE SET invited_by = EXCLUDED.invited_by, accepted_at = NULL
       RETURNING id, company_id, phone, accepted_at, created_at`,
      [companyId, phone, invitedBy],
    );
    return rows[0]!;
  },
  async pendingInvites(
    q: Queryable,
    by: { phone?: string; companyId?: string },
  ): Promise<(InviteRow & { company_name: string })[]> {
    const { rows } = await q.query<InviteRow & { company_name: string }>(
      `SELECT i.id, i.company_id, i.phone, i.accepted_at, i.created_at, c.name AS company_name
         FROM company_invites i JOIN companies c ON c.id = i.company_id
        WHERE i.accepted_at IS NULL AND ($1::text IS NULL OR i.phone = $1)
          AND ($2::uuid IS NULL OR i.company_id = $2) ORDER BY i.id`,
      [by.phone ?? null, by.companyId ?? null],
    );
    return rows;
  },
  async acceptInvite(q: Queryable, id: number): Promise<void> {
    await q.query('UPDATE company_invites SET accepted_at = now() WHERE id = $1', [id]);
  },
  async deleteInvite(q: Queryable, companyId: string, id: number): Promise<boolean> {
    const { rows } = await q.query<{ id: number }>(
      'DELETE FROM company_invites WHERE company_id = $1 AND id = $2 AND accepted_at IS NULL RETURNING id',
      [companyId, id],
    );
    return rows.length > 0;
  },
};

export interface InviteRow {
  id: number;
  company_id: string;
  phone: string;
  accepted_at: Date | null;
  created_at: Date;
  [key: string]: unknown;
}
