// Schemas of the privacy routes (GET /api/v1/me/contact-views).
import Type from 'typebox';

export const SeenEntry = Type.Object({
  field: Type.String({ description: 'phone | email | whatsapp | address | resume' }),
  purpose: Type.String({
    description: 'applicant_list | stage_move | resume_download | call | whatsapp, or a short text',
  }),
  viewer_name: Type.Union([Type.String(), Type.Null()], { description: 'the recruiter who saw it' }),
  company: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
  job_title: Type.Union([Type.String(), Type.Null()]),
  viewed_at: Type.String({ format: 'date-time' }),
});

export const SeenList = Type.Object({ items: Type.Array(SeenEntry) });
