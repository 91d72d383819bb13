// A tiny SMTP server on 127.0.0.1 (RFC 5321's plain dialogue: EHLO, MAIL, RCPT, DATA, QUIT; no TLS,
// no auth) that keeps each message it accepts, so a test reads a confirmation link from the mail
// that really went out through nodemailer, never from the database.

import type { AddressInfo } from 'node:net';
import { createServer, type Server, type Socket } from 'node:net';

export interface Mail {
  from: string;
  to: string[];
  /** The raw message (headers and body) as the client sent it, dot-stuffing undone. */
  raw: string;
}

export class FakeSmtp {
  readonly inbox: Mail[] = [];
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  url = '';

  async start(): Promise<this> {
    this.server = createServer((socket) => this.session(socket));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `smtp://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The text of the last mail to `address` (quoted-printable soft breaks undone), or undefined. */
  lastTo(address: string): string | undefined {
    const mail = [...this.inbox].reverse().find((m) => m.to.includes(address.toLowerCase()));
    return mail?.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  }

  private session(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.setEncoding('utf8');
    let buffer = '';
    let data: string[] | null = null;
    let mail: Mail = { from: '', to: [], raw: '' };
    const say = (line: string) => socket.write(`${line}\r\n`);
    say('220 fake-smtp ready');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let eol = buffer.indexOf('\r\n');
      while (eol >= 0) {
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        eol = buffer.indexOf('\r\n');
        if (data) {
          if (line === '.') {
            this.inbox.push({ ...mail, raw: data.join('\r\n') });
            mail = { from: '', to: [], raw: '' };
            data = null;
            say('250 2.0.0 queued');
          } else data.push(line.startsWith('..') ? line.slice(1) : line);
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') say('250 fake-smtp');
        else if (verb === 'MAIL') {
          mail.from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          say('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          mail.to.push((/<([^>]*)>/.exec(line)?.[1] ?? '').toLowerCase());
          say('250 2.1.5 ok');
        } else if (verb === 'DATA') {
          data = [];
          say('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'RSET') {
          mail = { from: '', to: [], raw: '' };
          say('250 ok');
        } else if (verb === 'NOOP') say('250 ok');
        else if (verb === 'QUIT') {
          say('221 bye');
          socket.end();
        } else say('502 5.5.2 command not implemented');
      }
    });
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
