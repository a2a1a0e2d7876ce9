import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SyncRedactor } from 'redact-pii';
import { runMain } from '@mo/config';
import { Redactor } from '@mo/pii';
import { CORPUS_POLICY, LabelledLine, loadCorpus, parseLine, scoreCorpus } from '@mo/testing';
import { ms, percentile, table } from './stats';

/**
 * `npm run bench:redaction`: our engine and the redact-pii package on the same labelled corpus,
 * for speed (2 KB transcript turns) and for accuracy.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
/** Rounds run before measuring, for both engines: a service redacts for hours, so steady state is what counts. */
const WARMUP_ROUNDS = Number(process.env.BENCH_WARMUP_ROUNDS ?? 30);
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'.@_+-]*/gu;

interface Engine {
  name: string;
  redact(text: string): string;
}

void runMain(async () => {
  const lines = loadCorpus();
  const holdout = readFileSync(join(__dirname, '../../../libs/pii/corpus/holdout.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => parseLine(l, !l.includes('[[')));
  const ours = new Redactor(CORPUS_POLICY);
  const theirs = new SyncRedactor();
  const engines: Engine[] = [
    { name: 'ours (libs/pii)', redact: (t) => ours.redact(t).text },
    { name: 'redact-pii 3.4 (SyncRedactor)', redact: (t) => theirs.redact(t) },
  ];
  const turns = twoKilobyteTurns(lines);
  const speed = engines.map((engine) => measure(engine, turns));
  console.log(`Speed: ${turns.length} turns of about 2 KB (${(turns.reduce((n, t) => n + t.length, 0) / turns.length).toFixed(0)} chars on average), ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up rounds\n`);
  console.log(table(speed.map((s) => ({ engine: s.name, 'MB/s': s.mbPerSecond.toFixed(2), 'p50 ms': ms(s.p50), 'p99 ms': ms(s.p99) }))));
  console.log(`\nours is ${(speed[0]!.mbPerSecond / speed[1]!.mbPerSecond).toFixed(2)}× redact-pii's throughput (target ≥ 10×); p99 ${ms(speed[0]!.p99)} ms (target < 2 ms)\n`);

  const accuracy = engines.map((engine) => ({ engine: engine.name, ...tokenScore(lines, engine), holdout: tokenScore(holdout, engine) }));
  console.log('Accuracy, token level (a token counts as masked when it is not in the output), same method for both:\n');
  console.log(
    table(
      accuracy.map((a) => ({
        engine: a.engine,
        precision: a.precision.toFixed(3),
        recall: a.recall.toFixed(3),
        'hard negatives changed': `${a.negativesChanged}/${a.negatives}`,
        'holdout P/R': `${a.holdout.precision.toFixed(3)}/${a.holdout.recall.toFixed(3)}`,
      })),
    ),
  );
  const exact = scoreCorpus(lines, (t) => ours.find(t));
  const exactHoldout = scoreCorpus(holdout, (t) => ours.find(t));
  console.log('\nOurs, exact spans (type, start and end must all match), per type:\n');
  console.log(
    table(
      [...exact.byType, exact.overall].map((s) => ({
        type: s.type,
        precision: s.precision.toFixed(3),
        recall: s.recall.toFixed(3),
        tp: s.truePositives,
        fp: s.falsePositives,
        fn: s.falseNegatives,
      })),
    ),
  );
  console.log(`\nheld-out lines: precision ${exactHoldout.overall.precision.toFixed(3)}, recall ${exactHoldout.overall.recall.toFixed(3)}; corpus hard negatives with a finding: ${exact.negativeLinesWithFindings}`);
  const dir = join(__dirname, '../../../bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `redaction-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ speed, accuracy, exact: { corpus: exact.overall, byType: exact.byType, holdout: exactHoldout.overall } }, null, 2));
  console.log(`\nraw figures: ${file}`);
});

/** Corpus lines joined into turns of at least 2,000 characters, in a fixed shuffled order. */
function twoKilobyteTurns(lines: LabelledLine[]): string[] {
  const order = lines.map((l, i) => ({ l, k: (i * 7919) % lines.length })).sort((a, b) => a.k - b.k);
  const turns: string[] = [];
  let current = '';
  for (let pass = 0; pass < 6; pass++) {
    for (const { l } of order) {
      current += (current ? ' ' : '') + l.text;
      if (current.length >= 2_000) {
        turns.push(current);
        current = '';
      }
    }
  }
  return turns;
}

function measure(engine: Engine, turns: string[]) {
  for (let r = 0; r < WARMUP_ROUNDS; r++) for (const t of turns) engine.redact(t);
  const latencies: number[] = [];
  let bytes = 0;
  const started = process.hrtime.bigint();
  for (let r = 0; r < ROUNDS; r++) {
    for (const turn of turns) {
      const t0 = process.hrtime.bigint();
      engine.redact(turn);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      bytes += Buffer.byteLength(turn);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return { name: engine.name, mbPerSecond: bytes / 1e6 / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Token-level precision and recall: the output is aligned with the input by longest common subsequence. */
function tokenScore(lines: LabelledLine[], engine: Engine) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let negativesChanged = 0;
  for (const line of lines) {
    const input = [...line.text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
    const output = engine.redact(line.text);
    const kept = lcsKept(input.map((t) => t.text), [...output.matchAll(TOKEN)].map((m) => m[0]));
    input.forEach((token, i) => {
      const expected = line.spans.some((s) => s.start < token.end && token.start < s.end);
      const masked = !kept[i];
      if (masked && expected) tp++;
      else if (masked) fp++;
      else if (expected) fn++;
    });
    if (line.negative && output !== line.text) negativesChanged++;
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), negativesChanged, negatives: lines.filter((l) => l.negative).length };
}

function lcsKept(a: string[], b: string[]): boolean[] {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const kept = new Array<boolean>(a.length).fill(false);
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      kept[i] = true;
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}
