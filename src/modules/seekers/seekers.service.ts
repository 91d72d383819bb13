// The rules of a seeker profile: what is valid against the taxonomy, the consent history (every
// change of `contact_consent` is recorded: who, when, purpose, granted or withdrawn) and the
// resume file. Never shows a phone to anyone but its owner; that decision is maskedPhoneFor's.
import type { Db } from '../../shared/db/db.ts';
import { type FieldError, Invalid, NotFound } from '../../shared/errors.ts';
import { type AccountsService, type AuthUser, maskPhone } from '../accounts/index.ts';
import type { CommuteService } from '../commute/index.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import { resumeFilesRepo } from './resume-files.repo.ts';
import type { ResumeStorage } from './resume-storage.ts';
import { assertPdf, displayName, type UploadedFile } from './resume-upload.ts';
import { type ProfileRow, type ProfileWrite, seekersRepo } from './seekers.repo.ts';
import type { ProfileBody, ProfileOut } from './seekers.schema.ts';

export const CONTACT_PURPOSE = 'employer_contact';
export const SEARCH_PURPOSE = 'candidate_search';

const EMPTY: ProfileWrite = {
  city: null,
  localities: [],
  places: [],
  travel_km: 10,
  roles: [],
  education: null,
  education_rank: null,
  experience_years: 0,
  languages: [],
  skills: [],
  salary_min: null,
  salary_max: null,
  work_modes: [],
  shifts: [],
  availability: null,
  home_station: null,
};

/** What an employer sees of a seeker before opening the profile. */
export interface ContactCard {
  name: string;
  phone: string;
  phone_masked: boolean;
  has_resume: boolean;
  contact_consent: boolean;
}

