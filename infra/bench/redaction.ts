import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SyncRedactor } from 'redact-pii';
import { runMain } from '@mo/config';
import { Redactor } from '@mo/pii';
import { aggregate, CORPUS_POLICY, LabelledLine, scoreItems } from '@mo/testing';
import { engineFinder, EVAL_NOW, evaluationSets, heldOutAsked, summaryRow } from './redaction-eval';
import { ms, percentile, table } from './stats';

/**
 * `npm run bench:redaction`: our engine and the redact-pii package on the same labelled corpora,
 * for speed (2 KB transcript turns of the training corpus) and for accuracy (the training sets;
 * `-- --held-out` adds each held-out set, aggregate figures only, never a line). A speed run never
 * spends a look at a held-out set unless asked to.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
/** Rounds run before measuring, for both engines: a service redacts for hours, so steady state is what counts. */
const WARMUP_ROUNDS = Number(process.env.BENCH_WARMUP_ROUNDS ?? 30);
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'.@_+-]*/gu;

export interface Engine {
  name: string;
  redact(text: string): string;
}

if (require.main === module) void runMain(async () => {
  const sets = evaluationSets(heldOutAsked(process.argv));
  const lines = sets[0]!.items.flatMap((i) => i.turns);
  const ours = new Redactor(CORPUS_POLICY);
  const theirs = new SyncRedactor();
  const engines: Engine[] = [
    { name: 'ours (libs/pii)', redact: (t) => ours.redact(t, { now: EVAL_NOW }).text },
    { name: 'redact-pii 3.4 (SyncRedactor)', redact: (t) => theirs.redact(t) },
  ];
  const turns = twoKilobyteTurns(lines);
  const speed = measure(engines, turns);
  console.log(`Speed: ${turns.length} turns of about 2 KB (${(turns.reduce((n, t) => n + t.length, 0) / turns.length).toFixed(0)} chars on average), ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up rounds, the engines taking turns on every turn\n`);
  console.log(table(speed.map((s) => ({ engine: s.name, 'MB/s': s.mbPerSecond.toFixed(2), 'p50 ms': ms(s.p50), 'p99 ms': ms(s.p99) }))));
  console.log(`\nours is ${(speed[0]!.mbPerSecond / speed[1]!.mbPerSecond).toFixed(2)}× redact-pii's throughput (target ≥ 2×); p99 ${ms(speed[0]!.p99)} ms (target < 1 ms)\n`);
  // `-- --speed`: the speed half alone, for profiling and for comparing builds without scoring.
  if (process.argv.includes('--speed')) return;

  const accuracy = engines.map((engine) => ({
    engine: engine.name,
    sets: Object.fromEntries(sets.map((set) => [set.name, tokenScore(set.items.flatMap((i) => i.turns), engine)])),
  }));
  console.log('Accuracy, token level (a token counts as masked when it is not in the output), same method for both, each turn alone, US rules:\n');
  console.log(
    table(
      accuracy.map((a) => ({
        engine: a.engine,
        ...Object.fromEntries(sets.map((set) => {
          const t = a.sets[set.name]!;
          return [`${set.name} P/R, negatives changed`, `${t.precision.toFixed(3)}/${t.recall.toFixed(3)}, ${t.negativesChanged}/${t.negatives}`];
        })),
      })),
    ),
  );
  const find = engineFinder();
  const overlap = sets.map((set) => ({ name: set.name, score: aggregate(scoreItems(set.items, find)) }));
  console.log('\nOurs, scored as the independent corpus was (a label is found when ≥ 90% of it is masked; a mask overlapping labels < 50% is a false positive), with dialogue context, each clinic as its tenant:\n');
  console.log(table(overlap.map((o) => summaryRow(o.name, o.score))));
  console.log('\nRecall by type:\n');
  console.log(table(overlap[0]!.score.byType.map((t, k) => ({ type: t.type, ...Object.fromEntries(overlap.map((o) => [o.name, `${o.score.byType[k]!.recall.toFixed(2)} (${o.score.byType[k]!.labels})`])) }))));
  const dir = join(__dirname, '../../../bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `redaction-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ speed, accuracy, overlap }, null, 2));
  console.log(`\nraw figures: ${file}`);
});

/** Corpus lines joined into turns of at least 2,000 characters, in a fixed shuffled order. */
export function twoKilobyteTurns(lines: LabelledLine[]): string[] {
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

/**
 * The engines take turns on every 2 KB turn (each turn redacted by each engine back to back, the
 * order alternating from turn to turn), warm-up included, so a shared machine's load falls on all
 * alike and their ratio holds within the run; each engine's throughput is its bytes over the sum of
 * its own calls' times. Taking turns a whole round at a time (as until 2 December) favoured the
 * engine measured second: two copies of one build read 1.09x apart that way.
 */
export function measure(engines: Engine[], turns: string[]) {
  // Every order of the engines in turn, so each runs as often in each place and after each other one.
  const orders = permutations(engines.map((_, e) => e));
  const order = (k: number) => orders[k % orders.length]!;
  for (let r = 0; r < WARMUP_ROUNDS; r++) turns.forEach((t, k) => { for (const e of order(k)) engines[e]!.redact(t); });
  const runs = engines.map((engine) => ({ engine, latencies: [] as number[], bytes: 0, nanoseconds: 0n }));
  let k = 0;
  for (let r = 0; r < ROUNDS; r++) {
    for (const turn of turns) {
      const bytes = Buffer.byteLength(turn);
      for (const e of order(k++)) {
        const run = runs[e]!;
        const t0 = process.hrtime.bigint();
        run.engine.redact(turn);
        const took = process.hrtime.bigint() - t0;
        run.latencies.push(Number(took) / 1e6);
        run.nanoseconds += took;
        run.bytes += bytes;
      }
    }
  }
  return runs.map(({ engine, latencies, bytes, nanoseconds }) => {
    latencies.sort((a, b) => a - b);
    return { name: engine.name, mbPerSecond: bytes / 1e6 / (Number(nanoseconds) / 1e9), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  });
}

function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
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
