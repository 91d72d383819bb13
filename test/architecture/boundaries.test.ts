// The module boundaries hold by a rule, not by convention: .dependency-cruiser.cjs runs in `npm run lint`,
// and this test shows it failing on the imports it forbids (and passing on the real tree).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const depcruise = path.join(root, 'node_modules', '.bin', 'depcruise');
const tree = mkdtempSync(path.join(tmpdir(), 'deskhire-boundaries-'));
afterAll(() => rmSync(tree, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
  writeFileSync(path.join(tree, file), text);
}
function cruise(): { status: number | null; out: string } {
  const run = spawnSync(depcruise, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
    cwd: tree,
    encoding: 'utf8',
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe('module boundaries', () => {
  copyFileSync(path.join(root, '.dependency-cruiser.cjs'), path.join(tree, '.dependency-cruiser.cjs'));
  copyFileSync(path.join(root, 'tsconfig.json'), path.join(tree, 'tsconfig.json'));
  write('src/shared/errors.ts', 'export class NotFound extends Error {}\n');
  write('src/web/page.ts', "export const page = 'html';\n");
  write('src/modules/jobs/jobs.repo.ts', 'export const jobsRepo = { count: () => 1 };\n');
  write('src/modules/jobs/index.ts', "export { jobsRepo as jobs } from './jobs.repo.ts';\n");

  it('passes a tree that goes through module faces and keeps the kernel at the bottom', () => {
    write(
      'src/modules/search/search.service.ts',
      "import { jobs } from '../jobs/index.ts';\nimport { NotFound } from '../../shared/errors.ts';\nexport const n = [jobs, NotFound];\n",
    );
    const { status, out } = cruise();
    expect(out).toContain('no dependency violations');
    expect(status).toBe(0);
  });

  it("fails on an import of another module's internals, of src/web from a module, and of a module from the kernel", () => {
    write(
      'src/modules/search/search.service.ts',
      "import { jobsRepo } from '../jobs/jobs.repo.ts';\nimport { page } from '../../web/page.ts';\nexport const n = [jobsRepo, page];\n",
    );
    write('src/shared/i18n.ts', "import { jobs } from '../modules/jobs/index.ts';\nexport const t = jobs;\n");
    write(
      'src/web/routes.ts',
      "import { jobsRepo } from '../modules/jobs/jobs.repo.ts';\nexport const r = jobsRepo;\n",
    );
    // A cycle between modules through their faces: jobs -> search -> jobs.
    write('src/modules/search/index.ts', "export { n } from './search.service.ts';\n");
    write(
      'src/modules/jobs/jobs.service.ts',
      "import { n } from '../search/index.ts';\nexport const s = n;\n",
    );
    write(
      'src/modules/jobs/index.ts',
      "export { jobsRepo as jobs } from './jobs.repo.ts';\nexport { s } from './jobs.service.ts';\n",
    );
    write(
      'src/modules/search/search.service.ts',
      "import { jobsRepo } from '../jobs/jobs.repo.ts';\nimport { s } from '../jobs/index.ts';\nimport { page } from '../../web/page.ts';\nexport const n = [jobsRepo, page];\nexport const t = s;\n",
    );
    const { status, out } = cruise();
    expect(status).not.toBe(0);
    expect(out).toMatch(/no-module-cycles: src\/modules\/(jobs|search)\//);
    expect(out).toMatch(
      /module-face-only-between-modules: src\/modules\/search\/search\.service\.ts → src\/modules\/jobs\/jobs\.repo\.ts/,
    );
    expect(out).toMatch(
      /no-web-from-modules: src\/modules\/search\/search\.service\.ts → src\/web\/page\.ts/,
    );
    expect(out).toMatch(/kernel-stays-at-the-bottom: src\/shared\/i18n\.ts → src\/modules\/jobs\/index\.ts/);
    expect(out).toMatch(
      /module-face-only-from-outside: src\/web\/routes\.ts → src\/modules\/jobs\/jobs\.repo\.ts/,
    );
  });

  it('finds no violation in the real tree', () => {
    const run = spawnSync(
      depcruise,
      ['src', 'test', 'bench', 'scripts', '--config', '.dependency-cruiser.cjs'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(run.stdout + run.stderr).toContain('no dependency violations');
    expect(run.status).toBe(0);
  });
});
