import { CALL_ID_MAX_LENGTH } from '@mo/contracts';
import { argsSchema, TOOLS } from './tools';
import { argsOf, Json, list, MAX_TURNS, obj, str, turnText } from './parse';
import { verifyVapi } from './signatures';
import { oneLine } from './speech';
import type { Dialect, ParsedEvent, ParsedTools, ToolCall, Turn } from './voice';

/**
 * Vapi's server messages (https://docs.vapi.ai/server-url/events, https://docs.vapi.ai/tools-calling).
 * Tool calls come as `message.type = "tool-calls"` with `toolCallList`; older and newer payloads name
 * the function and its arguments in different places, so every documented place is read.
 */

function toolCall(item: Json, withTools: Json[]): ToolCall | string {
  const id = str(item.id, 200);
  const fn = obj(item.function);
  const paired = withTools.find((t) => str(obj(t.toolCall).id, 200) === id);
  const name = str(item.name, 64) ?? str(fn.name, 64) ?? (paired && (str(obj(obj(paired.toolCall).function).name, 64) ?? str(paired.name, 64) ?? str(obj(paired.function).name, 64)));
  if (!name) return 'a tool call without a name';
  const raw = item.arguments ?? item.parameters ?? fn.arguments ?? fn.parameters ?? (paired && (obj(obj(paired.toolCall).function).arguments ?? obj(obj(paired.toolCall).function).parameters));
  const args = argsOf(raw);
  if (!args) return `arguments of ${name} that are not a JSON object`;
  return { ...(id ? { id } : {}), name, args };
}

function parseTools(body: unknown): ParsedTools {
  const message = obj(obj(body).message);
  const type = str(message.type, 64);
  if (!type) return { type: 'malformed', problem: 'message.type is missing' };
  if (type !== 'tool-calls') return { type: 'ignored', what: type };
  const call = obj(message.call);
  const callId = str(call.id, CALL_ID_MAX_LENGTH);
  if (!callId) return { type: 'malformed', problem: 'message.call.id is missing' };
  const withTools = list(message.toolWithToolCallList).map(obj);
  const items = list(message.toolCallList).map(obj);
  const source = items.length > 0 ? items : withTools.map((t) => ({ ...obj(t.toolCall), ...(str(t.name, 64) ? { name: t.name } : {}) }));
  if (source.length === 0) return { type: 'malformed', problem: 'message.toolCallList is empty' };
  const calls: ToolCall[] = [];
  for (const item of source) {
    const parsed = toolCall(item, withTools);
    if (typeof parsed === 'string') return { type: 'malformed', problem: parsed };
    calls.push(parsed);
  }
  const phone = str(obj(call.customer).number, 32) ?? str(obj(message.customer).number, 32);
  return { type: 'tools', request: { call: { callId, ...(phone ? { callerPhone: phone } : {}) }, calls } };
}

const SPEAKERS: Record<string, Turn['speaker']> = { bot: 'agent', assistant: 'agent', user: 'caller' };

function parseEvent(body: unknown, now: Date): ParsedEvent {
  const message = obj(obj(body).message);
  const type = str(message.type, 64);
  if (!type) return { type: 'malformed', problem: 'message.type is missing' };
  if (type !== 'end-of-call-report') return { type: 'ignored', what: type };
  const call = obj(message.call);
  const callId = str(call.id, CALL_ID_MAX_LENGTH);
  if (!callId) return { type: 'malformed', problem: 'message.call.id is missing' };
  const messages = list(obj(message.artifact).messages).length > 0 ? list(obj(message.artifact).messages) : list(message.messages);
  const turns: Turn[] = [];
  for (const m of messages.map(obj)) {
    const speaker = SPEAKERS[str(m.role, 32) ?? ''];
    const text = turnText(m.message ?? m.content);
    if (!speaker || !text) continue;
    const at = typeof m.time === 'number' && Number.isFinite(m.time) ? new Date(m.time) : now;
    turns.push({ speaker, text, at: Number.isNaN(at.getTime()) ? now : at });
  }
  const phone = str(obj(call.customer).number, 32) ?? str(obj(message.customer).number, 32);
  return { type: 'ended', call: { callId, ...(phone ? { callerPhone: phone } : {}), turns: turns.slice(-MAX_TURNS) } };
}

export const vapi: Dialect = {
  platform: 'vapi',
  parseTools,
  formatAnswers: (answers) => ({
    results: answers.map(({ call, answer }) => ({ toolCallId: call.id ?? '', [answer.ok ? 'result' : 'error']: oneLine(answer.say) })),
  }),
  parseEvent,
  verify: (_kind, request, secrets) => verifyVapi(request, secrets),
  toolDefinitions: (urls, secret) =>
    TOOLS.map((tool) => ({
      type: 'function',
      function: { name: tool.name, description: tool.description, parameters: argsSchema(tool) },
      server: { url: urls.toolsUrl, timeoutSeconds: 10, ...(secret ? { headers: { 'X-Vapi-Secret': secret } } : {}) },
    })),
};
