import { CALL_ID_MAX_LENGTH } from '@mo/contracts';
import { argsSchema, TOOLS } from './tools';
import { argsOf, list, MAX_TURNS, num, obj, str, turnText } from './parse';
import { bearerSecret, verifyElevenLabsWebhook } from './signatures';
import { lineWithFields } from './speech';
import type { Dialect, ParsedEvent, ParsedTools, Turn } from './voice';

/**
 * ElevenLabs Agents (https://elevenlabs.io/docs/agents-platform/customization/tools/server-tools,
 * https://elevenlabs.io/docs/agents-platform/customization/personalization/dynamic-variables,
 * https://elevenlabs.io/docs/eleven-agents/workflows/post-call-webhooks). A webhook tool posts the
 * body its schema defines: ours names the tool by a constant and fills the caller and conversation
 * from the system dynamic variables. The post-call webhook is signed with `ElevenLabs-Signature`.
 */

/** Body fields our schema adds beside the tool's own arguments. */
export const ELEVENLABS_META = { tool: 'tool', callerId: 'callerId', conversationId: 'conversationId' } as const;

function parseTools(body: unknown): ParsedTools {
  const root = obj(body);
  const name = str(root[ELEVENLABS_META.tool], 64);
  if (!name) return { type: 'malformed', problem: 'tool is missing' };
  const callId = str(root[ELEVENLABS_META.conversationId], CALL_ID_MAX_LENGTH);
  if (!callId) return { type: 'malformed', problem: 'conversationId is missing' };
  const { tool: _t, callerId, conversationId: _c, ...rest } = root;
  const args = argsOf(rest)!;
  const phone = str(callerId, 32);
  return { type: 'tools', request: { call: { callId, ...(phone ? { callerPhone: phone } : {}) }, calls: [{ name, args }] } };
}

const SPEAKERS: Record<string, Turn['speaker']> = { agent: 'agent', user: 'caller' };

function parseEvent(body: unknown, now: Date): ParsedEvent {
  const root = obj(body);
  const type = str(root.type, 64);
  if (!type) return { type: 'malformed', problem: 'type is missing' };
  if (type !== 'post_call_transcription') return { type: 'ignored', what: type };
  const data = obj(root.data);
  const callId = str(data.conversation_id, CALL_ID_MAX_LENGTH);
  if (!callId) return { type: 'malformed', problem: 'data.conversation_id is missing' };
  const started = num(obj(data.metadata).start_time_unix_secs);
  const turns: Turn[] = [];
  for (const t of list(data.transcript).map(obj)) {
    const speaker = SPEAKERS[str(t.role, 32) ?? ''];
    const text = turnText(t.message);
    if (!speaker || !text) continue;
    turns.push({ speaker, text, at: started !== undefined ? new Date((started + (num(t.time_in_call_secs) ?? 0)) * 1000) : now });
  }
  const variables = obj(obj(data.conversation_initiation_client_data).dynamic_variables);
  const phone = str(variables.system__caller_id, 32) ?? str(obj(obj(data.metadata).phone_call).external_number, 32);
  return { type: 'ended', call: { callId, ...(phone ? { callerPhone: phone } : {}), turns: turns.slice(-MAX_TURNS) } };
}

export const elevenlabs: Dialect = {
  platform: 'elevenlabs',
  parseTools,
  formatAnswers: lineWithFields,
  parseEvent,
  verify: (kind, request, secrets) => (kind === 'tools' ? bearerSecret(request, secrets) : verifyElevenLabsWebhook(request, secrets)),
  toolDefinitions: (urls, secret) =>
    TOOLS.map((tool) => ({
      type: 'webhook',
      name: tool.name,
      description: tool.description,
      response_timeout_secs: 10,
      api_schema: {
        url: urls.toolsUrl,
        method: 'POST',
        ...(secret ? { request_headers: { Authorization: `Bearer ${secret}` } } : {}),
        request_body_schema: argsSchema(tool, {
          [ELEVENLABS_META.tool]: { type: 'string', description: 'The tool', constant_value: tool.name },
          [ELEVENLABS_META.callerId]: { type: 'string', description: "The caller's number", dynamic_variable: 'system__caller_id' },
          [ELEVENLABS_META.conversationId]: { type: 'string', description: 'The conversation', dynamic_variable: 'system__conversation_id' },
        }),
      },
    })),
};
