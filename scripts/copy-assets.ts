// The second half of `npm run build`: tsc emits JavaScript to dist/, and this copies what the code
// reads from disk next to it (SQL migrations, reference data, i18n catalogues, static files), so
// `node dist/src/server.js` finds every file where the TypeScript tree had it.
import { cpSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist');
const ASSET = /\.(sql|json|md|css|js|svg|png|ico|webmanifest|txt)$/;
// Every non-TypeScript file under src/ that the code may read (a module's own JSON data included),
// except test material: snapshots, test data and checked-in SQL snapshots.
const FOLDERS = ['src'];
const SKIP = /(^|\/)(__snapshots__|testdata)(\/|$)|^src\/modules\/search\/sql(\/|$)/;

let copied = 0;
function copyAssets(dir: string): void {
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = path.join(dir, name);
    if (SKIP.test(rel)) continue;
    if (statSync(path.join(root, rel)).isDirectory()) copyAssets(rel);
    else if (ASSET.test(name)) {
      cpSync(path.join(root, rel), path.join(out, rel));
      copied += 1;
    }
  }
}
for (const folder of FOLDERS) copyAssets(folder);
console.log(`copied ${copied} asset files to dist/`);
