// SQL for seeker profiles and consent records, and only here. Never reads other modules' tables;
// the account's name and phone come through the accounts service.
import type { Queryable } from '../../shared/db/db.ts';
import { SqlParams } from '../../shared/db/sql.ts';

export interface Place {
  slug: string;
  name: string;
  lat: number;
  lng: number;
}

export interface ProfileWrite {
  city: string | null;
  localities: string[];
  places: Place[];
  travel_km: number;
  roles: string[];
  education: string | null;
  education_rank: number | null;
  experience_years: number;
  languages: { language: string; level: string }[];
  skills: string[];
  salary_min: number | null;
  salary_max: number | null;
  work_modes: string[];
  shifts: string[];
  availability: string | null;
  /** A station slug or "city/locality" the seeker travels from (commute origins); null: not told. */
  home_station: string | null;
}

export interface ProfileRow extends ProfileWrite {
  user_id: string;
  contact_consent: boolean;
  /** Opted in to candidate search (consent purpose 'candidate_search'). */
  searchable: boolean;
  resume_key: string | null;
  resume_name: string | null;
  resume_size: number | null;
  resume_uploaded_at: Date | null;
  updated_at: Date;
  [key: string]: unknown;
}

export interface ConsentRow {
  purpose: string;
  granted: boolean;
  recorded_by: string | null;
  channel: string;
  created_at: Date;
  [key: string]: unknown;
}

const COLUMNS = [
  'city',
  'localities',
  'places',
  'travel_km',
  'roles',
  'education',
  'education_rank',
  'experience_years',
  'languages',
  'skills',
  'salary_min',
  'salary_max',
  'work_modes',
  'shifts',
  'availability',
  'home_station',
] as const;

