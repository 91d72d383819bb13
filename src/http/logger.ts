// The app's pino logger: redacts credentials and phone fields by path, and masks anything shaped
// like an Indian mobile number in URLs, messages and errors, so no phone number reaches the logs.
// Owns log shape only; never decides what is logged.
import pino, { type DestinationStream, type Logger } from 'pino';

// 10 digits starting 6-9, optionally after +91 / 91 / 0, with spaces or dashes inside.
const MOBILE = /(?:\+?91[\s-]?|0)?[6-9](?:[\s-]?\d){9}/g;

export function maskPhones(text: string): string {
  return text.replace(MOBILE, '[phone]');
}

const serializeError = (err: Error) =>
  maskDeep(pino.stdSerializers.err(err)) as ReturnType<typeof pino.stdSerializers.err>;

function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPhones(value);
  if (depth > 5 || !value || typeof value !== 'object') return value;
  // An Error's message and stack are not enumerable: serialize it, or the line says `{}`.
  if (value instanceof Error) return depth ? serializeError(value) : value;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)]));
}

// Keys with their own serializer below. pino applies `formatters.log` before the serializers, so
// the formatter leaves these alone (turning a request into a plain object first would leave the
// serializer nothing to read); each serializer masks its own output.
const SERIALIZED = new Set(['req', 'res', 'err', 'error']);

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.phone',
        '*.password',
        '*.current_password',
        '*.new_password',
        '*.totp',
        '*.contact_phone',
        '*.authorization',
      ],
      serializers: {
        req: (req: { method?: string; url?: string; hostname?: string; ip?: string }) => ({
          method: req.method,
          url: typeof req.url === 'string' ? maskPhones(req.url) : req.url,
          hostname: req.hostname,
          remoteAddress: req.ip,
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        err: serializeError,
        error: serializeError,
      },
      formatters: {
        log: (object) =>
          Object.fromEntries(
            Object.entries(object).map(([k, v]) => [k, SERIALIZED.has(k) ? v : maskDeep(v, 1)]),
          ),
      },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? maskPhones(a) : a)) as Parameters<typeof method>,
          );
        },
      },
    },
    destination,
  );
}
