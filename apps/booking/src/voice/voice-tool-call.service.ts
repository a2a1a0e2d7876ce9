import { Injectable } from '@nestjs/common';
import { Clock } from '@mo/context';
import { sha256 } from '@mo/crypto';
import { canonicalJson } from '@mo/http';
import { Answer, CallRef, readArgs, ToolArgs, ToolCall, ToolRequest, toolSpec } from '@mo/voice';
import { VoiceToolCallRepository } from './voice-tool-call.repository';
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
  ) {}

  async answer(request: ToolRequest): Promise<Array<{ call: ToolCall; answer: Answer }>> {
    const answers: Array<{ call: ToolCall; answer: Answer }> = [];
    // In order: the model may hold a slot and ask about it in one turn.
    for (const call of request.calls) answers.push({ call, answer: await this.once(request.call, call) });
    return answers;
  }

  private async once(ref: CallRef, call: ToolCall): Promise<Answer> {
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
    const claimed: string[] = [];
    for (const { key, reclaimBefore } of keys) {
      if (await this.calls.claim(ref.callId, key, spec.name, now, reclaimBefore)) {
        claimed.push(key);
        continue;
      }
      const first = await this.calls.answer(ref.callId, key);
      if (!first) throw new Error(`voice tool call ${key} claimed without an answer`);
      if (claimed.length > 0) await this.calls.complete(ref.callId, claimed, first);
      return first;
    }
    const answer = await this.tools.run(spec.name, read.args, ref, now);
    if (claimed.length > 0) await (answer.transient ? this.calls.release(ref.callId, claimed) : this.calls.complete(ref.callId, claimed, answer));
    return answer;
  }
}
