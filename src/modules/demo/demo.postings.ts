// The text of a demo posting, written the way Maharashtra employers write them: a formal HR notice,
// a short "urgent hiring" note, a team lead's conversational pitch, Hinglish, or Marathi. Every fact
// it states (pay, shift, place, experience, education, languages, perks) is the job's own, so the
// text never contradicts the fields search and insights read. Pure and deterministic: the caller
// passes a Picker seeded from the job's own draw.
import { translator } from '../../shared/i18n/index.ts';
import type { Picker } from './demo.generator.ts';
import type { RoleProfile } from './demo.profiles.ts';

export interface PostingFacts {
  company: string;
  title: string;
  category: string;
  profile: RoleProfile;
  locality: { name: string; name_mr?: string | null };
  city: { name: string; name_mr?: string | null };
  workMode: 'onsite' | 'hybrid' | 'remote' | string;
  shift: string;
  expMin: number;
  expMax: number;
  education: string;
  languages: string[];
  skills: string[];
  perks: string[];
  salaryMin: number | null;
  salaryMax: number | null;
  openings: number;
}

const en = translator('en');
const mr = translator('mr');

/** 18500 -> "18,500"; 125000 -> "1,25,000" (Indian grouping, written out so no locale data is needed). */
export function rupees(n: number): string {
  const s = String(Math.round(n));
  if (s.length <= 3) return s;
  const head = s.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
  return `${head},${s.slice(-3)}`;
}
/** 18500 -> "18.5k", 15000 -> "15k": how short notes write pay. */
const k = (n: number) => `${Math.round(n / 500) / 2}k`;

const EDUCATION: Record<string, [string, string, string]> = {
  below_10th: ['no minimum education', 'padhai ki koi shart nahi', 'शिक्षणाची अट नाही'],
  '10th': ['10th pass (SSC)', '10th pass', '10वी पास'],
  '12th': ['12th pass (HSC)', '12th pass', '12वी पास'],
  diploma: ['a diploma', 'diploma', 'डिप्लोमा'],
  graduate: ['any graduate', 'graduate (koi bhi stream)', 'कोणत्याही शाखेचे पदवीधर'],
  postgraduate: ['a postgraduate degree', 'post graduate', 'पदव्युत्तर'],
};

const SHIFT: Record<string, [string[], string, string]> = {
  day: [
    ['Day shift, 9:30 am to 6:30 pm, one rotational off', 'General shift 10 am - 7 pm, Sunday fixed off'],
    'Day shift, 9:30 se 6:30, ek week off',
    'दिवसाची शिफ्ट, सकाळी 9:30 ते संध्याकाळी 6:30, आठवड्यातून एक सुट्टी',
  ],
  night: [
    ['Night shift, 9 pm to 6 am, 5 days a week', 'Night shift (9 pm - 6 am), five days working'],
    'Night shift, raat 9 se subah 6, 5 din kaam',
    'रात्रपाळी, रात्री 9 ते सकाळी 6, आठवड्यात 5 दिवस',
  ],
  rotational: [
    [
      'Rotational shifts between 7 am and 11 pm, 6 days a week',
      'Rotational shifts (7 am - 11 pm window), one week off',
    ],
    'Rotational shift, 7 am se 11 pm ke beech, 6 din',
    'फिरती शिफ्ट, सकाळी 7 ते रात्री 11 दरम्यान, आठवड्यात 6 दिवस',
  ],
  uk: [
    ['UK shift, 1:30 pm to 10:30 pm, 5 days working', 'UK process timings: 1:30 pm to 10:30 pm, Sat-Sun off'],
    'UK shift, dopahar 1:30 se raat 10:30, 5 din',
    'UK शिफ्ट, दुपारी 1:30 ते रात्री 10:30, आठवड्यात 5 दिवस',
  ],
  us: [
    [
      'US shift, 6:30 pm to 3:30 am, Saturday-Sunday fixed off',
      'US process, 6:30 pm to 3:30 am IST, 5 days a week',
    ],
    'US shift, shaam 6:30 se raat 3:30, Sat-Sun off',
    'US शिफ्ट, संध्याकाळी 6:30 ते पहाटे 3:30, शनिवार-रविवार सुट्टी',
  ],
};