export const seekersRepo = {
  async byUser(q: Queryable, userId: string): Promise<ProfileRow | undefined> {
    const { rows } = await q.query<ProfileRow>('SELECT * FROM seeker_profiles WHERE user_id = $1', [userId]);
    return rows[0];
  },
  async byUsers(q: Queryable, userIds: string[]): Promise<ProfileRow[]> {
    const { rows } = await q.query<ProfileRow>(
      'SELECT * FROM seeker_profiles WHERE user_id = ANY($1::uuid[])',
      [userIds],
    );
    return rows;
  },
  /** Creates or replaces the profile; locks the row so consent changes are recorded in order. */
  async upsert(q: Queryable, userId: string, p: ProfileWrite): Promise<void> {
    const params = new SqlParams();
    const values = params.list([
      userId,
      ...COLUMNS.map((c) => (c === 'places' || c === 'languages' ? JSON.stringify(p[c]) : (p[c] as unknown))),
    ]);
    const cols = COLUMNS.join(', ');
    const sets = COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ');
    await q.query(
      `INSERT INTO seeker_profiles (user_id, ${cols}) VALUES (${values})
       ON CONFLICT (user_id) DO UPDATE SET ${sets}, updated_at = now()`,
      params.values,
    );
  },
  /**
   * Bulk load (demo data and benchmarks): profiles with their consent flags and, for each flag that
   * is on, the consent record that granted it. Existing profiles are left alone.
   */
  async insertMany(
    q: Queryable,
    rows: (Omit<ProfileWrite, 'salary_min' | 'salary_max' | 'home_station'> & {
      user_id: string;
      contact_consent: boolean;
      searchable: boolean;
      updated_at: string;
    })[],
  ): Promise<void> {
    if (!rows.length) return;
    const json = JSON.stringify(rows);
    await q.query(
      `INSERT INTO seeker_profiles (user_id, city, localities, places, travel_km, roles, education, education_rank,
              experience_years, languages, skills, work_modes, shifts, availability, contact_consent, searchable,
              created_at, updated_at)
       SELECT r.user_id, r.city, r.localities, r.places, r.travel_km, r.roles, r.education, r.education_rank,
              r.experience_years, r.languages, r.skills, r.work_modes, r.shifts, r.availability, r.contact_consent,
              r.searchable, r.updated_at, r.updated_at
         FROM jsonb_to_recordset($1::jsonb) AS r(user_id uuid, city text, localities text[], places jsonb,
              travel_km smallint, roles text[], education text, education_rank smallint, experience_years smallint,
              languages jsonb, skills text[], work_modes text[], shifts text[], availability text,
              contact_consent boolean, searchable boolean, updated_at timestamptz)
       ON CONFLICT (user_id) DO NOTHING`,
      [json],
    );
    await q.query(
      `INSERT INTO consent_records (user_id, purpose, granted, recorded_by, channel, created_at)
       SELECT r.user_id, c.purpose, true, r.user_id, 'demo', r.updated_at
         FROM jsonb_to_recordset($1::jsonb) AS r(user_id uuid, contact_consent boolean, searchable boolean,
              updated_at timestamptz)
         CROSS JOIN LATERAL (VALUES ('employer_contact', r.contact_consent), ('candidate_search', r.searchable))
              AS c(purpose, granted)
        WHERE c.granted`,
      [json],
    );
  },
  async ensure(q: Queryable, userId: string): Promise<void> {
    await q.query('INSERT INTO seeker_profiles (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING', [
      userId,
    ]);
  },
  /** Returns the previous value, read under a row lock. */
  async setConsent(q: Queryable, userId: string, granted: boolean): Promise<boolean> {
    const { rows } = await q.query<{ contact_consent: boolean }>(
      'SELECT contact_consent FROM seeker_profiles WHERE user_id = $1 FOR UPDATE',
      [userId],
    );
    await q.query('UPDATE seeker_profiles SET contact_consent = $2, updated_at = now() WHERE user_id = $1', [
      userId,
      granted,
    ]);
    return rows[0]?.contact_consent ?? false;
  },
  /** Candidate-search opt-in; returns the previous value, read under a row lock. */
  async setSearchable(q: Queryable, userId: string, granted: boolean): Promise<boolean> {
    const { rows } = await q.query<{ searchable: boolean }>(
      'SELECT searchable FROM seeker_profiles WHERE user_id = $1 FOR UPDATE',
      [userId],
    );
    await q.query('UPDATE seeker_profiles SET searchable = $2, updated_at = now() WHERE user_id = $1', [
      userId,
      granted,
    ]);
    return rows[0]?.searchable ?? false;
  },
  async insertConsent(
    q: Queryable,
    c: { userId: string; purpose: string; granted: boolean; recordedBy: string | null; channel: string },
  ): Promise<void> {
    await q.query(
      `INSERT INTO consent_records (user_id, purpose, granted, recorded_by, channel) VALUES ($1, $2, $3, $4, $5)`,
      [c.userId, c.purpose, c.granted, c.recordedBy, c.channel],
    );
  },
  async consents(q: Queryable, userId: string): Promise<ConsentRow[]> {
    const { rows } = await q.query<ConsentRow>(
      `SELECT purpose, granted, recorded_by, channel, created_at FROM consent_records
        WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT 100`,
      [userId],
    );
    return rows;
  },
  async setResume(
    q: Queryable,
    userId: string,
    r: { key: string; name: string; size: number } | null,
  ): Promise<string | null> {
    const { rows } = await q.query<{ resume_key: string | null }>(
      'SELECT resume_key FROM seeker_profiles WHERE user_id = $1 FOR UPDATE',
      [userId],
    );
    await q.query(
      `UPDATE seeker_profiles SET resume_key = $2, resume_name = $3, resume_size = $4,
              resume_uploaded_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END, updated_at = now()
        WHERE user_id = $1`,
      [userId, r?.key ?? null, r?.name ?? null, r?.size ?? null],
    );
    return rows[0]?.resume_key ?? null;
  },
  /** Erasure: the profile goes; consent records stay (proof of what was agreed) but lose the who. */
  async erase(q: Queryable, userId: string): Promise<void> {
    await q.query('DELETE FROM seeker_profiles WHERE user_id = $1', [userId]);
  },
};
