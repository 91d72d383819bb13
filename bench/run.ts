// `npm run bench`: runs each benchmark in turn and prints its figures. Keep this a plain list:
// each bench file exports one function; add a line per bench.
import { benchRecommendations } from './recommendations.ts';

const benches: [string, () => Promise<void>][] = [['recommendations', benchRecommendations]];

for (const [name, run] of benches) {
  try {
    await run();
  } catch (err) {
    console.error(`bench ${name} failed: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