const HINGLISH_DUTIES: Record<string, string[]> = {
  customer_service: [
    'customers ke calls/chats lena aur unki query solve karna',
    'har case system mein update karna',
    'complaint ko time pe close karna aur zarurat ho to senior ko escalate karna',
    'targets (quality, handling time) poore karna',
  ],
  back_office: [
    'daily data entry aur records update karna',
    'Excel mein reports banana aur check karna',
    'documents verify karke file karna',
    'team ko daily MIS bhejna',
  ],
};
const MARATHI_DUTIES: Record<string, string[]> = {
  customer_service: [
    'ग्राहकांचे कॉल/चॅट घेऊन त्यांच्या शंका सोडवणे',
    'प्रत्येक तक्रारीची नोंद सिस्टममध्ये करणे',
    'तक्रार वेळेत पूर्ण करणे, गरज असल्यास सिनियरकडे पाठवणे',
  ],
  back_office: [
    'रोजची डेटा एंट्री आणि रेकॉर्ड अपडेट करणे',
    'Excel मध्ये रिपोर्ट तयार करणे',
    'कागदपत्रांची तपासणी करून फाइल करणे',
  ],
};

/** "a Team Lead", "an Operations Executive", "an MIS Executive". */
const aN = (title: string) =>
  /^([aeiou]|MIS|HR|L1|SAP|NPS|FMCG)/i.test(title) ? `an ${title}` : `a ${title}`;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const list = (xs: string[], and = 'and') =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${and} ${xs.at(-1)}`;

function payLine(f: PostingFacts, style: 'formal' | 'short' | 'story' | 'hinglish' | 'marathi'): string {
  const { salaryMin: lo, salaryMax: hi } = f;
  const incentives = f.perks.includes('incentives');
  if (lo === null || hi === null)
    return {
      formal: 'Salary: as per experience and interview; discussed in the HR round.',
      short: 'Salary: best in industry, depends on interview.',
      story: 'Pay depends on what you bring; we will tell you the figure in the first call.',
      hinglish: 'Salary: interview ke baad experience ke hisaab se.',
      marathi: 'पगार: मुलाखतीनंतर अनुभवानुसार ठरेल.',
    }[style];
  const plus = incentives
    ? {
        formal: ' plus monthly incentives',
        short: ' + incentives',
        story: ', plus incentives on target',
        hinglish: ' + incentives',
        marathi: ' + इन्सेंटिव्ह',
      }[style]
    : '';
  return {
    formal: `Salary: ₹${rupees(lo)} - ₹${rupees(hi)} a month${plus}.`,
    short: `Salary ${k(lo)} - ${k(hi)} per month${plus}.`,
    story: `You start at ₹${rupees(lo)} to ₹${rupees(hi)} a month depending on your experience${plus}.`,
    hinglish: `Salary: ${rupees(lo)} se ${rupees(hi)} per month${plus}.`,
    marathi: `पगार: ₹${rupees(lo)} ते ₹${rupees(hi)} दरमहा${plus}.`,
  }[style];
}

function experienceLine(f: PostingFacts, lang: 'en' | 'hinglish' | 'mr'): string {
  const edu = EDUCATION[f.education] ?? EDUCATION.graduate!;
  if (lang === 'mr')
    return f.expMin === 0 ? `${edu[2]}, फ्रेशर्स चालतील.` : `${edu[2]}, किमान ${f.expMin} वर्षांचा अनुभव हवा.`;
  if (lang === 'hinglish')
    return f.expMin === 0
      ? `${cap(edu[1])} freshers bhi apply kar sakte hain, training hum denge.`
      : `${cap(edu[1])} aur kam se kam ${f.expMin} saal ka experience chahiye.`;
  const min = f.education === 'below_10th' ? edu[0] : `${edu[0]} or above`;
  return f.expMin === 0
    ? `Freshers welcome; ${min}.`
    : `${f.expMin}-${f.expMax} years of experience; ${min}.`;
}

const place = (f: PostingFacts) => `${f.locality.name}, ${f.city.name}`;
const langNames = (f: PostingFacts, t = en) =>
  f.languages.map((l) => t(`ref.language.${l}`, { defaultValue: cap(l) }));
const skillNames = (f: PostingFacts, t = en) =>
  f.skills.map((s) => t(`ref.skill.${s}`, { defaultValue: s.replaceAll('-', ' ') }));
const perkNames = (f: PostingFacts, t = en) => f.perks.map((s) => t(`ref.perk.${s}`, { defaultValue: s }));
const whereLine = (f: PostingFacts) =>
  f.workMode === 'remote'
    ? 'Work from home: you need a laptop or desktop and a steady broadband connection.'
    : f.workMode === 'hybrid'
      ? `Hybrid: three days a week at our ${f.locality.name} office, the rest from home.`
      : `Office: ${place(f)}.`;

/** An HR department's notice: headings, bullets, every condition spelled out. */
function formal(p: Picker, f: PostingFacts): string {
  const duties = p.some(f.profile.duties, 2, f.profile.duties.length);
  const opening = p.one([
    `${f.company} is looking for ${aN(f.title)} to join its team in ${place(f)}.`,
    `Position: ${f.title}\nLocation: ${place(f)}\nOpenings: ${f.openings}`,
    `We are hiring: ${f.title} (${f.openings} ${f.openings === 1 ? 'position' : 'positions'}) at ${f.company}, ${f.locality.name}.`,
  ]);
  const perks = f.perks.length ? `Benefits: ${list(perkNames(f))}.` : '';
  return [
    opening,
    `${p.one(['Key responsibilities:', 'Your role:', 'What you will do:', 'Job responsibilities:'])}\n${duties.map((d) => `• ${d}`).join('\n')}`,
    `${p.one(['Requirements:', 'Who can apply:', 'Eligibility:', 'Desired profile:'])}\n• ${experienceLine(f, 'en')}\n• ${list(langNames(f))}${f.languages.length > 1 ? ' required' : ' communication required'}\n• Skills: ${list(skillNames(f))}`,
    `${whereLine(f)} ${SHIFT[f.shift]?.[0][0] ?? ''}.`,
    [payLine(f, 'formal'), perks].filter(Boolean).join(' '),
    f.workMode === 'remote'
      ? p.one([
          'Selection: a phone screening, then a video interview with the team lead.',
          'Interview on video call; the laptop and internet check happens on the same call.',
        ])
      : p.one([
          'Selection: HR round, a short assessment, then an operations round.',
          'Interview process: telephonic screening followed by a face-to-face round.',
          'Shortlisted candidates will be called for an interview at the office.',
        ]),
  ].join('\n\n');
}

/** The note a small agency or a site recruiter posts: few words, numbers first. */
function short(p: Picker, f: PostingFacts): string {
  const head = p.one([
    f.workMode === 'remote'
      ? `Hiring ${f.title} (work from home)!`
      : `Hiring ${f.title} for ${f.locality.name}!`,
    `${f.openings > 1 ? `${f.openings} openings` : 'Opening'} – ${f.title} – ${place(f)}`,
    `Urgent requirement: ${f.title}, ${f.locality.name}`,
  ]);
  const lines = [
    head,
    experienceLine(f, 'en'),
    payLine(f, 'short'),
    `${SHIFT[f.shift]?.[0][1] ?? ''}.`,
    f.workMode === 'remote' ? 'Work from home.' : f.workMode === 'hybrid' ? 'Hybrid (3 days office).' : '',
    `${list(langNames(f))} must.`,
    f.perks.length ? `${perkNames(f).join(' / ')}.` : '',
    p.one([
      'Apply here, HR will call you.',
      f.workMode === 'remote' ? 'Video interview, results in two days.' : 'Interview Mon-Sat, 11 am to 3 pm.',
    ]),
  ];
  return lines.filter(Boolean).join('\n');
}

/** A team lead's pitch: first person, the day as it is, why someone would stay. */
function story(p: Picker, f: PostingFacts): string {
  const duty = p.one(f.profile.duties);
  const size = p.one([12, 18, 25, 40, 60]);
  const intro = p.one([
    `We are a team of about ${size} in ${f.locality.name}, and we need one more person: ${f.title}.`,
    `I run a ${size}-person team at ${f.company}, ${f.locality.name}. We are growing and need ${aN(f.title)}.`,
    `${f.company} (${f.locality.name}) is adding ${aN(f.title)} to a small, friendly team.`,
  ]);
  const day = `A normal day: ${duty.charAt(0).toLowerCase()}${duty.slice(1)}. You will use ${list(skillNames(f))} every day.`;
  const who =
    f.expMin === 0
      ? `No experience needed (${EDUCATION[f.education]?.[0] ?? 'any graduate'}${f.education === 'below_10th' ? '' : ' or above'}): if you speak ${list(langNames(f))} comfortably, we will train you.`
      : `You have done this for ${f.expMin}+ years and speak ${list(langNames(f))} comfortably.`;
  const terms = `${payLine(f, 'story')} ${SHIFT[f.shift]?.[0][p.int(0, 1)] ?? ''}. ${whereLine(f)}`;
  const perks = f.perks.length ? `You also get: ${list(perkNames(f))}.` : '';
  return [intro, day, who, [terms, perks].filter(Boolean).join(' ')].join('\n\n');
}

/** Hindi in Latin letters with English job words, as most WhatsApp-era postings in Mumbai read. */
function hinglish(p: Picker, f: PostingFacts): string {
  const duties = p.some(HINGLISH_DUTIES[f.category] ?? HINGLISH_DUTIES.back_office!, 2, 3);
  const where =
    f.workMode === 'remote'
      ? 'Ghar se kaam (work from home), laptop aur internet zaroori.'
      : f.workMode === 'hybrid'
        ? `Hafte mein 3 din ${f.locality.name} office, baaki ghar se.`
        : `Office ${place(f)} mein hai.`;
  return [
    p.one([
      f.workMode === 'remote'
        ? `${f.company} ko ${f.title} chahiye, ghar se kaam ke liye.`
        : `${f.company} ko ${f.title} chahiye, ${f.locality.name} office ke liye.`,
      `${f.title} ki ${f.openings > 1 ? `${f.openings} vacancy` : 'vacancy'} – ${place(f)}.`,
    ]),
    `Kaam:\n${duties.map((d) => `- ${cap(d)}`).join('\n')}`,
    experienceLine(f, 'hinglish'),
    `${list(langNames(f), 'aur')} bolna aana chahiye.`,
    `${payLine(f, 'hinglish')} ${SHIFT[f.shift]?.[1] ?? ''}.`,
    where,
    f.perks.length ? `Saath mein: ${perkNames(f).join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Marathi, for jobs that ask for it: the way a Pune or Thane office writes to local candidates. */
function marathi(p: Picker, f: PostingFacts): string {
  const loc = f.locality.name_mr || f.locality.name;
  const city = f.city.name_mr || f.city.name;
  const duties = p.some(MARATHI_DUTIES[f.category] ?? MARATHI_DUTIES.back_office!, 2, 3);
  const where =
    f.workMode === 'remote'
      ? 'घरून काम; लॅपटॉप आणि इंटरनेट आवश्यक.'
      : f.workMode === 'hybrid'
        ? `आठवड्यात 3 दिवस ${loc} ऑफिस, बाकी घरून.`
        : `ऑफिस: ${loc}, ${city}.`;
  return [
    p.one([
      `${f.company} मध्ये ${f.title} पदासाठी भरती (${loc}, ${city}).`,
      f.workMode === 'remote'
        ? `घरून कामासाठी ${f.title} हवे आहेत – ${f.openings} जागा.`
        : `आमच्या ${loc} ऑफिससाठी ${f.title} हवे आहेत – ${f.openings} जागा.`,
    ]),
    `काम:\n${duties.map((d) => `- ${d}`).join('\n')}`,
    experienceLine(f, 'mr'),
    `${list(langNames(f, mr), 'व')} बोलता येणे आवश्यक. कौशल्ये: ${skillNames(f, mr).join(', ')}.`,
    `${payLine(f, 'marathi')} ${SHIFT[f.shift]?.[2] ?? ''}.`,
    where,
    f.perks.length ? `सुविधा: ${perkNames(f, mr).join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** One posting's text in one of five voices; Marathi only where the job asks for Marathi. */
export function postingText(p: Picker, f: PostingFacts): string {
  const voices: [(p: Picker, f: PostingFacts) => string, number][] = [
    [formal, 30],
    [short, 22],
    [story, 18],
    [hinglish, f.languages.includes('hindi') ? 18 : 6],
    [marathi, f.languages.includes('marathi') ? 20 : 0],
  ];
  const text = p.weighted(voices)(p, f);
  // Some close with a line of their own, as real ones do.
  const closers = ['Immediate joiners preferred.', 'Please apply only if you can join within 15 days.'];
  if (f.workMode !== 'remote') closers.push('Candidates from nearby areas preferred.');
  return p.chance(0.4) ? `${text}\n\n${p.one(closers)}` : text;
}
