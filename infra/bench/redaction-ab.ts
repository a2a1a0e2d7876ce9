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
 * `node dist/infra/bench/redaction-ab.js <dir> [<this dir>]`: another build's engine (`<dir>` is its
 * compiled `libs/pii/src`, e.g. main's built apart), this build's and redact-pii, taking turns on
 * every turn in one process on the benchmark's 2 KB turns: a speed change measured against the
 * engine before it under the same load, with the peer beside both. Give this build's compiled
 * engine copied out as `<this dir>` too: an engine loaded with the rest of this build read 1.06-1.21x
 * a copy of itself loaded from another directory (2 December), and two copies loaded alike 0.99-1.01x.
 */
if (require.main === module) void runMain(async () => {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: redaction-ab.js <compiled libs/pii/src of the other build> [<compiled libs/pii/src of this build, copied out>]');
  const load = (from: string) => (require(resolve(from)) as { Redactor: typeof Redactor }).Redactor;
  const Other = load(dir);
  const This = process.argv[3] ? load(process.argv[3]) : Redactor;
  const [other, ours, theirs] = [new Other(CORPUS_POLICY), new This(CORPUS_POLICY), new SyncRedactor()];
  const engines: Engine[] = [
    { name: `other (${dir})`, redact: (t) => other.redact(t, { now: EVAL_NOW }).text },
    { name: process.argv[3] ? `this build (${process.argv[3]})` : 'this build', redact: (t) => ours.redact(t, { now: EVAL_NOW }).text },
    { name: 'redact-pii 3.4 (SyncRedactor)', redact: (t) => theirs.redact(t) },
  ];
  const turns = twoKilobyteTurns(evaluationSets()[0]!.items.flatMap((i) => i.turns));
  const [a, b, c] = measure(engines, turns);
  console.log(table([a!, b!, c!].map((s) => ({ engine: s.name, 'MB/s': s.mbPerSecond.toFixed(2), 'p50 ms': ms(s.p50), 'p99 ms': ms(s.p99) }))));
  console.log(`\nthis build ${(b!.mbPerSecond / a!.mbPerSecond).toFixed(2)}× the other's throughput; ${(a!.mbPerSecond / c!.mbPerSecond).toFixed(2)}× and ${(b!.mbPerSecond / c!.mbPerSecond).toFixed(2)}× redact-pii's`);
});
