import pino, { DestinationStream, Logger } from 'pino';
import { CorrelationContext } from '@mo/context';
import { Redactor } from '@mo/pii';
import { scrub } from './scrub';

const redactor = new Redactor();

/**
 * Lines are written to stdout in batches: up to 4 KB, or what a tenth of a second gathered. One
 * write per line cost a thread-pool hop, a system call and a wake-up of the reader each. The batch
 * is written at exit too (pino flushes on exit); only a process killed outright loses its last
 * tenth of a second of lines.
 */
const LOG_BATCH_BYTES = 4_096;
const LOG_FLUSH_MS = 100;

/**
 * JSON logs on stdout: ISO time, level label, the app, and the correlation id of the request or
 * message being handled. Every argument is scrubbed of PII before it is written.
 */
export function createLogger(app: string, level: string, destination?: DestinationStream): Logger {
  const batched = destination ? undefined : batchedStdout();
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
          batched?.written();
        },
      },
    },
    destination ?? batched!.stream,
  );
}

/**
 * stdout behind a 4 KB buffer, flushed a tenth of a second after a line: a flush while a write is
 * still out does nothing, so a burst gets one more flush after its last line. An idle process
 * writes nothing and keeps no timer.
 */
function batchedStdout() {
  const stream = pino.destination({ dest: 1, minLength: LOG_BATCH_BYTES, sync: false });
  let timer: NodeJS.Timeout | undefined;
  let since = false;
  const arm = () => {
    timer = setTimeout(tick, LOG_FLUSH_MS);
    timer.unref();
  };
  const tick = () => {
    timer = undefined;
    const more = since;
    since = false;
    // Ended at exit: nothing is left to write.
    if (!(stream as { destroyed?: boolean }).destroyed) stream.flush();
    if (more) arm();
  };
  return {
    stream,
    written() {
      since = true;
      if (!timer) arm();
    },
  };
}
