import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

let provider: NodeTracerProvider | undefined;
let unregister: (() => void) | undefined;

/**
 * Starts tracing for the process (HTTP, express, pg, and the broker hop through the envelope's
 * traceparent). Spans always record, so trace context reaches events and logs; they leave the
 * process only when OTEL_EXPORTER_OTLP_ENDPOINT is set, or to the exporter given (tests, span by
 * span).
 */
export function startTracing(serviceName: string, exporter?: SpanExporter): void {
  if (provider) return;
  const processor = exporter
    ? new SimpleSpanProcessor(exporter)
    : process.env.OTEL_EXPORTER_OTLP_ENDPOINT
      ? new BatchSpanProcessor(new OTLPTraceExporter())
      : undefined;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': process.env.OTEL_SERVICE_NAME ?? serviceName,
    }),
    spanProcessors: processor ? [processor] : [],
  });
  provider.register();
  unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation(),
      new ExpressInstrumentation(),
      new PgInstrumentation(),
    ],
  });
}

/** Flushes what is pending and stops tracing. */
export async function stopTracing(): Promise<void> {
  unregister?.();
  await provider?.shutdown();
  provider = undefined;
  unregister = undefined;
}
