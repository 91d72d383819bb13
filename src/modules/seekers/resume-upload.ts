// Reading an uploaded resume from a multipart form: the size cap and the content check. A file is
// a PDF only if its bytes say so (magic number via file-type) and it parses as one (pdf.js, in
// resume-pdf.ts); its name and declared type count for nothing. Shared by the API route and the web form so both refuse the same files.
import type { MultipartFile } from '@fastify/multipart';
import { fileTypeFromBuffer } from 'file-type';
import { DomainError, Invalid } from '../../shared/errors.ts';
import { parsePdf } from './resume-pdf.ts';

export const RESUME_MAX_BYTES = 2 * 1024 * 1024;

export interface UploadedFile {
  filename: string;
  bytes: Buffer;
  tooLarge: boolean;
}

/** Multipart options: one file, a few small fields, files buffered up to the cap. */
export const resumeMultipartOptions = {
  attachFieldsToBody: 'keyValues' as const,
  limits: { fileSize: RESUME_MAX_BYTES, files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
  // We check the size ourselves so the reply names the field, like every other validation error.
  throwFileSizeLimit: false,
  async onFile(part: MultipartFile & { value?: unknown }) {
    const bytes = await part.toBuffer();
    const tooLarge = part.file.truncated;
    part.value = {
      filename: part.filename,
      bytes: tooLarge ? Buffer.alloc(0) : bytes,
      tooLarge,
    } satisfies UploadedFile;
  },
};

export function uploadedFile(body: unknown, name: string): UploadedFile | undefined {
  const v = (body as Record<string, unknown> | undefined)?.[name];
  return v && typeof v === 'object' && 'bytes' in v && Buffer.isBuffer((v as UploadedFile).bytes)
    ? (v as UploadedFile)
    : undefined;
}

export class PayloadTooLarge extends DomainError {
  constructor(detail: string) {
    super(413, 'Payload Too Large', detail, [{ field: 'resume', message: detail }]);
  }
}

/** Throws a 4xx naming the `resume` field unless the bytes are a PDF, within the cap, that parses. */
export async function assertPdf(file: UploadedFile | undefined): Promise<void> {
  if (!file || (!file.tooLarge && file.bytes.length === 0))
    throw new Invalid([{ field: 'resume', message: 'choose a PDF file to upload' }]);
  if (file.tooLarge || file.bytes.length > RESUME_MAX_BYTES)
    throw new PayloadTooLarge(`is larger than ${RESUME_MAX_BYTES / 1024 / 1024} MB`);
  const type = await fileTypeFromBuffer(file.bytes);
  if (type?.mime !== 'application/pdf')
    throw new Invalid([
      {
        field: 'resume',
        message: `must be a PDF file (this one is ${type ? type.ext : 'not a recognised document'})`,
      },
    ]);
  const parsed = await parsePdf(file.bytes);
  if (!parsed.ok)
    throw new Invalid([
      {
        field: 'resume',
        message: `must be a PDF that opens: this file starts like one but ${parsed.reason}`,
      },
    ]);
}

/** A display name safe to echo back: no path, no control characters, kept short. */
export function displayName(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  // Keep printable characters only: no control characters or quotes reach a header or a page.
  const clean = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 32 && ch.charCodeAt(0) !== 127 && ch !== '"')
    .join('')
    .trim()
    .slice(0, 120);
  return clean || 'resume.pdf';
}
