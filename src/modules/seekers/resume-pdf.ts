// Whether an uploaded resume is a PDF a recruiter can open: the bytes are parsed by Mozilla's pdf.js
// (the parser Firefox uses) and its first page is read. Its first bytes alone prove nothing: a file
// that starts with `%PDF-` and holds an HTML page passes a magic-number check. Never renders anything.

/** How long one parse may take before the file is refused as unreadable. */
const PARSE_TIMEOUT_MS = 10_000;

export type PdfCheck = { ok: true; pages: number } | { ok: false; reason: string };

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
// Loaded on the first upload, not at start: most requests never need it. The legacy build is the one
// pdf.js publishes for Node (no DOM, a worker run in-process).
const loadPdfJs = (): Promise<PdfJs> => {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
};

/** Parses the bytes as a PDF document and reads its first page. */
export async function parsePdf(bytes: Buffer): Promise<PdfCheck> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    // A copy: pdf.js takes ownership of (and detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    stopAtErrors: true,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('parse timed out')), PARSE_TIMEOUT_MS);
  });
  try {
    const doc = await Promise.race([task.promise, timeout]);
    if (doc.numPages < 1) return { ok: false, reason: 'has no pages' };
    await Promise.race([doc.getPage(1), timeout]);
    return { ok: true, pages: doc.numPages };
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException') return { ok: false, reason: 'is protected by a password' };
    return { ok: false, reason: 'is not a readable PDF document' };
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}
