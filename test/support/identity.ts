// Identifiers for tests: a GSTIN that is well formed, checksummed and unique per call (GSTINs are
// unique across companies), with the PAN inside it, for a company (C) or a person (P).
import { gstinCheckCharacter } from '../../src/shared/identifiers.ts';

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
let counter = 0;

/** A PAN of this holder kind, unique across suites running in parallel processes. */
export function uniquePan(kind: 'C' | 'P' | 'F' = 'C'): string {
  counter += 1;
  const n = (process.pid * 7919 + counter * 104729) % LETTERS.length ** 3;
  const letters = [
    Math.floor(n / LETTERS.length ** 2),
    Math.floor(n / LETTERS.length) % LETTERS.length,
    n % LETTERS.length,
  ]
    .map((i) => LETTERS[i])
    .join('');
  const digits = String((process.pid + counter * 37) % 10000).padStart(4, '0');
  return `${letters}${kind}${LETTERS[(counter * 7) % LETTERS.length]}${digits}${LETTERS[counter % LETTERS.length]}`;
}

/** A Maharashtra (27) GSTIN around a PAN; the 13th character is the registration number in the state. */
export function gstinFor(pan: string, state = '27'): string {
  const first14 = `${state}${pan}1Z`;
  return `${first14}${gstinCheckCharacter(first14)}`;
}

export const uniqueGstin = (kind: 'C' | 'P' | 'F' = 'C'): string => gstinFor(uniquePan(kind));
