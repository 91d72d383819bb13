// The public face of the commute module: door-to-door travel times on Mumbai's suburban railway and
// metro, stored once in commute_times and read here. Everything else in this folder is private to
// it (enforced by .dependency-cruiser.cjs).
export {
  inTrainMinutes,
  linesAt,
  loadTransit,
  type Station,
  type StationView,
  stationList,
  type TransitData,
} from '../../shared/reference/transit.ts';
export { cabOnlyAfterShift, isTimeOfDay, trainsStopped } from './commute.clock.ts';
export {
  type Commute,
  type CommuteService,
  createCommuteService,
} from './commute.service.ts';
