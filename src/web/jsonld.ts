// schema.org JobPosting JSON-LD for the job page, as Google for Jobs reads it. Typed against the
// schema.org vocabulary (schema-dts), so a misspelt property or a wrong type fails `tsc`.
import type { EducationalOccupationalCredential, JobPosting, WithContext } from 'schema-dts';
import type { JobOut } from '../modules/jobs/index.ts';

/** Google reads these credential categories; Indian levels map onto the nearest. */
const CREDENTIAL: Record<string, string | null> = {
  below_10th: null,
  '10th': null,
  '12th': 'high school',
  diploma: 'professional certificate',
  graduate: 'bachelor degree',
  postgraduate: 'postgraduate degree',
};

export function jobPosting(job: JobOut, publicUrl: string): WithContext<JobPosting> {
  const credential = CREDENTIAL[job.education_min] ?? null;
  const education: EducationalOccupationalCredential | 'no requirements' = credential
    ? { '@type': 'EducationalOccupationalCredential', credentialCategory: credential }
    : 'no requirements';
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: job.description
      .split(/\n{2,}/)
      .map(
        (p) => `<p>${p.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c)}</p>`,
      )
      .join(''),
    identifier: { '@type': 'PropertyValue', name: 'Deskhire', value: String(job.id) },
    url: `${publicUrl}/jobs/${job.id}`,
    datePosted: job.posted_at ?? job.created_at,
    ...(job.expires_at ? { validThrough: job.expires_at } : {}),
    employmentType: 'FULL_TIME',
    hiringOrganization: {
      '@type': 'Organization',
      name: job.company.name,
      url: `${publicUrl}/companies/${job.company.id}`,
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        streetAddress: job.locality_name,
        addressLocality: job.city_name,
        addressRegion: 'Maharashtra',
        addressCountry: 'IN',
      },
      geo: { '@type': 'GeoCoordinates', latitude: job.lat, longitude: job.lng },
    },
    ...(job.work_mode === 'remote'
      ? {
          jobLocationType: 'TELECOMMUTE',
          applicantLocationRequirements: { '@type': 'State', name: 'Maharashtra' },
        }
      : {}),
    ...(job.salary_min !== null && job.salary_max !== null
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'INR',
            value: {
              '@type': 'QuantitativeValue',
              minValue: job.salary_min,
              maxValue: job.salary_max,
              unitText: 'MONTH',
            },
          },
        }
      : {}),
    experienceRequirements:
      job.experience_min === 0
        ? 'no requirements'
        : { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: job.experience_min * 12 },
    educationRequirements: education,
    ...(job.skills.length ? { skills: job.skills.join(', ') } : {}),
    industry: job.industry,
    occupationalCategory: job.role_name,
    totalJobOpenings: job.openings,
    directApply: true,
  };
}

/** `<`, `>` and `&` are escaped so job text can never end the script element. */
export function jobPostingJsonLd(job: JobOut, publicUrl: string): string {
  const json = JSON.stringify(jobPosting(job, publicUrl))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
  return `<script type="application/ld+json">${json}</script>`;
}