export function createSeekersService(
  db: Db,
  deps: {
    accounts: AccountsService;
    taxonomy: TaxonomyService;
    storage: ResumeStorage;
    commute: Pick<CommuteService, 'resolve'>;
  },
) {
  const { accounts, taxonomy, storage, commute } = deps;

  /** The stored form of a home: the station slug, or "city/locality" (one origin, one spelling). */
  async function homeOf(value: string, errors: FieldError[]): Promise<string | null> {
    try {
      const o = await commute.resolve(value, 'home_station');
      return o.kind === 'station' ? o.slug : `${o.city}/${o.slug}`;
    } catch (err) {
      if (!(err instanceof Invalid)) throw err;
      errors.push(...(err.errors ?? []));
      return null;
    }
  }

  async function normalise(current: ProfileWrite, body: ProfileBody): Promise<ProfileWrite> {
    const { contact_consent: _consent, searchable: _searchable, ...fields } = body;
    const next: ProfileWrite = { ...current };
    Object.assign(next, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
    // A new city without new localities drops the old city's localities.
    if (body.city !== undefined && body.city !== current.city && body.localities === undefined)
      next.localities = [];
    const errors: FieldError[] = [];
    const city = next.city ? await taxonomy.city(next.city) : undefined;
    if (next.city && !city) errors.push({ field: 'city', message: 'is not a known city' });
    next.localities = [...new Set(next.localities)];
    if (next.localities.length && !next.city)
      errors.push({ field: 'city', message: 'choose the city of your preferred localities' });
    const places = [];
    for (const [i, slug] of next.localities.entries()) {
      const l = city?.localities.find((x) => x.slug === slug);
      if (city && !l)
        errors.push({ field: `localities.${i}`, message: `'${slug}' is not a locality of ${city.name}` });
      if (l) places.push({ slug: l.slug, name: l.name, lat: l.lat, lng: l.lng });
    }
    if (city && !next.localities.length)
      places.push({ slug: city.slug, name: city.name, lat: city.lat, lng: city.lng });
    next.places = places;
    next.roles = [...new Set(next.roles)];
    for (const [i, r] of next.roles.entries())
      if (!(await taxonomy.role(r)))
        errors.push({ field: `roles.${i}`, message: `'${r}' is not a known role` });
    next.languages = [
      ...new Map(
        next.languages.map((l) => [l.language.toLowerCase(), { ...l, language: l.language.toLowerCase() }]),
      ).values(),
    ];
    for (const [i, l] of next.languages.entries())
      if (!(await taxonomy.has('languages', l.language)))
        errors.push({ field: `languages.${i}`, message: `'${l.language}' is not a known language` });
    next.skills = [...new Set(next.skills.map((s) => s.trim().toLowerCase()).filter(Boolean))];
    next.work_modes = [...new Set(next.work_modes)];
    next.shifts = [...new Set(next.shifts)];
    if (next.salary_min !== null && next.salary_max !== null && next.salary_min > next.salary_max)
      errors.push({ field: 'salary_min', message: 'must not be more than salary_max' });
    next.education_rank = next.education ? ((await taxonomy.educationRank(next.education)) ?? null) : null;
    if (body.home_station) next.home_station = await homeOf(body.home_station, errors);
    if (errors.length) throw new Invalid(errors);
    return next;
  }

  const profilesOf = async (seekerIds: string[]) =>
    new Map((await seekersRepo.byUsers(db, seekerIds)).map((p) => [p.user_id, p]));

  /** The cards of the seekers whose account still exists; accounts read in one query. */
  async function cardsOf(
    seekerIds: string[],
    profiles: Map<string, ProfileRow>,
    reveal: (seekerId: string) => boolean,
  ): Promise<Map<string, ContactCard>> {
    const people = await accounts.many(seekerIds);
    const out = new Map<string, ContactCard>();
    for (const id of new Set(seekerIds)) {
      const me = people.get(id);
      if (!me) continue;
      const p = profiles.get(id);
      const consent = p?.contact_consent ?? false;
      const show = consent || reveal(id);
      out.set(id, {
        name: me.name,
        phone: show ? me.phone : maskPhone(me.phone),
        phone_masked: !show,
        has_resume: Boolean(p?.resume_key),
        contact_consent: consent,
      });
    }
    return out;
  }

  async function toOut(userId: string, row: ProfileRow | undefined): Promise<ProfileOut> {
    const me = await accounts.me(userId);
    const p = row ?? {
      ...EMPTY,
      contact_consent: false,
      searchable: false,
      resume_key: null,
      resume_name: null,
      resume_size: null,
      resume_uploaded_at: null,
      updated_at: null,
    };
    const consents = await seekersRepo.consents(db, userId);
    return {
      user_id: userId,
      name: me.name,
      phone: me.phone,
      city: p.city,
      localities: p.localities,
      travel_km: p.travel_km,
      roles: p.roles,
      education: p.education,
      experience_years: p.experience_years,
      languages: p.languages,
      skills: p.skills,
      salary_min: p.salary_min,
      salary_max: p.salary_max,
      work_modes: p.work_modes,
      shifts: p.shifts,
      availability: p.availability,
      home_station: p.home_station ?? null,
      contact_consent: p.contact_consent,
      searchable: p.searchable,
      consents: consents.map((c) => ({
        purpose: c.purpose,
        granted: c.granted,
        recorded_by: c.recorded_by,
        channel: c.channel,
        at: c.created_at.toISOString(),
      })),
      resume:
        p.resume_key && p.resume_name && p.resume_uploaded_at
          ? { name: p.resume_name, size: p.resume_size ?? 0, uploaded_at: p.resume_uploaded_at.toISOString() }
          : null,
      updated_at: p.updated_at?.toISOString() ?? null,
    };
  }

  return {
    async get(user: AuthUser): Promise<ProfileOut> {
      return toOut(user.id, await seekersRepo.byUser(db, user.id));
    },

    /** Checks a profile change without saving it (the web form collects every error at once). */
    async validate(user: AuthUser, body: ProfileBody): Promise<void> {
      await normalise((await seekersRepo.byUser(db, user.id)) ?? EMPTY, body);
    },

    /** Fields left out keep their value. A change of contact_consent adds a consent record. */
    async update(user: AuthUser, body: ProfileBody, channel: 'api' | 'web' = 'api'): Promise<ProfileOut> {
      const current = await seekersRepo.byUser(db, user.id);
      const write = await normalise(current ?? EMPTY, body);
      await db.tx(async (q) => {
        await seekersRepo.upsert(q, user.id, write);
        if (body.contact_consent !== undefined) {
          const before = await seekersRepo.setConsent(q, user.id, body.contact_consent);
          if (before !== body.contact_consent || !current)
            await seekersRepo.insertConsent(q, {
              userId: user.id,
              purpose: CONTACT_PURPOSE,
              granted: body.contact_consent,
              recordedBy: user.id,
              channel,
            });
        }
        if (body.searchable !== undefined) {
          const before = await seekersRepo.setSearchable(q, user.id, body.searchable);
          if (before !== body.searchable || !current)
            await seekersRepo.insertConsent(q, {
              userId: user.id,
              purpose: SEARCH_PURPOSE,
              granted: body.searchable,
              recordedBy: user.id,
              channel,
            });
        }
      });
      return this.get(user);
    },

    /** The profile as matching reads it (recommendations); undefined before one is saved. */
    async forMatching(userId: string): Promise<ProfileRow | undefined> {
      return seekersRepo.byUser(db, userId);
    },

    async uploadResume(user: AuthUser, file: UploadedFile | undefined): Promise<ProfileOut> {
      await assertPdf(file);
      const key = await storage.put(file!.bytes, user.id);
      const old = await db
        .tx(async (q) => {
          await seekersRepo.ensure(q, user.id);
          return seekersRepo.setResume(q, user.id, {
            key,
            name: displayName(file!.filename),
            size: file!.bytes.length,
          });
        })
        .catch(async (err: unknown) => {
          await storage.delete(key);
          throw err;
        });
      if (old) await storage.delete(old);
      return this.get(user);
    },

    async deleteResume(user: AuthUser): Promise<void> {
      if (!(await seekersRepo.byUser(db, user.id))) return;
      const old = await db.tx((q) => seekersRepo.setResume(q, user.id, null));
      if (old) await storage.delete(old);
    },

    /** The resume bytes of a seeker. Callers decide who may read it (the seeker, or an employer applied to). */
    async readResume(seekerId: string): Promise<{ name: string; bytes: Buffer }> {
      const p = await seekersRepo.byUser(db, seekerId);
      const bytes = p?.resume_key ? await storage.get(p.resume_key) : undefined;
      if (!p?.resume_name || !bytes) throw new NotFound('Resume');
      return { name: p.resume_name, bytes };
    },

    /** Name, phone (masked unless `reveal` or the seeker agreed to be called), resume presence. */
    async contactCards(
      seekerIds: string[],
      reveal: (seekerId: string) => boolean,
    ): Promise<Map<string, ContactCard>> {
      return cardsOf(seekerIds, await profilesOf(seekerIds), reveal);
    },

    /**
     * An employer's applicant list: each seeker's profile as matching reads it (absent before one is
     * saved) and their contact card, in two queries however many applicants there are.
     */
    async applicants(
      seekerIds: string[],
      reveal: (seekerId: string) => boolean,
    ): Promise<{ profiles: Map<string, ProfileRow>; cards: Map<string, ContactCard> }> {
      const profiles = await profilesOf(seekerIds);
      return { profiles, cards: await cardsOf(seekerIds, profiles, reveal) };
    },

    async exportOf(userId: string): Promise<Record<string, unknown>> {
      const row = await seekersRepo.byUser(db, userId);
      const out = await toOut(userId, row);
      return { profile: out, consents: out.consents };
    },

    /** Erasure: deletes the resume file and the profile; records the withdrawal of consent. */
    async erase(userId: string): Promise<void> {
      const row = await seekersRepo.byUser(db, userId);
      if (!row) return;
      await db.tx(async (q) => {
        if (row.contact_consent)
          await seekersRepo.insertConsent(q, {
            userId,
            purpose: CONTACT_PURPOSE,
            granted: false,
            recordedBy: userId,
            channel: 'erasure',
          });
        if (row.searchable)
          await seekersRepo.insertConsent(q, {
            userId,
            purpose: SEARCH_PURPOSE,
            granted: false,
            recordedBy: userId,
            channel: 'erasure',
          });
        await seekersRepo.erase(q, userId);
      });
      if (row.resume_key) await storage.delete(row.resume_key);
      // Whatever else this person uploaded to the database store (a file left by an interrupted move).
      await resumeFilesRepo.deleteOwnedBy(db, userId);
    },
  };
}

export type SeekersService = ReturnType<typeof createSeekersService>;
