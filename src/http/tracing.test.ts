// Spans reach an OTLP/HTTP collector: a tiny receiver in this test stands in for one and records
// what arrives at POST /v1/traces.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createTestDatabase } from '../shared/db/testing.ts';
import { startTracing } from './tracing.ts';

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpExport {
  resourceSpans: {
    resource: { attributes: OtlpAttribute[] };
    scopeSpans: { spans: { name: string; attributes: OtlpAttribute[] }[] }[];
  }[];
}

describe('OpenTelemetry tracing to an OTLP/HTTP endpoint', () => {
  const received: { path: string; contentType: string; body: OtlpExport }[] = [];
  let receiver: Server;
  let endpoint: string;
  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({
          path: `${req.method} ${req.url}`,
          contentType: String(req.headers['content-type']),
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport,
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it('sends a span per request with the service name, route pattern and status', async () => {
    const config = loadConfig({
      DEMO_DATA: '0',
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      OTEL_SERVICE_NAME: 'deskhire-test',
    });
    const tracing = startTracing({ endpoint: config.otlpEndpoint!, serviceName: config.serviceName });
    const test = await createTestDatabase('pglite');
    const app = await buildApp({ db: test.db, config, tracing: tracing.plugin });
    try {
      expect((await app.inject('/api/v1/jobs/777001')).statusCode).toBe(404);
      expect((await app.inject('/api/v1/taxonomy')).statusCode).toBe(200);
    } finally {
      await app.close();
      await test.drop();
      await tracing.shutdown();
    }

    expect(received.length).toBeGreaterThan(0);
    expect(received.every((r) => r.path === 'POST /v1/traces')).toBe(true);
    const resources = received.flatMap((r) => r.body.resourceSpans);
    const serviceNames = resources.map(
      (rs) => rs.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue,
    );
    expect(new Set(serviceNames)).toEqual(new Set(['deskhire-test']));
    const spans = resources.flatMap((rs) => rs.scopeSpans.flatMap((s) => s.spans));
    const attr = (span: (typeof spans)[number], key: string) => {
      const v = span.attributes.find((a) => a.key === key)?.value;
      return v?.stringValue ?? (v?.intValue === undefined ? undefined : Number(v.intValue));
    };
    const requests = spans.filter(
      (s) => attr(s, 'http.route') !== undefined && attr(s, 'http.response.status_code'),
    );
    expect(requests.map((s) => [attr(s, 'http.route'), attr(s, 'http.response.status_code')])).toEqual(
      expect.arrayContaining([
        ['/api/v1/jobs/:id', 404],
        ['/api/v1/taxonomy', 200],
      ]),
    );
    // The raw id never becomes a span attribute value of the route.
    expect(requests.map((s) => attr(s, 'http.route'))).not.toContain('/api/v1/jobs/777001');
  });
});
