import { CALL_ID_MAX_LENGTH } from '@mo/contracts';
import { argsSchema, TOOLS } from './tools';
import { argsOf, list, MAX_TURNS, num, obj, str, turnText } from './parse';
import { verifyRetell } from './signatures';
import { lineWithFields } from './speech';
import type { Dialect, ParsedEvent, ParsedTools, Turn } from './voice';

/**
 * Retell (https://docs.retellai.com/build/single-multi-prompt/custom-function,
 * https://docs.retellai.com/features/webhook, https://docs.retellai.com/features/secure-webhook).
 * A custom function posts `{name, call, args}`; the webhook posts `{event, call}` and sends both
 * `call_ended` and `call_analyzed` for one call. Both are signed with the clinic's Retell API key.
 */

function parseTools(body: unknown): ParsedTools {
  const root = obj(body);
  const name = str(root.name, 64);
  if (!name) return { type: 'malformed', problem: 'name is missing' };
  const call = obj(root.call);
  const callId = str(call.call_id, CALL_ID_MAX_LENGTH);
  if (!callId) return { type: 'malformed', problem: 'call.call_id is missing (turn off "args only" in the function settings)' };
  const args = argsOf(root.args);
  if (!args) return { type: 'malformed', problem: 'args is not a JSON object' };
  const phone = str(call.direction === 'outbound' ? call.to_number : call.from_number, 32);
  return { type: 'tools', request: { call: { callId, ...(phone ? { callerPhone: phone } : {}) }, calls: [{ name, args }] } };
}

const SPEAKERS: Record<string, Turn['speaker']> = { agent: 'agent', user: 'caller' };

function parseEvent(body: unknown, now: Date): ParsedEvent {
  const root = obj(body);
  const event = str(root.event, 64);
  if (!event) return { type: 'malformed', problem: 'event is missing' };
  if (event !== 'call_ended' && event !== 'call_analyzed') return { type: 'ignored', what: event };
  const call = obj(root.call);
  const callId = str(call.call_id, CALL_ID_MAX_LENGTH);
  if (!callId) return { type: 'malformed', problem: 'call.call_id is missing' };
  const started = num(call.start_timestamp);
  const turns: Turn[] = [];
  for (const t of list(call.transcript_object).map(obj)) {
    const speaker = SPEAKERS[str(t.role, 32) ?? ''];
    const text = turnText(t.content);
    if (!speaker || !text) continue;
    const offset = num(obj(list(t.words)[0]).start);
    turns.push({ speaker, text, at: started !== undefined ? new Date(started + (offset ?? 0) * 1000) : now });
  }
  const phone = str(call.direction === 'outbound' ? call.to_number : call.from_number, 32);
  return { type: 'ended', call: { callId, ...(phone ? { callerPhone: phone } : {}), turns: turns.slice(-MAX_TURNS) } };
}

export const retell: Dialect = {
  platform: 'retell',
  parseTools,
  formatAnswers: lineWithFields,
  parseEvent,
  verify: (_kind, request, secrets) => verifyRetell(request, secrets),
  toolDefinitions: (urls) =>
    TOOLS.map((tool) => ({
      type: 'custom',
      name: tool.name,
      description: tool.description,
      url: urls.toolsUrl,
      method: 'POST',
      parameters: argsSchema(tool),
      speak_during_execution: false,
      speak_after_execution: true,
      timeout_ms: 10_000,
    })),
};
