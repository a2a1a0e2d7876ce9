import { Injectable } from '@nestjs/common';
import { Clock } from '@mo/context';
import { sha256 } from '@mo/crypto';
import { StatementOptions, TenantDb } from '@mo/database';
import { canonicalJson } from '@mo/http';
import { Answer, CallRef, readArgs, ToolArgs, ToolCall, ToolName, ToolRequest, toolSpec } from '@mo/voice';
import { isAnswerAheadRefused, VoiceToolCallRepository } from './voice-tool-call.repository';
import { VoiceTools } from './voice-tools.service';
import { askFor, unknownTool } from './voice-speech.mapper';

/** Arguments as a repeat would say them again: case, spacing and punctuation ("Dr. Ray", "dr ray") do not make a new call. */
export const canonicalArgs = (args: ToolArgs): ToolArgs =>
  Object.fromEntries(Object.entries(args).map(([k, v]) => [k, v?.toLowerCase().replace(/[^\p{L}\p{N}:+-]+/gu, ' ').trim()]));

/** A repeat with the same arguments within this long returns the first answer. */
export const SAME_ARGS_WINDOW_MS = 10 * 60_000;

/**
 * The tool-call use case: for each call of a platform's request, once per call, the tool's handler
 * over booking's use cases. The same tool-call id, or the same tool and canonical arguments within
 * 10 minutes, returns the first answer and does nothing again. Runs in the request's tenant
 * transaction, so a claim and its answer commit (or roll back) with the tool's own writes.
 */
@Injectable()
export class VoiceToolCallService {
  constructor(
    private readonly calls: VoiceToolCallRepository,
    private readonly tools: VoiceTools,
    private readonly clock: Clock,
    private readonly db: TenantDb,
  ) {}

  async answer(request: ToolRequest): Promise<Array<{ call: ToolCall; answer: Answer }>> {
    const answers: Array<{ call: ToolCall; answer: Answer }> = [];
    // In order: the model may hold a slot and ask about it in one turn. The last call's stored
    // answer is the request's last write, so it may commit with it (TenantDb.endAtFinal).
    const alone = request.calls.length === 1;
    for (const [i, call] of request.calls.entries()) answers.push({ call, answer: await this.once(request.call, call, { final: i === request.calls.length - 1 }, alone) });
    return answers;
  }

  private async once(ref: CallRef, call: ToolCall, last: StatementOptions, alone: boolean): Promise<Answer> {
    const spec = toolSpec(call.name);
    if (!spec) return unknownTool(call.name);
    const read = readArgs(spec, call.args);
    if (!read.ok) return askFor(read.arg, read.problem);
    const now = this.clock.now();
    const keys: Array<{ key: string; reclaimBefore: Date }> = [];
    if (call.id) keys.push({ key: `id:${call.id}`, reclaimBefore: new Date(0) });
    if (spec.oncePerArgs) {
      keys.push({ key: `args:${spec.name}:${sha256(canonicalJson(canonicalArgs(read.args))).toString('base64url')}`, reclaimBefore: new Date(now.getTime() - SAME_ARGS_WINDOW_MS) });
    }
    const all = keys.map((k) => k.key);
    if (keys.length > 0 && alone && last.final && this.tools.answersAhead(spec.name)) {
      const ahead = await this.answerAhead(ref, spec.name, read.args, keys, now);
      if (ahead) return ahead;
    }
    // The tool's own last write is not the request's: its answer is stored after it.
    const run = () => this.db.keepOpen(() => this.tools.run(spec.name, read.args, ref, now));
    if (keys.length === 0) return this.store(ref, all, await run(), last);
    const claim = this.calls.claim(ref.callId, keys, spec.name, now);
    const fresh = claim.then((claimed) => all.every((k) => claimed.has(k)));
    // A tool that only talks to the database before its first result runs on the wire right behind
    // its claim, undone if the claim finds a repeat; the others wait for the claim's answer.
    const ran = this.tools.runsAhead(spec.name)
      ? await this.db.provisional(fresh, run)
      : (await fresh)
        ? { kept: true as const, value: await run() }
        : { kept: false as const };
    if (ran.kept) return this.store(ref, all, ran.value, last);
    const claimed = await claim;
    const repeat = keys.findIndex(({ key }) => !claimed.has(key));
    const { key } = keys[repeat]!;
    const first = await this.calls.answer(ref.callId, key);
    if (!first) throw new Error(`voice tool call ${key} claimed without an answer`);
    // The keys before the repeat answer as it did; those after it were claimed only because every
    // key is claimed in one statement, so they are given back, as if never asked.
    const before = keys.slice(0, repeat).map((k) => k.key);
    const after = keys.slice(repeat + 1).map((k) => k.key).filter((k) => claimed.has(k));
    if (after.length > 0) await this.calls.release(ref.callId, after);
    if (before.length > 0) await this.calls.complete(ref.callId, before, first);
    return first;
  }

  /**
   * One round trip, as REST's hold: the claims, the tool's work and the answer it tells ahead (see
   * AnswerAhead) leave in one write with `COMMIT` behind them, and the answer's statement rolls all of
   * it back unless the claims were this call's and the work went as assumed (completeAhead). Then, and
   * when the claims found a repeat, the work is started afresh and this returns undefined, for the
   * usual path to run it as a repeat or a first call that needs more. Only for a request's only call:
   * a rollback must take back nothing but this call's own work. A replay reads the stored answer.
   */
  private async answerAhead(ref: CallRef, tool: ToolName, args: ToolArgs, keys: ReadonlyArray<{ key: string; reclaimBefore: Date }>, now: Date): Promise<Answer | undefined> {
    const all = keys.map((k) => k.key);
    const claim = this.calls.claim(ref.callId, keys, tool, now);
    claim.catch(() => undefined);
    const fresh = async () => {
      const claimed = await claim;
      return all.every((k) => claimed.has(k));
    };
    let written: Promise<Answer> | undefined;
    try {
      const answer = await this.tools.run(tool, args, ref, now, (told, holdId) => {
        written = this.calls.completeAhead(ref.callId, all, told, holdId);
        written.catch(() => undefined);
      });
      if (written) return await written;
      // Nothing told ahead (the tool refused before placing): stored as every answer is, if it is the first.
      if (await fresh()) return await this.store(ref, all, answer, { final: true });
    } catch (error) {
      // A first call's own failure is the request's; a repeat's, or a refused guess, is started over.
      if (!isAnswerAheadRefused(error) && (await fresh())) throw error;
    }
    await this.db.afresh();
    return undefined;
  }

  /** Stores the answer under its keys (or gives them back when it decided nothing) and returns it, as stored. */
  private async store(ref: CallRef, keys: readonly string[], answer: Answer, last: StatementOptions): Promise<Answer> {
    if (keys.length === 0) return answer;
    if (!answer.transient) return this.calls.complete(ref.callId, keys, answer, last);
    await this.calls.release(ref.callId, keys, last);
    return answer;
  }
}
