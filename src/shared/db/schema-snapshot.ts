// A readable description of the database schema that migrations produce, read from the catalogue:
// tables (with UNLOGGED), columns with types, NOT NULL and defaults, indexes, constraints,
// triggers, views, sequences, functions (with a digest of the body) and extensions. The checked-in
// copy (schema.snapshot.txt, written by `npm run db:schema`) is what a fresh database must match on
// both engines, and what an old database must match after the baseline.
// Columns are listed by name, not position: a column added later to an old database lands at the
// end of its table, and no query here depends on column order.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Queryable } from './db.ts';

export const SCHEMA_SNAPSHOT_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'schema.snapshot.txt',
);

const md5 = (text: string) =>
  createHash('md5').update(text.replace(/\r\n?/g, '\n')).digest('hex').slice(0, 12);

export async function describeSchema(q: Queryable): Promise<string> {
  const lines: string[] = [
    '# Schema produced by the migrations in src/shared/db/migrations (npm run db:schema writes this file).',
  ];
  const { rows: extensions } = await q.query<{ name: string }>(
    "SELECT extname AS name FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1",
  );
  for (const e of extensions) lines.push(`extension ${e.name}`);

  const { rows: tables } = await q.query<{ oid: number; name: string; kind: string; persistence: string }>(
    `SELECT c.oid::int AS oid, c.relname AS name, c.relkind::text AS kind, c.relpersistence::text AS persistence
       FROM pg_class c
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
      ORDER BY c.relname`,
  );
  for (const t of tables) {
    if (t.kind === 'S') {
      lines.push('', `sequence ${t.name}`);
      continue;
    }
    const label = { r: 'table', p: 'table', v: 'view', m: 'materialized view' }[t.kind] ?? t.kind;
    lines.push('', `${t.persistence === 'u' ? 'unlogged ' : ''}${label} ${t.name}`);
    await describeRelation(q, t.oid, t.kind, lines);
  }

  const { rows: functions } = await q.query<{ name: string; args: string; result: string; body: string }>(
    `SELECT p.proname AS name, pg_get_function_identity_arguments(p.oid) AS args,
            pg_get_function_result(p.oid) AS result, p.prosrc AS body
       FROM pg_proc p
      WHERE p.pronamespace = current_schema()::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
      ORDER BY 1, 2`,
  );
  if (functions.length) lines.push('');
  for (const f of functions)
    lines.push(`function ${f.name}(${f.args}) returns ${f.result} [body ${md5(f.body)}]`);
  return `${lines.join('\n')}\n`;
}

async function describeRelation(q: Queryable, oid: number, kind: string, lines: string[]): Promise<void> {
  const { rows: columns } = await q.query<{
    name: string;
    type: string;
    notnull: boolean;
    def: string | null;
  }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
            pg_get_expr(d.adbin, d.adrelid) AS def
       FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attname`,
    [oid],
  );
  for (const c of columns)
    lines.push(
      `  column ${c.name} ${c.type}${c.notnull ? ' NOT NULL' : ''}${c.def ? ` DEFAULT ${c.def}` : ''}`,
    );
  if (kind === 'v' || kind === 'm') {
    const { rows } = await q.query<{ def: string }>('SELECT pg_get_viewdef($1::oid) AS def', [oid]);
    lines.push(`  definition [${md5(rows[0]?.def ?? '')}]`);
  }
  const { rows: constraints } = await q.query<{ name: string; def: string }>(
    "SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1 AND contype <> 'n' ORDER BY 1",
    [oid],
  );
  for (const c of constraints) lines.push(`  constraint ${c.name} ${c.def}`);
  const { rows: indexes } = await q.query<{ name: string; def: string }>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = $1 ORDER BY 1`,
    [oid],
  );
  for (const i of indexes) lines.push(`  index ${i.def.replace(/ ON (public|\w+)\./, ' ON ')}`);
  const { rows: triggers } = await q.query<{ def: string }>(
    'SELECT pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgrelid = $1 AND NOT tgisinternal ORDER BY tgname',
    [oid],
  );
  for (const t of triggers) lines.push(`  trigger ${t.def.replace(/ ON (public|\w+)\./, ' ON ')}`);
}
