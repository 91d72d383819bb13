// Admins' second factor: RFC 6238 codes through otpauth (a maintained, dependency-free library),
// the enrolment QR through qrcode, the secret sealed with AES-256-GCM under a key derived from
// APP_SECRET (a copy of the database alone yields no codes), recovery codes kept as HMACs.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

export const TOTP_PERIOD = 30;
export const RECOVERY_CODES = 10;

export interface Enrolment {
  /** otpauth:// URI for an authenticator app (what the QR encodes). */
  uri: string;
  /** The same secret to type by hand (base32, in groups of four). */
  key: string;
  /** The QR as an SVG document (web) or as block characters (terminal). */
  qr_svg: string;
  qr_text: string;
}

export function createTotpTools(appSecret: string) {
  const sealKey = createHash('sha256').update(`deskhire:totp-seal:${appSecret}`).digest();
  const codeKey = createHash('sha256').update(`deskhire:recovery-code:${appSecret}`).digest();
  const totpFor = (secret: Secret, label: string) =>
    new TOTP({ issuer: 'Deskhire', label, secret, algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD });

  return {
    seal(base32: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', sealKey, iv);
      const body = Buffer.concat([cipher.update(base32, 'utf8'), cipher.final()]);
      return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
    },
    open(sealed: string): string {
      const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
      const decipher = createDecipheriv('aes-256-gcm', sealKey, iv!);
      decipher.setAuthTag(tag!);
      return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
    },
    newSecret: () => new Secret({ size: 20 }).base32,
    async enrolment(base32: string, label: string): Promise<Enrolment> {
      const uri = totpFor(Secret.fromBase32(base32), label).toString();
      return {
        uri,
        key: base32.replace(/(.{4})/g, '$1 ').trim(),
        qr_svg: await QRCode.toString(uri, { type: 'svg', margin: 2 }),
        qr_text: await QRCode.toString(uri, { type: 'utf8', margin: 2 }),
      };
    },
    /** The time step the code belongs to (now, or one step either side for clock drift), or null. */
    stepOf(base32: string, code: string, now = Date.now()): number | null {
      const delta = totpFor(Secret.fromBase32(base32), 'x').validate({
        token: code,
        timestamp: now,
        window: 1,
      });
      return delta === null ? null : Math.floor(now / 1000 / TOTP_PERIOD) + delta;
    },
    /** The current code (tests, and the demo moderator's documented authenticator). */
    codeAt: (base32: string, now = Date.now()) =>
      totpFor(Secret.fromBase32(base32), 'x').generate({ timestamp: now }),
    newRecoveryCodes(): string[] {
      return Array.from({ length: RECOVERY_CODES }, () => {
        const raw = randomBytes(8).toString('hex');
        return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}`;
      });
    },
    hashRecoveryCode: (code: string) =>
      createHmac('sha256', codeKey)
        .update(
          code
            .trim()
            .toLowerCase()
            .replace(/[^0-9a-f]/g, ''),
        )
        .digest('hex'),
  };
}

export type TotpTools = ReturnType<typeof createTotpTools>;
