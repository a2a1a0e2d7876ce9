import pino, { DestinationStream, Logger } from 'pino';
import { CorrelationContext } from '@mo/context';
import { Redactor } from '@mo/pii';
import { scrub } from './scrub';

const redactor = new Redactor();

/**
 * JSON logs on stdout: ISO time, level label, the app, and the correlation id of the request or
 * message being handled. Every argument is scrubbed of PII before it is written.
 */
export function createLogger(app: string, level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const correlation = CorrelationContext.current();
        return correlation ? { correlationId: correlation.correlationId, ...(correlation.causationId ? { causationId: correlation.causationId } : {}) } : {};
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => scrub(arg, redactor)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
