// Company teams: the owner invites recruiters by phone, lists and removes them; an employer accepts
// an invite waiting for their phone. A person works for one company at a time; nothing here
// touches jobs or applications (those modules ask `assertMember`).
import type { Db } from '../../shared/db/db.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../../shared/errors.ts';
import type { AccountsService, AuthUser } from '../accounts/index.ts';
import { normalizePhone } from '../accounts/index.ts';
import { companiesRepo } from './companies.repo.ts';

export interface MemberOut {
  user_id: string;
  name: string;
  member_role: string;
  since: string;
}
export interface InviteOut {
  id: number;
  company_id: string;
  company_name: string;
  created_at: string;
}
export type InviteResult = { status: 'added'; member: MemberOut } | { status: 'invited'; invite: InviteOut };

export function companyTeam(
  db: Db,
  accounts: AccountsService | undefined,
  assertMember: (user: AuthUser, companyId: string) => Promise<string>,
) {
  async function assertOwner(user: AuthUser, companyId: string): Promise<void> {
    if ((await assertMember(user, companyId)) !== 'owner')
      throw new Forbidden('Only the company owner manages the team');
  }
  const memberOut = (m: { user_id: string; name: string; member_role: string; created_at: Date }) => ({
    user_id: m.user_id,
    name: m.name,
    member_role: m.member_role,
    since: m.created_at.toISOString(),
  });

  return {
    async members(user: AuthUser, companyId: string): Promise<{ items: MemberOut[]; invites: InviteOut[] }> {
      const role = await assertMember(user, companyId);
      const items = (await companiesRepo.members(db, companyId)).map(memberOut);
      const invites =
        role === 'owner'
          ? (await companiesRepo.pendingInvites(db, { companyId })).map((i) => ({
              id: i.id,
              company_id: i.company_id,
              company_name: i.company_name,
              created_at: i.created_at.toISOString(),
            }))
          : [];
      return { items, invites };
    },

    /** An employer account with no company joins at once; an unknown phone gets a pending invite. */
    async invite(user: AuthUser, companyId: string, rawPhone: string): Promise<InviteResult> {
      await assertOwner(user, companyId);
      const phone = normalizePhone(rawPhone);
      if (!phone) throw new Invalid([{ field: 'phone', message: 'must be a 10-digit Indian mobile number' }]);
      const invitee = await accounts?.byPhone(phone);
      if (invitee && invitee.role !== 'employer')
        throw new Invalid([{ field: 'phone', message: 'belongs to a job seeker account, not an employer' }]);
      if (invitee) {
        const theirs = await companiesRepo.ofMember(db, invitee.id);
        if (theirs.some((c) => c.id === companyId))
          throw new Conflict('This person is already in your team', [
            { field: 'phone', message: 'is already a member of this company' },
          ]);
        if (theirs.length)
          throw new Conflict('This person already works for another company on Deskhire', [
            { field: 'phone', message: 'is a member of another company' },
          ]);
        await companiesRepo.addMember(db, companyId, invitee.id);
        const member = (await companiesRepo.members(db, companyId)).find((m) => m.user_id === invitee.id);
        return { status: 'added', member: memberOut(member!) };
      }
      const row = await companiesRepo.upsertInvite(db, companyId, phone, user.id);
      const company = await companiesRepo.byId(db, companyId);
      return {
        status: 'invited',
        invite: {
          id: row.id,
          company_id: companyId,
          company_name: company?.name ?? '',
          created_at: row.created_at.toISOString(),
        },
      };
    },

    async remove(user: AuthUser, companyId: string, memberId: string): Promise<void> {
      await assertOwner(user, companyId);
      if (!(await companiesRepo.removeMember(db, companyId, memberId))) throw new NotFound('Recruiter');
    },

    async myInvites(user: AuthUser): Promise<InviteOut[]> {
      if (user.role !== 'employer' || !accounts) return [];
      const me = await accounts.me(user.id);
      return (await companiesRepo.pendingInvites(db, { phone: me.phone })).map((i) => ({
        id: i.id,
        company_id: i.company_id,
        company_name: i.company_name,
        created_at: i.created_at.toISOString(),
      }));
    },

    async accept(user: AuthUser, inviteId: number): Promise<MemberOut> {
      const invite = (await this.myInvites(user)).find((i) => i.id === inviteId);
      if (!invite) throw new NotFound('Invite');
      if ((await companiesRepo.ofMember(db, user.id)).length)
        throw new Conflict('You already belong to a company; leave it first', [
          { field: 'invite', message: 'you are a member of another company' },
        ]);
      await db.tx(async (q) => {
        await companiesRepo.addMember(q, invite.company_id, user.id);
        await companiesRepo.acceptInvite(q, inviteId);
      });
      const member = (await companiesRepo.members(db, invite.company_id)).find((m) => m.user_id === user.id);
      return memberOut(member!);
    },
  };
}
