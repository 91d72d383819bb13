// OpenTelemetry tracing, on only when OTEL_EXPORTER_OTLP_ENDPOINT is set: one span per request
// (route pattern, method, status) with hook and handler spans under it, batched to an OTLP/HTTP
// collector. Owns the tracer provider's life; never decides what the app does.
import { FastifyOtelInstrumentation } from '@fastify/otel';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import type { FastifyPluginCallback } from 'fastify';

export interface Tracing {
  /** Register first on the app, so every route and hook declared after it gets spans. */
  plugin: FastifyPluginCallback;
  /** Sends the spans still buffered and stops the exporter (on shutdown). */
  shutdown(): Promise<void>;
}

export function startTracing(opts: { endpoint: string; serviceName: string; version?: string }): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: opts.serviceName,
      ...(opts.version ? { [ATTR_SERVICE_VERSION]: opts.version } : {}),
    }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${opts.endpoint}/v1/traces` }))],
  });
  // Global provider and AsyncLocalStorage context, so spans started anywhere join the request's.
  provider.register();
  // Probes every few seconds would drown the traces people look at.
  const instrumentation = new FastifyOtelInstrumentation({
    ignorePaths: (route) => route.url.startsWith('/health'),
  });
  instrumentation.setTracerProvider(provider);
  return {
    plugin: instrumentation.plugin() as FastifyPluginCallback,
    shutdown: () => provider.shutdown(),
  };
}
