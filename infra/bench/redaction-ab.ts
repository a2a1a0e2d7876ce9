import 'reflect-metadata';
import { resolve } from 'node:path';
import { SyncRedactor } from 'redact-pii';
import { runMain } from '@mo/config';
import { Redactor } from '@mo/pii';
import { CORPUS_POLICY } from '@mo/testing';
import { EVAL_NOW, evaluationSets } from './redaction-eval';
import { Engine, measure, twoKilobyteTurns } from './redaction';
import { ms, table } from './stats';

/**
 * `node dist/infra/bench/redaction-ab.js <dir>`: this build's engine, another build's (`<dir>` is
 * its compiled `libs/pii/src`, e.g. main's built apart) and redact-pii, taking turns round by round
 * in one process on the benchmark's 2 KB turns: a speed change measured against the engine before
 * it under the same load, with the peer beside both.
 */
if (require.main === module) void runMain(async () => {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: redaction-ab.js <compiled libs/pii/src of the other build>');
  const Other = (require(resolve(dir)) as { Redactor: typeof Redactor }).Redactor;
  const [other, ours, theirs] = [new Other(CORPUS_POLICY), new Redactor(CORPUS_POLICY), new SyncRedactor()];
  const engines: Engine[] = [
    { name: `other (${dir})`, redact: (t) => other.redact(t, { now: EVAL_NOW }).text },
    { name: 'this build', redact: (t) => ours.redact(t, { now: EVAL_NOW }).text },
    { name: 'redact-pii 3.4 (SyncRedactor)', redact: (t) => theirs.redact(t) },
  ];
  const turns = twoKilobyteTurns(evaluationSets(true)[0]!.items.flatMap((i) => i.turns));
  const [a, b, c] = measure(engines, turns);
  console.log(table([a!, b!, c!].map((s) => ({ engine: s.name, 'MB/s': s.mbPerSecond.toFixed(2), 'p50 ms': ms(s.p50), 'p99 ms': ms(s.p99) }))));
  console.log(`\nthis build ${(b!.mbPerSecond / a!.mbPerSecond).toFixed(2)}× the other's throughput; ${(a!.mbPerSecond / c!.mbPerSecond).toFixed(2)}× and ${(b!.mbPerSecond / c!.mbPerSecond).toFixed(2)}× redact-pii's`);
});
