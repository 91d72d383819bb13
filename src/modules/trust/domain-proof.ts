// Proving control of a company's website: a DNS TXT record or a file at a well-known path that holds
// the company's token, read by the server. The fetch follows at most a few redirects and resolves every
// hop itself: an address that is private, loopback, link-local or otherwise not on the public internet
// is refused before a connection is made, and the connection goes to the address that was checked (no
// second lookup that DNS rebinding could answer differently). Never renders or stores what it reads.
import { createHash } from 'node:crypto';
import { promises as dns } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';

export const PROOF_PATH = '/.well-known/deskhire-verification.txt';
const MAX_REDIRECTS = 3;
const MAX_BODY_BYTES = 4096;

/** Where addresses come from: the system resolver in production, a fake in tests. */
export interface AddressResolver {
  /** Every address the host name resolves to (A and AAAA). */
  lookup(host: string): Promise<string[]>;
  /** The TXT records of a name, each as its chunks. */
  resolveTxt(host: string): Promise<string[][]>;
}

export interface DomainProofOptions {
  resolver: AddressResolver;
  timeoutMs: number;
  /**
   * Where the TCP connection for a checked public address really goes. Production: that address.
   * Tests map a fake public address to their local server, so the real client and checks still run.
   */
  dial?: (address: string, port: number) => { host: string; port: number };
}

export const systemResolver = (timeoutMs: number): AddressResolver => {
  const resolver = new dns.Resolver({ timeout: timeoutMs, tries: 2 });
  return {
    async lookup(host) {
      return (await dns.lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    },
    resolveTxt: (host) => resolver.resolveTxt(host),
  };
};

/** Addresses that are not somewhere on the public internet (RFC 6890 special-purpose ranges). */
// Two lists: a BlockList also matches IPv4 addresses against IPv4-mapped IPv6 rules (::ffff:0:0/96).
const NOT_PUBLIC_V4 = new BlockList();
const NOT_PUBLIC_V6 = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  NOT_PUBLIC_V4.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  NOT_PUBLIC_V6.addSubnet(net, bits, 'ipv6');

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // An IPv4 address written inside IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]!);
  return family === 4 ? !NOT_PUBLIC_V4.check(address, 'ipv4') : !NOT_PUBLIC_V6.check(address, 'ipv6');
}

/** The token a company publishes for one host: tied to both, so a proof cannot be moved to another. */
export function domainToken(companyId: string, host: string): string {
  return createHash('sha256').update(`deskhire-domain:${companyId}:${host}`).digest('hex').slice(0, 32);
}

export const txtRecord = (token: string): string => `deskhire-verification=${token}`;

/** The website's host name, lower-cased, without `www.`; null when it is not a usable host. */
export function proofHost(website: string | null): string | null {
  if (!website) return null;
  try {
    const url = new URL(website);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    return host.includes('.') && isIP(host) === 0 ? host : null;
  } catch {
    return null;
  }
}

export type ProofResult = { ok: true } | { ok: false; reason: string };

export function createDomainProof(opts: DomainProofOptions) {
  const { resolver, timeoutMs } = opts;
  const dial = opts.dial ?? ((address: string, port: number) => ({ host: address, port }));

  const withTimeout = <T>(work: Promise<T>, signal: AbortSignal): Promise<T> =>
    Promise.race([
      work,
      new Promise<never>((_, reject) => {
        if (signal.aborted) reject(new Error('timed out'));
        signal.addEventListener('abort', () => reject(new Error('timed out')), { once: true });
      }),
    ]);

  /** The one public address a hop may connect to, or why not. */
  async function publicAddressOf(host: string, signal: AbortSignal): Promise<string> {
    const bare = host.replace(/^\[|\]$/g, '');
    const addresses = isIP(bare) ? [bare] : await withTimeout(resolver.lookup(bare), signal);
    if (!addresses.length) throw new Error(`${host} has no address`);
    // Every answer must be public: a name that also points inside is refused, not raced.
    const inside = addresses.find((a) => !isPublicAddress(a));
    if (inside) throw new Error(`${host} points to a private or local address (${inside})`);
    return addresses[0]!;
  }

  /** One GET to a checked address; resolves with the status, Location and at most 4 KB of body. */
  function get(url: URL, address: string, signal: AbortSignal) {
    const secure = url.protocol === 'https:';
    const port = Number(url.port) || (secure ? 443 : 80);
    const target = dial(address, port);
    const client = secure ? https : http;
    return new Promise<{ status: number; location?: string; body: string }>((resolve, reject) => {
      const req = client.request(
        {
          host: target.host,
          port: target.port,
          path: `${url.pathname}${url.search}`,
          method: 'GET',
          headers: { host: url.host, 'user-agent': 'Deskhire-domain-check/1', accept: 'text/plain' },
          servername: secure && isIP(url.hostname) === 0 ? url.hostname : undefined,
          signal,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
              res.destroy();
              resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
            } else chunks.push(chunk);
          });
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              location: typeof res.headers.location === 'string' ? res.headers.location : undefined,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  return {
    /** The TXT record `deskhire-verification=<token>` on the host. */
    async checkDns(host: string, token: string): Promise<ProofResult> {
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        const records = await withTimeout(resolver.resolveTxt(host), signal);
        return records.some((chunks) => chunks.join('').trim() === txtRecord(token))
          ? { ok: true }
          : { ok: false, reason: `no TXT record "${txtRecord(token)}" on ${host}` };
      } catch (err) {
        return {
          ok: false,
          reason: `the TXT records of ${host} could not be read (${(err as Error).message})`,
        };
      }
    },

    /** The file at https://<host>/.well-known/deskhire-verification.txt holding the token. */
    async checkFile(website: string, host: string, token: string): Promise<ProofResult> {
      const signal = AbortSignal.timeout(timeoutMs);
      const scheme = new URL(website).protocol === 'http:' ? 'http:' : 'https:';
      let url = new URL(`${scheme}//${host}${PROOF_PATH}`);
      try {
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
          if (url.protocol !== 'https:' && url.protocol !== 'http:')
            return { ok: false, reason: `a redirect to ${url.protocol} is not followed` };
          if (url.username || url.password)
            return { ok: false, reason: 'a redirect with a password is not followed' };
          const address = await publicAddressOf(url.hostname, signal);
          const res = await get(url, address, signal);
          if (res.status >= 300 && res.status < 400 && res.location) {
            url = new URL(res.location, url);
            continue;
          }
          if (res.status !== 200) return { ok: false, reason: `${url.href} answered ${res.status}` };
          return res.body.split(/\r?\n/).some((line) => line.trim() === token)
            ? { ok: true }
            : { ok: false, reason: `${url.href} does not hold the token` };
        }
        return { ok: false, reason: `more than ${MAX_REDIRECTS} redirects` };
      } catch (err) {
        const message = signal.aborted ? `no answer within ${timeoutMs / 1000} s` : (err as Error).message;
        return { ok: false, reason: `${url.host}: ${message}` };
      }
    },
  };
}

export type DomainProof = ReturnType<typeof createDomainProof>;
