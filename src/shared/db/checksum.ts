// The checksum of a migration's source, recorded when it is applied so that an edit to an applied
// migration is caught at start. It hashes content, never paths: moving the folder, a CRLF checkout
// or (for TS loaders) a build step that strips types and rewrites `.ts` imports to `.js` leaves it
// unchanged; a change to what the migration does changes it.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** SQL: the text itself (line endings normalised), comments included: a migration file is history. */
export function sqlChecksum(text: string): string {
  return sha256(text.replace(/\r\n?/g, '\n'));
}

// '../../reference/index.ts' and '../reference.ts' both name the module `reference`: the folder
// moved, the code did not change.
function moduleName(specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const parts = specifier.replace(/\.(ts|js|mts|mjs)$/, '').split('/');
  if (parts.at(-1) === 'index') parts.pop();
  return parts.at(-1) ?? specifier;
}

/**
 * TS or JS loaders: the code as esbuild prints it with types and comments stripped and whitespace
 * minified (the same for the .ts source and a tsc-built .js), with import specifiers reduced to
 * module names and import statements in a stable order.
 */
export async function scriptChecksum(text: string, loader: 'ts' | 'js'): Promise<string> {
  const { code } = await transform(text, { loader, format: 'esm', minifyWhitespace: true, target: 'esnext' });
  // Import statements: specifiers reduced to module names, in a stable order, ahead of the code.
  const imports: string[] = [];
  const body = code.replace(
    /import\s*([^;"']*?)\s*(?:from\s*)?(["'])([^"']+)\2;?/g,
    (_m, what: string, _q, spec: string) => {
      imports.push(`import ${what} from "${moduleName(spec)}";`);
      return '';
    },
  );
  return sha256(`${imports.sort().join('')}${body}`);
}

export async function migrationChecksum(file: string): Promise<string> {
  const text = await readFile(file, 'utf8');
  if (file.endsWith('.sql')) return sqlChecksum(text);
  return scriptChecksum(text, file.endsWith('.ts') ? 'ts' : 'js');
}
