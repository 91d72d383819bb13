import { beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine } from '../../shared/db/testing.ts';
import { cabOnlyAfterShift, createCommuteService, stationList, trainsStopped } from './index.ts';

forEachEngine('commute times', ({ db }) => {
  let commute: ReturnType<typeof createCommuteService>;
  beforeAll(async () => {
    commute = createCommuteService(db());
    expect(await commute.ensureCurrent()).toBeGreaterThan(10_000);
  });

  it('a Dombivli seeker reaches Thane and Kalyan within 45 minutes, and not Borivali', async () => {
    const within = await commute.reachable('dombivli', 45);
    const places = within.map((c) => `${c.to_city}/${c.to_locality}`);
    expect(places).toContain('thane/thane-west');
    expect(places).toContain('kalyan-dombivli/kalyan');
    expect(places).not.toContain('mumbai/borivali');
    const borivali = await commute.timeBetween('dombivli', { city: 'mumbai', locality: 'borivali' });
    expect(borivali?.minutes).toBeGreaterThan(45);
  });

  it('a stored time says how: line, stations and the walk', async () => {
    const thane = await commute.timeBetween('dombivli', { city: 'thane', locality: 'thane-west' });
    expect(thane?.summary).toMatch(/^\d+ min: Central line.* Dombivli -> Thane/);
    expect(thane?.route.some((p) => p.kind === 'ride')).toBe(true);
    // From a locality (not a station) the last mile at both ends counts.
    const fromHome = await commute.timeBetween('kalyan-dombivli/dombivli', {
      city: 'thane',
      locality: 'thane-west',
    });
    expect(fromHome && thane && fromHome.minutes).toBeGreaterThan(thane?.minutes ?? 0);
  });

  it('away from the railway the time is a stated road estimate', async () => {
    const pune = await commute.timeBetween('dombivli', { city: 'pune', locality: 'kothrud' });
    expect(pune?.summary).toMatch(
      /by road \(estimate: .* km in a straight line × 1\.4 at 22 km\/h; outside the rail network\)/,
    );
    expect(pune?.route[0]?.kind).toBe('road');
  });

  it('names a bad origin as a 400 on its field', async () => {
    await expect(commute.reachable('atlantis', 30)).rejects.toMatchObject({ status: 400 });
    await expect(commute.reachable('dombivli', -1)).rejects.toMatchObject({ status: 400 });
  });

  it('does not rebuild when nothing changed', async () => {
    expect(await commute.ensureCurrent()).toBeUndefined();
  });
});

describe('the suburban clock', () => {
  it('no trains from 1 am to 4 am', () => {
    expect(trainsStopped('00:59')).toBe(false);
    expect(trainsStopped('01:00')).toBe(true);
    expect(trainsStopped('03:59')).toBe(true);
    expect(trainsStopped('04:00')).toBe(false);
  });
  it('a shift ending at 00:50 with a 15-minute walk to the station needs a cab; at 23:00 it does not', () => {
    expect(cabOnlyAfterShift('00:50', 15)).toBe(true);
    expect(cabOnlyAfterShift('23:00', 15)).toBe(false);
    expect(cabOnlyAfterShift('02:30')).toBe(true);
    expect(() => cabOnlyAfterShift('25:00')).toThrow(RangeError);
  });
});

describe('stations for the taxonomy', () => {
  it('lists every station once, with its lines and names in three languages', () => {
    const list = stationList();
    expect(new Set(list.map((s) => s.slug)).size).toBe(list.length);
    const dadar = list.find((s) => s.slug === 'dadar');
    expect(dadar?.lines).toEqual(expect.arrayContaining(['central', 'western']));
    for (const s of list) expect(s.name_hi && s.name_mr && s.lines.length > 0).toBeTruthy();
  });
});
