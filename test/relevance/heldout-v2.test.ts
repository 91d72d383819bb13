// The second held-out relevance evaluation (issue #15): 440 postings and 65 queries (31 broad, 34
// narrow) written on 2026-12-07 by an author who never saw the code, the app or any search output
// (heldout-v2/README.md), in the rule grammar of heldout-metrics.ts, frozen by the checksums below
// (the author's checksums.sha256). It stays blind: its per-query misses are never printed or read,
// so only general changes justified by the domain notes may move it. The run is heldout-suite.ts.
import { heldoutSuite } from './heldout-suite.ts';

// Both engines, about 3-5.5 minutes under a load of 15-20 on 2 cores (the v1 set's test is as long).
// Blind headline, the first run, on main before this branch (95eb76f): recall@20 (broad) 0.860,
// precision@10 (narrow) 0.840, nDCG@10 0.851. After general fixes (docs/evaluation.md, written from
// the domain notes, none from this set's items): 0.873 / 0.857 / 0.867. Below the 0.90 target; the
// floors hold what was reached, a little under it.
heldoutSuite({
  name: 'held-out v2',
  folder: 'heldout-v2',
  checksums: {
    'postings.json': 'ca1ea79ecbb4f1817942f3372f12a022fd5c643cbcb0e6ff99b0cb2508bed6da',
    'queries.json': '05a63f2cd963ced714a43789cb779479f22f53a45948278726db5de78b4d1738',
  },
  floor: { broad: 0.86, narrow: 0.85 },
  showMisses: false,
  // One engine a set (heldout-suite.ts): v2 and v4 on PGlite, v3 on PostgreSQL.
  engines: ['pglite'],
});
