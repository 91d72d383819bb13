// The fourth held-out relevance evaluation (issue #15): 689 postings and 80 queries (38 broad, 42
// narrow) written on 2026-12-07 by a fourth author who never saw the code, the app or any search
// output (heldout-v4/README.md), in the rule grammar of heldout-metrics.ts, frozen by the checksums
// below (the author's checksums.sha256). It stays blind: its per-query misses are never printed or read.
import { heldoutSuite } from './heldout-suite.ts';

heldoutSuite({
  name: 'held-out v4',
  folder: 'heldout-v4',
  checksums: {
    'postings.json': 'e4557e9ac8fc732b5b38ae3c745e3723f9c2b5da3f2924741fb875230fefff5f',
    'queries.json': '529ca4ad3a903403e70e9bde5eeb615eb3064505b7b386cbd1ab5688afd712dc',
  },
  // Blind headline, the first run, on main (b9e32d0 + the PATCH fix) before this session's relevance
  // work (rel5): recall@20 (broad) 0.844, precision@10 (narrow) 0.800, nDCG@10 0.873, the same on both
  // engines (6 of the 689 honest postings held by the scam screen). After rel5 (narrow parts all
  // required for the top tier, fresher and night read from title and text): 0.842 / 0.798 / 0.871, no
  // better (v3 moved +0.010 / +0.007 with the same change). Below the 0.90 target. The floors hold what
  // was reached, a little under it.
  floor: { broad: 0.84, narrow: 0.79 },
  showMisses: false,
  // One engine a set (heldout-suite.ts): v2 and v4 on PGlite, v3 on PostgreSQL.
  engines: ['pglite'],
});
