// The website proof reads another site from our server, so it is an open door to our own network if
// it follows a name or a redirect to a private address. A local HTTP server plays the company's site
// and a fake resolver plays DNS; `dial` sends the connection for the one fake public address to it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AddressResolver,
  createDomainProof,
  domainToken,
  isPublicAddress,
  PROOF_PATH,
} from './domain-proof.ts';

const PUBLIC = '93.184.216.34';
const TOKEN = domainToken('4f0c3a1e-0000-4000-8000-000000000001', 'vashivoice.in');

/** DNS as the tests want it: names to addresses, and TXT records. */
function fakeResolver(a: Record<string, string[]>, txt: Record<string, string[][]> = {}): AddressResolver {
  return {
    async lookup(host) {
      const found = a[host];
      if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return found;
    },
    async resolveTxt(host) {
      if (host === 'slow.in') return new Promise(() => {});
      return txt[host] ?? [];
    },
  };
}

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.8.8',
    '10.1.2.3',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    'not-an-address',
  ])('%s is not public', (address) => expect(isPublicAddress(address)).toBe(false));
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111'])('%s is public', (address) =>
    expect(isPublicAddress(address)).toBe(true),
  );
});

describe('website proof by a well-known file', () => {
  let server: Server;
  let port = 0;
  const hits: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(`${req.headers.host}${req.url}`);
      const host = req.headers.host ?? '';
      if (req.url === PROOF_PATH && host === 'vashivoice.in') return res.end(`${TOKEN}\n`);
      if (host === 'wrongtoken.in') return res.end('something else\n');
      if (host === 'moved.in')
        return res
          .writeHead(301, { location: 'http://vashivoice.in/.well-known/deskhire-verification.txt' })
          .end();
      if (host === 'tolocal.in') return res.writeHead(302, { location: 'http://inside.in/' }).end();
      if (host === 'toloopback.in')
        return res.writeHead(302, { location: `http://127.0.0.1:${port}${PROOF_PATH}` }).end();
      if (host === 'tometadata.in')
        return res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      if (host === 'toipv6.in')
        return res.writeHead(302, { location: `http://[::1]:${port}${PROOF_PATH}` }).end();
      if (host === 'tofile.in') return res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      if (host === 'loop.in') return res.writeHead(302, { location: 'http://loop.in/again' }).end();
      if (host === 'hang.in') return; // never answers
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const proof = (a: Record<string, string[]>, timeoutMs = 2000) =>
    createDomainProof({
      resolver: fakeResolver(a),
      timeoutMs,
      // Only the fake public address reaches the local server; anything else would go out for real.
      dial: (address, p) => (address === PUBLIC ? { host: '127.0.0.1', port } : { host: address, port: p }),
    });
  const everyHost = Object.fromEntries(
    [
      'vashivoice.in',
      'wrongtoken.in',
      'moved.in',
      'tolocal.in',
      'toloopback.in',
      'tometadata.in',
      'toipv6.in',
      'tofile.in',
      'loop.in',
      'hang.in',
    ].map((h) => [h, [PUBLIC]]),
  );

  it('a file holding the token proves the website; one without it does not', async () => {
    const p = proof(everyHost);
    expect(await p.checkFile('http://vashivoice.in', 'vashivoice.in', TOKEN)).toEqual({ ok: true });
    const wrong = await p.checkFile('http://wrongtoken.in', 'wrongtoken.in', TOKEN);
    expect(wrong).toMatchObject({ ok: false, reason: expect.stringContaining('does not hold the token') });
  });

  it('follows a redirect to another public host, resolving it again', async () => {
    expect(await proof(everyHost).checkFile('http://moved.in', 'moved.in', TOKEN)).toEqual({ ok: true });
  });

  it('never connects to a private, loopback or link-local address, by name, redirect or literal', async () => {
    const p = proof({
      ...everyHost,
      'inside.in': ['10.0.0.7'],
      'mixed.in': [PUBLIC, '127.0.0.1'],
      'local.in': ['127.0.0.1'],
    });
    hits.length = 0;
    for (const [site, expected] of [
      ['local.in', /private or local address \(127\.0\.0\.1\)/],
      ['mixed.in', /private or local address \(127\.0\.0\.1\)/],
      ['tolocal.in', /inside\.in points to a private or local address \(10\.0\.0\.7\)/],
      ['toloopback.in', /127\.0\.0\.1 points to a private or local address/],
      ['tometadata.in', /169\.254\.169\.254/],
      ['toipv6.in', /::1/],
      ['tofile.in', /file: is not followed/],
      ['loop.in', /more than 3 redirects/],
    ] as const) {
      const result = await p.checkFile(`http://${site}`, site, TOKEN);
      expect(result, site).toMatchObject({ ok: false, reason: expect.stringMatching(expected) });
    }
    // The local server saw only the first hop of each redirect, never a request meant for inside.
    expect(
      hits.every((h) => !h.startsWith('127.0.0.1') && !h.startsWith('[::1]') && !h.startsWith('169.254')),
    ).toBe(true);
  });

  it('gives up after its timeout when the site never answers', async () => {
    const started = Date.now();
    const result = await proof(everyHost, 300).checkFile('http://hang.in', 'hang.in', TOKEN);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('no answer within') });
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('website proof by a DNS TXT record', () => {
  const p = createDomainProof({
    resolver: fakeResolver({}, { 'vashivoice.in': [['v=spf1 -all'], ['deskhire-verification=', TOKEN]] }),
    timeoutMs: 300,
  });
  it('the record, even split into chunks, proves the domain; its absence or a slow DNS does not', async () => {
    expect(await p.checkDns('vashivoice.in', TOKEN)).toEqual({ ok: true });
    expect(await p.checkDns('vashivoice.in', domainToken('another-company', 'vashivoice.in'))).toMatchObject({
      ok: false,
    });
    expect(await p.checkDns('nothing.in', TOKEN)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no TXT record'),
    });
    expect(await p.checkDns('slow.in', TOKEN)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('timed out'),
    });
  });
});
