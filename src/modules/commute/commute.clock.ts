// The clock of the suburban railway: no trains run from about 1 am to 4 am (transit.json's
// service_hours), so a shift that ends then can be left only by cab.
import { loadTransit } from '../../shared/reference/transit.ts';

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOfDay(hhmm: string): number {
  const m = HHMM.exec(hhmm);
  if (!m) throw new RangeError(`not a time of day (HH:MM): ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** True when no suburban train runs at this time of day ("HH:MM", 24-hour clock). */
export function trainsStopped(hhmm: string): boolean {
  const { last_train_departs, first_train_departs } = loadTransit().service_hours;
  const t = minutesOfDay(hhmm);
  return t >= minutesOfDay(last_train_departs) && t < minutesOfDay(first_train_departs);
}

/**
 * Whether a shift ending at `shiftEnd` can be left by train, given the minutes from the workplace
 * to its station: if the walk reaches the platform after the last train and before the first, the
 * way home is a cab.
 */
export function cabOnlyAfterShift(shiftEnd: string, minutesToStation = 0): boolean {
  const at = (minutesOfDay(shiftEnd) + Math.max(0, Math.round(minutesToStation))) % (24 * 60);
  const hh = String(Math.floor(at / 60)).padStart(2, '0');
  const mm = String(at % 60).padStart(2, '0');
  return trainsStopped(`${hh}:${mm}`);
}

export function isTimeOfDay(value: string): boolean {
  return HHMM.test(value);
}
