// The held-out relevance evaluation (issue #15): 482 postings written the way employers write and 67
// queries seekers type, by an author who saw only the domain notes and the API, frozen before any
// tuning (heldout/README.md). The run itself is heldout-suite.ts (shared with heldout-v2).
import { heldoutSuite } from './heldout-suite.ts';

// Target (issue #15): 0.90 for both. Measured on both engines: recall@20 (broad) 0.931, precision@10
// (narrow) 0.941, nDCG@10 0.923 (0.927 / 0.919 before the description was read and lent roles
// stopped matching, issue-15-rel3; before job understanding: 0.703 and 0.726 with plain precision;
// after it, before the title-reading work: 0.926 / 0.880). See docs/evaluation.md for what changed
// and what still misses; the floors hold what was reached, a little under it. This set has been
// read (its misses were studied), so its weakest queries are printed.
heldoutSuite({
  name: 'held-out',
  folder: 'heldout',
  checksums: {
    'postings.json': 'a10d527111cd32162f7ae280677a52615dfcf07b222bbcdf8d42c3e6cdd183db',
    'queries.json': '18ea79b4ea492d3f1d0884e3bf10495f5c91ffee8375fe2dc46796e63f749102',
  },
  floor: { broad: 0.92, narrow: 0.92 },
  showMisses: true,
});
