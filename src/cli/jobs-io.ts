// `deskhire import` / `export` of jobs as CSV, JSON or schema.org JobPosting JSON-LD, streamed.
// Rows are validated by the jobs service's own rules; good rows go in batches (one transaction
// each), bad rows are reported with their line number and never written. Reads no tables itself.
import { createReadStream, statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import Value from 'typebox/value';
import type { JobWrite } from '../modules/jobs/index.ts';
import { JobBody, type JobOut } from '../modules/jobs/index.ts';
import type { Services } from '../services.ts';
import { DomainError } from '../shared/errors.ts';
import { jobPostingJsonLd } from '../web/jsonld.ts';

/** The file's columns, in order: the API's job fields; lists are separated by "|". */
export const COLUMNS = [
  'title',
  'description',
  'category',
  'role',
  'sector',
  'industry',
  'city',
  'locality',
  'work_mode',
  'shift',
  'salary_min',
  'salary_max',
  'experience_min',
  'experience_max',
  'education_min',
  'languages',
  'skills',
  'perks',
  'openings',
  'status',
] as const;

export interface BadRow {
  line: number;
  errors: string[];
}
export interface ImportReport {
  imported: number;
  bad: BadRow[];
  seconds: number;
}

type Raw = Record<string, unknown>;

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());
const list = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.map(String)
    : text(v)
      ? text(v)
          .split('|')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
const num = (v: unknown) => (text(v) === '' ? null : Number(text(v)));

/** A file row in the API's JobBody shape, so one schema and one normalise judge both. */
async function toBody(raw: Raw, roleCategory: (role: string) => Promise<string | undefined>): Promise<Raw> {
  const role = text(raw.role);
  const body: Raw = {
    title: text(raw.title),
    description: text(raw.description),
    category: text(raw.category) || (await roleCategory(role)) || '',
    role,
    industry: text(raw.industry),
    city: text(raw.city),
    locality: text(raw.locality),
    work_mode: text(raw.work_mode) || 'onsite',
    shift: text(raw.shift) || 'day',
    salary_min: num(raw.salary_min),
    salary_max: num(raw.salary_max),
    experience_min: num(raw.experience_min) ?? 0,
    experience_max: num(raw.experience_max),
    education_min: text(raw.education_min) || '12th',
    languages: list(raw.languages).map((l) => {
      const [language, level] = l.split(':');
      return level ? { language, level } : language;
    }),
    skills: list(raw.skills),
    perks: list(raw.perks),
    openings: num(raw.openings) ?? 1,
    status: text(raw.status) || 'published',
  };
  if (text(raw.sector)) body.sector = text(raw.sector);
  return body;
}

async function* records(
  file: string,
  format: 'csv' | 'json',
  onBytes: (n: number) => void,
): AsyncGenerator<{ line: number; raw: Raw }> {
  if (format === 'json') {
    // A JSON array: "line" is the record's position (1-based) in the array.
    const { readFile } = await import('node:fs/promises');
    const all = JSON.parse(await readFile(file, 'utf8')) as unknown;
    if (!Array.isArray(all)) throw new Error('a JSON import must be an array of jobs');
    onBytes(statSync(file).size);
    for (const [i, raw] of all.entries()) yield { line: i + 1, raw: raw as Raw };
    return;
  }
  const input = createReadStream(file);
  input.on('data', (chunk) => onBytes(chunk.length));
  const parser = input.pipe(
    parse({
      columns: true,
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }),
  );
  for await (const rec of parser as AsyncIterable<{ record: Raw; info: { lines: number } }>)
    yield { line: rec.info.lines, raw: rec.record };
}

