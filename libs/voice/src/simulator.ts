import { ELEVENLABS_META } from './elevenlabs';
import { signElevenLabs, signRetell, signVapi } from './signatures';
import type { Platform } from './voice';

/**
 * Requests as each platform sends them (the documented shapes the dialects parse), signed as the
 * platform signs them: for the demo, the benchmark and tests that play a call end to end. No I/O.
 */

export interface SimulatedConnection {
  platform: Platform;
  toolsUrl: string;
  eventsUrl: string;
  /** The secret connect-platform issued (Vapi, ElevenLabs). */
  secret?: string;
  /** Retell's API key; ElevenLabs' or Vapi's webhook secret. */
  signingKey?: string;
}

export interface SimulatedRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface SimulatedCall {
  callId: string;
  callerPhone: string;
}

export interface SimulatedTurn {
  speaker: 'agent' | 'caller';
  text: string;
  at: Date;
}

function sign(connection: SimulatedConnection, kind: 'tools' | 'events', body: string, now: Date): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  switch (connection.platform) {
    case 'vapi':
      if (connection.secret) headers['x-vapi-secret'] = connection.secret;
      if (connection.signingKey) headers['x-vapi-signature'] = signVapi(connection.signingKey, body);
      break;
    case 'retell':
      headers['x-retell-signature'] = signRetell(connection.signingKey ?? '', body, now.getTime());
      break;
    case 'elevenlabs':
      if (kind === 'tools' && connection.secret) headers.authorization = `Bearer ${connection.secret}`;
      if (kind === 'events') headers['elevenlabs-signature'] = signElevenLabs(connection.signingKey ?? '', body, Math.floor(now.getTime() / 1000));
      break;
  }
  return headers;
}

export function toolRequest(connection: SimulatedConnection, call: SimulatedCall, tool: { id?: string; name: string; args: Record<string, unknown> }, now: Date): SimulatedRequest {
  const payload = (() => {
    switch (connection.platform) {
      case 'vapi': {
        const id = tool.id ?? `call_${Math.random().toString(36).slice(2, 12)}`;
        return {
          message: {
            timestamp: now.getTime(),
            type: 'tool-calls',
            toolCallList: [{ id, type: 'function', function: { name: tool.name, arguments: JSON.stringify(tool.args) } }],
            call: { id: call.callId, type: 'inboundPhoneCall', customer: { number: call.callerPhone } },
          },
        };
      }
      case 'retell':
        return { name: tool.name, call: { call_id: call.callId, call_type: 'phone_call', direction: 'inbound', from_number: call.callerPhone, call_status: 'ongoing' }, args: tool.args };
      case 'elevenlabs':
        return { [ELEVENLABS_META.tool]: tool.name, [ELEVENLABS_META.callerId]: call.callerPhone, [ELEVENLABS_META.conversationId]: call.callId, ...tool.args };
    }
  })();
  const body = JSON.stringify(payload);
  return { url: connection.toolsUrl, headers: sign(connection, 'tools', body, now), body };
}

/** Retell's end is `call_ended` unless asked for its second message, `call_analyzed`. */
export function endOfCallRequest(connection: SimulatedConnection, call: SimulatedCall, turns: readonly SimulatedTurn[], now: Date, retellEvent: 'call_ended' | 'call_analyzed' = 'call_ended'): SimulatedRequest {
  const started = turns[0]?.at ?? now;
  const payload = (() => {
    switch (connection.platform) {
      case 'vapi':
        return {
          message: {
            type: 'end-of-call-report',
            endedReason: 'customer-ended-call',
            call: { id: call.callId, customer: { number: call.callerPhone } },
            artifact: { messages: turns.map((t) => ({ role: t.speaker === 'agent' ? 'bot' : 'user', message: t.text, time: t.at.getTime() })) },
          },
        };
      case 'retell':
        return {
          event: retellEvent,
          call: {
            call_id: call.callId,
            direction: 'inbound',
            from_number: call.callerPhone,
            call_status: 'ended',
            start_timestamp: started.getTime(),
            transcript_object: turns.map((t) => ({ role: t.speaker === 'agent' ? 'agent' : 'user', content: t.text, words: [{ word: t.text.split(' ')[0], start: (t.at.getTime() - started.getTime()) / 1000 }] })),
          },
        };
      case 'elevenlabs':
        return {
          type: 'post_call_transcription',
          event_timestamp: Math.floor(now.getTime() / 1000),
          data: {
            conversation_id: call.callId,
            status: 'done',
            transcript: turns.map((t) => ({ role: t.speaker === 'agent' ? 'agent' : 'user', message: t.text, time_in_call_secs: Math.round((t.at.getTime() - started.getTime()) / 1000) })),
            metadata: { start_time_unix_secs: Math.floor(started.getTime() / 1000) },
            conversation_initiation_client_data: { dynamic_variables: { system__caller_id: call.callerPhone } },
          },
        };
    }
  })();
  const body = JSON.stringify(payload);
  return { url: connection.eventsUrl, headers: sign(connection, 'events', body, now), body };
}

/** The speakable line of a tool answer, whichever dialect answered. */
export function spokenAnswer(platform: Platform, body: unknown): { ok: boolean; say: string; fields: Record<string, unknown> } {
  const root = (body ?? {}) as Record<string, unknown>;
  if (platform === 'vapi') {
    const [first] = (root.results as Array<Record<string, unknown>> | undefined) ?? [];
    return { ok: typeof first?.result === 'string', say: String(first?.result ?? first?.error ?? ''), fields: {} };
  }
  const { result, ok, ...fields } = root;
  return { ok: ok === true, say: String(result ?? ''), fields };
}
