// Owns the advice a posting's owner sees about how search will read it: a title that reads as
// another role than the one picked ("Your title reads as KYC executive; you picked Back office
// executive"). Must never change the job: the employer decides; search matches both either way.
import { loadTaxonomy } from '../../shared/reference/index.ts';
import { titleReadsAs } from '../search/index.ts';

export interface JobHint {
  code: 'title_reads_as';
  params: Record<string, string>;
  /** English, for API clients; pages render the code in the reader's language. */
  text: string;
}

export function jobHints(job: { title: string; role: string }): JobHint[] {
  const reading = titleReadsAs(job.title, job.role);
  if (!reading) return [];
  const names = new Map(loadTaxonomy().roles.map((r) => [r.slug, r.name]));
  const readAs = names.get(reading.role) ?? reading.role;
  const picked = names.get(job.role) ?? job.role;
  return [
    {
      code: 'title_reads_as',
      params: { read_as: reading.role, read_as_name: readAs, picked: job.role, picked_name: picked },
      text: `Your title reads as ${readAs}; you picked ${picked}.`,
    },
  ];
}
