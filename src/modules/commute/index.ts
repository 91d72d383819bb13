// The public face of the commute module: door-to-door travel times on Mumbai's suburban railway and
// metro. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export {
  inTrainMinutes,
  linesAt,
  loadTransit,
  type Station,
  type TransitData,
} from '../../shared/reference/transit.ts';
