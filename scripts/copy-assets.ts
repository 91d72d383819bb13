// The second half of `npm run build`: tsc emits JavaScript to dist/, and this copies what the code
// reads from disk next to it (SQL migrations, reference data, i18n catalogues, static files), so
// `node dist/src/server.js` finds every file where the TypeScript tree had it.
import { cpSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist');
const ASSET = /\.(sql|json|md|css|js|svg|png|ico|webmanifest|txt)$/;
const FOLDERS = ['src/shared/db/migrations', 'src/shared/reference', 'src/shared/i18n', 'src/web/static'];

let copied = 0;
function copyAssets(dir: string): void {
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) copyAssets(rel);
    else if (ASSET.test(name)) {
      cpSync(path.join(root, rel), path.join(out, rel));
      copied += 1;
    }
  }
}
for (const folder of FOLDERS) copyAssets(folder);
console.log(`copied ${copied} asset files to dist/`);
