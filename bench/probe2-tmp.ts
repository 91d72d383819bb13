import { openPostgres } from '../src/db/db.ts';
import { createServices } from '../src/services.ts';
const db = await openPostgres('postgres://postgres@127.0.0.1:5432/deskhire_i3_probe');
const s = createServices(db, { sessionDays: 1 });
const MIXED: Record<string, unknown>[] = [{}, { q: 'call centre' }, { q: 'call centre job andheri' }, { q: 'back office ki naukri' }, { q: 'data entry thane 12th pass' }, { q: 'custmer suport' }, { q: 'कॉल सेंटर' }, { q: 'telecaller', sort: 'salary' }, { q: 'chat support', work_mode: 'remote' }, { city: 'pune', category: 'customer_service' }, { education: '12th', experience_max: 0 }, { near: '19.1197,72.8468', radius_km: 10, sort: 'distance' }, { q: 'mis executive', city: 'mumbai', sort: 'recent' }, { q: 'bpo night shift fresher' }, { category: 'back_office', sort: 'recent' }];
for (const q of MIXED) {
  await db.query(`SELECT nextval('search_generation')`);
  let t = performance.now();
  const r = await s.search.search(q as never);
  const cold = performance.now() - t;
  t = performance.now();
  await s.search.search(q as never);
  const warm = performance.now() - t;
  t = performance.now();
  const r2 = r.next_cursor ? await s.search.search({ ...q, cursor: r.next_cursor } as never) : null;
  const p2 = performance.now() - t;
  console.log(JSON.stringify(q).padEnd(60), 'total', String(r.total).padStart(6), 'cold', cold.toFixed(0).padStart(5), 'warm', warm.toFixed(0).padStart(4), 'page2', p2.toFixed(0).padStart(5));
}
await db.close();