export async function importJobs(
  services: Pick<Services, 'jobs' | 'companies' | 'taxonomy'>,
  opts: {
    file: string;
    format: 'csv' | 'json';
    companyId: string;
    batch?: number;
    onProgress?: (bytes: number, total: number) => void;
  },
): Promise<ImportReport> {
  const started = Date.now();
  await services.companies.get(opts.companyId); // NotFound for an unknown company, before any work
  const total = statSync(opts.file).size;
  let bytes = 0;
  const size = opts.batch ?? 1000;
  const report: ImportReport = { imported: 0, bad: [], seconds: 0 };
  let pending: { write: JobWrite; status: 'draft' | 'published' }[] = [];
  const flush = async () => {
    if (!pending.length) return;
    await services.jobs.importBatch(opts.companyId, pending);
    report.imported += pending.length;
    pending = [];
  };
  const roleCategory = async (slug: string) => (await services.taxonomy.role(slug))?.category;
  for await (const { line, raw } of records(opts.file, opts.format, (n) => {
    bytes += n;
    opts.onProgress?.(bytes, total);
  })) {
    const body = await toBody(raw, roleCategory);
    const shape = [...Value.Errors(JobBody, body)].map(
      (e) => `${e.instancePath.replace(/^\//, '') || 'row'}: ${e.message}`,
    );
    if (shape.length) {
      report.bad.push({ line, errors: shape });
      continue;
    }
    try {
      pending.push({
        write: await services.jobs.validate(body as JobBody),
        status: body.status as 'draft' | 'published',
      });
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      report.bad.push({
        line,
        errors: (err.errors ?? [{ field: 'row', message: err.message }]).map(
          (e) => `${e.field}: ${e.message}`,
        ),
      });
      continue;
    }
    if (pending.length >= size) await flush();
  }
  await flush();
  report.seconds = (Date.now() - started) / 1000;
  return report;
}

function toRow(j: JobOut): Record<string, unknown> {
  return {
    ...Object.fromEntries(COLUMNS.map((c) => [c, (j as Record<string, unknown>)[c] ?? ''])),
    languages: j.languages.map((l) => `${l.language}:${l.level}`).join('|'),
    skills: j.skills.join('|'),
    perks: j.perks.join('|'),
  };
}

/** schema.org JobPosting as the job page embeds it. */
function toJsonLd(j: JobOut, publicUrl: string): unknown {
  const tag = jobPostingJsonLd(j, publicUrl);
  return JSON.parse(tag.slice(tag.indexOf('>') + 1, tag.lastIndexOf('</script>')));
}

const write = (out: Writable, chunk: string) =>
  new Promise<void>((resolve, reject) => out.write(chunk, (err) => (err ? reject(err) : resolve())));

export async function exportJobs(
  services: Pick<Services, 'jobs'>,
  opts: {
    format: 'csv' | 'json' | 'jsonld';
    out: Writable;
    publicUrl: string;
    page?: number;
    onProgress?: (done: number) => void;
  },
): Promise<number> {
  let after = 0;
  let done = 0;
  const csv =
    opts.format === 'csv'
      ? stringify({ header: true, columns: [...COLUMNS, 'id', 'company_id'] as string[] })
      : undefined;
  // `out` stays open: the caller owns it (stdout must never be ended).
  const finished = csv
    ? new Promise((resolve, reject) => csv.on('end', resolve).on('error', reject))
    : undefined;
  csv?.pipe(opts.out, { end: false });
  if (!csv) await write(opts.out, '[\n');
  for (;;) {
    const jobs = await services.jobs.exportPage(after, opts.page ?? 1000);
    if (!jobs.length) break;
    for (const j of jobs) {
      if (csv) {
        if (!csv.write({ ...toRow(j), id: j.id, company_id: j.company.id }))
          await new Promise((r) => csv.once('drain', r));
      } else {
        const doc = opts.format === 'jsonld' ? toJsonLd(j, opts.publicUrl) : j;
        await write(opts.out, `${done ? ',\n' : ''}${JSON.stringify(doc)}`);
      }
      done += 1;
    }
    after = jobs.at(-1)!.id;
    opts.onProgress?.(done);
  }
  if (csv) {
    csv.end();
    await finished;
  } else {
    await write(opts.out, '\n]\n');
  }
  return done;
}
