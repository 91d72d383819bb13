// `npm run bench`: runs each benchmark in turn and prints its figures. Keep this a plain list:
// each entry is a function, or a standalone bench script run in its own process.
import { spawnSync } from 'node:child_process';
import { benchRecommendations } from './recommendations.ts';

const script = (file: string) => async () => {
  const res = spawnSync(process.execPath, ['--import', 'tsx', file, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (res.status !== 0) throw new Error(`${file} exited with ${res.status}`);
};

const benches: [string, () => Promise<void>][] = [
  ['search', script('bench/search.ts')],
  ['recommendations', benchRecommendations],
];

for (const [name, run] of benches) {
  try {
    await run();
  } catch (err) {
    console.error(`bench ${name} failed: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
