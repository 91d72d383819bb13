// The commute read out of a query's words (issue #21): which station, how many minutes, and what is
// left of the query. Pure: the station list is the commute module's reference data.
import { describe, expect, it } from 'vitest';
import { stationList } from '../commute/index.ts';
import { readCommuteWords } from './query-commute.ts';

const stations = stationList();
const read = (q: string) => {
  const c = readCommuteWords(q, stations);
  return c && { from: c.from, minutes: c.minutes, typed: c.typed, rest: c.rest };
};

describe('commute words in a query', () => {
  it('"30 min from dombivli" reads like "within 30 min of dombivli"', () => {
    expect(read('customer support 30 min from dombivli')).toEqual({
      from: 'dombivli',
      minutes: 30,
      typed: true,
      rest: 'customer support',
    });
    expect(read('data entry 45 minutes from kalyan station')).toMatchObject({ from: 'kalyan', minutes: 45 });
    expect(read('bpo upto 40 min from thane')).toMatchObject({ from: 'thane', minutes: 40, rest: 'bpo' });
    expect(read('within 30 min of kalyan')).toMatchObject({ from: 'kalyan', minutes: 30, rest: '' });
  });

  it('keeps the other ways of saying it, in Hindi and Marathi too', () => {
    expect(read('near dombivli station')).toMatchObject({ from: 'dombivli', minutes: 30, typed: false });
    expect(read('kalyan se 40 min')).toMatchObject({ from: 'kalyan', minutes: 40 });
    expect(read('डोंबिवली स्टेशन जवळ')).toMatchObject({ from: 'dombivli', typed: false });
    // Typed on a Hindi or Marathi keyboard, the minutes come in Devanagari digits.
    expect(read('डोंबिवली से ३० मिनट')).toMatchObject({ from: 'dombivli', minutes: 30, typed: true });
    expect(read('कल्याण पासून ४५ मिनिटे')).toMatchObject({ from: 'kalyan', minutes: 45 });
  });

  it('a number that is not minutes, or an unheard-of limit, is no commute', () => {
    expect(read('data entry 15000 from thane')).toBeUndefined();
    expect(read('900 min from thane')).toBeUndefined();
    expect(read('customer support dombivli')).toBeUndefined();
  });
});
