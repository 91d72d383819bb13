// Where a seeker lands after signing in: the jobs of their own city and wanted role (from the
// profile), not a generic "Any city" list; /jobs when the profile names neither.
import type { AuthUser } from '../modules/accounts/index.ts';
import type { Services } from '../services.ts';

export async function seekerStart(services: Services, user: AuthUser): Promise<string> {
  if (user.role !== 'seeker') return '/jobs';
  const profile = await services.seekers.get(user);
  const q = new URLSearchParams();
  if (profile.city) q.set('city', profile.city);
  const role = profile.roles?.[0];
  if (role) q.set('role', role);
  return q.size ? `/jobs?${q.toString()}` : '/jobs';
}
