// Large deletes (the retention job) in small transactions: each batch holds its row locks briefly,
// so a daily purge of a big backlog never stalls the requests writing the same table.

/** Calls `step(batch)` until it removes fewer than `batch` rows; returns the total removed. */
export async function inBatches(step: (batch: number) => Promise<number>, batch = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await step(batch);
    total += n;
    if (n < batch) return total;
  }
}
