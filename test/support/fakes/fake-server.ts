// A tiny HTTP server on 127.0.0.1 (a free port) that a provider fake builds on: it records each
// request and answers with the fake's handler, or with a forced failure (a status, or a hang that
// makes the caller time out).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}
export type Reply = { status: number; body: unknown };

export class FakeServer {
  readonly requests: Recorded[] = [];
  private server: Server | null = null;
  private forced: (number | 'hang')[] = [];
  url = '';

  constructor(private readonly handle: (req: Recorded) => Reply) {}

  /** The next `n` calls answer `status` (e.g. 400 refused for good, 503 try again) or never answer. */
  failNext(status: number | 'hang', n = 1): void {
    for (let i = 0; i < n; i++) this.forced.push(status);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString('utf8');
      });
      req.on('end', () => {
        const recorded = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
        this.requests.push(recorded);
        const forced = this.forced.shift();
        if (forced === 'hang') return; // never answers: the caller's deadline fires
        const reply = forced
          ? { status: forced, body: { error: { message: 'forced failure' } } }
          : this.handle(recorded);
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
