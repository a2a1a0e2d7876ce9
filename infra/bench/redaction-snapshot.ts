import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { runMain } from '@mo/config';
import { Redactor } from '@mo/pii';
import { CORPUS_POLICY } from '@mo/testing';
import { EVAL_NOW, evaluationSets } from './redaction-eval';
import { twoKilobyteTurns } from './redaction';

/**
 * `node dist/infra/bench/redaction-snapshot.js <file>`: the engine's whole output (texts, spans,
 * rules, fingerprints) over every training item, written to `<file>`, so a change meant to be
 * performance-only can be diffed against the output before it. A held-out item's output is
 * compared, never shown: the file holds only its SHA-256, so a diff names a changed item without
 * printing a word of it. `--training` leaves the held-out sets out (not even read), for a
 * performance-only change that must not touch them.
 */
void runMain(async () => {
  const file = process.argv[2];
  if (!file) throw new Error('usage: redaction-snapshot.js <output file> [--training]');
  const all: string[] = [];
  const engines = new Map<string, Redactor>();
  const engineFor = (policy: object) => {
    const key = JSON.stringify(policy);
    let engine = engines.get(key);
    if (!engine) engines.set(key, (engine = new Redactor(policy)));
    return engine;
  };
  // Held-out sets are read too unless --training (their outputs are dropped, never digested or shown): the engine must not throw on them.
  const sets = evaluationSets(!process.argv.includes('--training'));
  for (const set of sets) {
    set.items.forEach((item, index) => {
      const engine = engineFor(item.policy);
      const out: string[] = set.heldOut ? [] : all;
      // Each turn with the turns before it, as the app reads a transcript, with fingerprints.
      const results = engine.redactDialogue(item.turns, { now: EVAL_NOW, mask: { style: 'pseudonym', key: 'snapshot-key' } });
      results.forEach((r) => out.push(JSON.stringify(r)));
      // Each turn alone, tagged, as the benchmark reads it.
      for (const turn of item.turns) out.push(JSON.stringify(engine.redact(turn.text, { now: EVAL_NOW })));
      // The dialogue as one text of speaker lines.
      if (item.turns.length > 1) {
        const text = item.turns.map((t) => `${t.speaker === 'agent' ? 'Agent' : 'Caller'}: ${t.text}`).join('\n');
        out.push(JSON.stringify(engine.redact(text, { now: EVAL_NOW, mask: { style: 'tag', key: 'snapshot-key' } })));
      }
      if (set.heldOut) all.push(`${set.name} ${index} ${createHash('sha256').update(out.join('\n')).digest('hex')}`);
    });
  }
  const lines = sets[0]!.items.flatMap((i) => i.turns);
  const ours = new Redactor(CORPUS_POLICY);
  for (const turn of twoKilobyteTurns(lines)) all.push(JSON.stringify(ours.redact(turn, { now: EVAL_NOW })));
  const text = all.join('\n') + '\n';
  writeFileSync(file, text);
  console.log(`${all.length} results, sha256 ${createHash('sha256').update(text).digest('hex')}`);
});
