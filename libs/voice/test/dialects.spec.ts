import { sha256 } from '@mo/crypto';
import { DIALECTS, signElevenLabs, signRetell, signVapi, TOOLS } from '../src';
import type { ConnectionSecrets, SignedRequest } from '../src';
import * as el from './fixtures/elevenlabs';
import * as retell from './fixtures/retell';
import * as vapi from './fixtures/vapi';

const now = new Date('2026-12-01T19:00:00Z');
const request = (body: unknown, headers: Record<string, string> = {}, at = now): SignedRequest => ({ headers, rawBody: Buffer.from(JSON.stringify(body)), now: at });
const issued = (secret: string): ConnectionSecrets => ({ secretSha256: sha256(secret) });

describe('Vapi', () => {
  const dialect = DIALECTS.vapi;

  it.each([
    ['name and arguments as an object', vapi.toolCalls([{ id: 't1', name: 'check_availability', arguments: { appointmentType: 'cleaning' } }])],
    ['function.name and function.arguments as a JSON string', vapi.toolCallsFunctionForm('t1', 'check_availability', { appointmentType: 'cleaning' })],
    ['only toolWithToolCallList, arguments as parameters', vapi.toolWithToolCallListOnly('t1', 'check_availability', { appointmentType: 'cleaning' })],
  ])('reads a tool call given %s', (_form, body) => {
    expect(dialect.parseTools(body)).toEqual({
      type: 'tools',
      request: { call: { callId: 'vapi-call-7f3a', callerPhone: '+13125550147' }, calls: [{ id: 't1', name: 'check_availability', args: { appointmentType: 'cleaning' } }] },
    });
  });

  it('keeps the order of several calls and answers them in it, errors as error, on one line each', () => {
    const parsed = dialect.parseTools(vapi.toolCalls([{ id: 'a', name: 'resend_code', arguments: {} }, { id: 'b', name: 'cancel_hold', arguments: '' }]));
    expect(parsed.type === 'tools' && parsed.request.calls.map((c) => c.id)).toEqual(['a', 'b']);
    const body = dialect.formatAnswers([
      { call: { id: 'a', name: 'resend_code', args: {} }, answer: { ok: true, say: 'Sent.\nRead it to me.' } },
      { call: { id: 'b', name: 'cancel_hold', args: {} }, answer: { ok: false, say: 'Nothing held.' } },
    ]);
    expect(body).toEqual({ results: [{ toolCallId: 'a', result: 'Sent. Read it to me.' }, { toolCallId: 'b', error: 'Nothing held.' }] });
  });

  it('ignores other message types and refuses a call without an id', () => {
    expect(dialect.parseTools(vapi.statusUpdate)).toEqual({ type: 'ignored', what: 'status-update' });
    expect(dialect.parseTools({ message: { type: 'tool-calls', toolCallList: [{ id: 'x', name: 'resend_code' }] } })).toMatchObject({ type: 'malformed' });
    expect(dialect.parseTools(vapi.toolCallsFunctionForm('t', 'hold_slot', {}).message.toolCallList[0])).toMatchObject({ type: 'malformed' });
  });

  it('reads the end-of-call report: bot is the agent, user the caller, system and tool messages dropped', () => {
    const parsed = dialect.parseEvent(vapi.endOfCallReport(), now);
    expect(parsed.type === 'ended' && parsed.call.turns.map((t) => [t.speaker, t.at.toISOString()])).toEqual([
      ['agent', '2025-12-01T19:20:00.000Z'],
      ['caller', '2025-12-01T19:20:05.000Z'],
      ['agent', '2025-12-01T19:20:12.000Z'],
    ]);
    expect(dialect.parseEvent(vapi.statusUpdate, now)).toEqual({ type: 'ignored', what: 'status-update' });
  });

  it('accepts its secret in X-Vapi-Secret or as a bearer token, and the HMAC when a webhook secret is set', () => {
    const body = vapi.statusUpdate;
    expect(dialect.verify('tools', request(body, { 'x-vapi-secret': 's3cret' }), issued('s3cret'))).toBe('valid');
    expect(dialect.verify('tools', request(body, { authorization: 'Bearer s3cret' }), issued('s3cret'))).toBe('valid');
    expect(dialect.verify('tools', request(body, { 'x-vapi-secret': 'wrong' }), issued('s3cret'))).toBe('mismatch');
    expect(dialect.verify('tools', request(body), issued('s3cret'))).toBe('missing');
    const signed = { ...issued('s3cret'), signingKey: 'hook' };
    const raw = JSON.stringify(body);
    expect(dialect.verify('events', request(body, { 'x-vapi-secret': 's3cret', 'x-vapi-signature': signVapi('hook', raw) }), signed)).toBe('valid');
    expect(dialect.verify('events', request(body, { 'x-vapi-secret': 's3cret', 'x-vapi-signature': signVapi('other', raw) }), signed)).toBe('mismatch');
    expect(dialect.verify('events', request(body, { 'x-vapi-secret': 's3cret' }), signed)).toBe('missing');
  });

  it('prints function tools that send the secret to the tools URL', () => {
    const [first] = dialect.toolDefinitions({ toolsUrl: 'https://b/t', eventsUrl: 'https://r/e' }, 'sec') as Array<Record<string, any>>;
    expect(first).toMatchObject({ type: 'function', function: { name: 'check_availability', parameters: { type: 'object', required: ['appointmentType'] } }, server: { url: 'https://b/t', headers: { 'X-Vapi-Secret': 'sec' } } });
  });
});

describe('Retell', () => {
  const dialect = DIALECTS.retell;
  const key = 'key_8f1c2d3e4f';

  it('reads a custom function call: name, the call, args as an object or JSON string', () => {
    for (const args of [{ code: '123456' }, JSON.stringify({ code: '123456' })]) {
      expect(dialect.parseTools(retell.functionCall('confirm_booking', args))).toEqual({
        type: 'tools',
        request: { call: { callId: retell.call.call_id, callerPhone: '+13125550147' }, calls: [{ name: 'confirm_booking', args: { code: '123456' } }] },
      });
    }
  });

  it('answers with result as the line plus structured fields', () => {
    expect(dialect.formatAnswers([{ call: { name: 'resend_code', args: {} }, answer: { ok: true, say: 'Sent.', fields: { status: 'sent' } } }])).toEqual({ result: 'Sent.', ok: true, status: 'sent' });
  });

  it('reads call_ended and call_analyzed alike; agent and user become agent and caller, timed from the call start', () => {
    for (const event of ['call_ended', 'call_analyzed'] as const) {
      const parsed = dialect.parseEvent(retell.callEnded(event), now);
      expect(parsed.type === 'ended' && parsed.call.turns.map((t) => [t.speaker, t.at.toISOString()])).toEqual([
        ['agent', '2025-12-01T19:20:00.500Z'],
        ['caller', '2025-12-01T19:20:05.100Z'],
        ['agent', '2025-12-01T19:20:12.000Z'],
      ]);
    }
    expect(dialect.parseEvent(retell.callStarted, now)).toEqual({ type: 'ignored', what: 'call_started' });
  });

  it('accepts a fresh signature made with the API key, refuses a wrong, stale or missing one', () => {
    const body = retell.functionCall('resend_code', {});
    const raw = JSON.stringify(body);
    const secrets = { signingKey: key };
    expect(dialect.verify('tools', request(body, { 'x-retell-signature': signRetell(key, raw, now.getTime() - 1_000) }), secrets)).toBe('valid');
    expect(dialect.verify('tools', request(body, { 'x-retell-signature': signRetell('key_other', raw, now.getTime()) }), secrets)).toBe('mismatch');
    expect(dialect.verify('tools', request(body, { 'x-retell-signature': signRetell(key, raw, now.getTime() - 6 * 60_000) }), secrets)).toBe('stale');
    expect(dialect.verify('events', request(body), secrets)).toBe('missing');
    expect(dialect.verify('events', request({ ...body, args: { x: 1 } }, { 'x-retell-signature': signRetell(key, raw, now.getTime()) }), secrets)).toBe('mismatch');
  });

  it('prints custom functions that post to the tools URL', () => {
    expect((dialect.toolDefinitions({ toolsUrl: 'https://b/t', eventsUrl: 'https://r/e' }) as unknown[])[1]).toMatchObject({ type: 'custom', name: 'hold_slot', url: 'https://b/t', method: 'POST', parameters: { required: ['startsAt', 'appointmentType'] } });
  });
});

describe('ElevenLabs', () => {
  const dialect = DIALECTS.elevenlabs;
  const hook = 'wsec_5b1d2f';

  it('reads a webhook tool call: the tool by its constant, the caller and conversation from the system variables', () => {
    expect(dialect.parseTools(el.toolCall('hold_slot', { startsAt: '2026-12-03 09:15', appointmentType: 'cleaning' }))).toEqual({
      type: 'tools',
      request: { call: { callId: el.conversationId, callerPhone: '+13125550147' }, calls: [{ name: 'hold_slot', args: { startsAt: '2026-12-03 09:15', appointmentType: 'cleaning' } }] },
    });
  });

  it('reads post_call_transcription, dropping turns without text, and ignores the audio webhook', () => {
    const parsed = dialect.parseEvent(el.postCallTranscription(), now);
    expect(parsed).toMatchObject({ type: 'ended', call: { callId: el.conversationId, callerPhone: '+13125550147' } });
    expect(parsed.type === 'ended' && parsed.call.turns.map((t) => [t.speaker, t.at.toISOString()])).toEqual([
      ['agent', '2025-12-01T19:20:00.000Z'],
      ['caller', '2025-12-01T19:20:05.000Z'],
      ['agent', '2025-12-01T19:20:12.000Z'],
    ]);
    expect(dialect.parseEvent(el.postCallAudio, now)).toEqual({ type: 'ignored', what: 'post_call_audio' });
  });

  it('takes the bearer secret on tool calls and a fresh ElevenLabs-Signature on the webhook', () => {
    const body = el.postCallTranscription();
    const raw = JSON.stringify(body);
    const secrets = { ...issued('tool-secret'), signingKey: hook };
    const t = Math.floor(now.getTime() / 1000);
    expect(dialect.verify('tools', request(body, { authorization: 'Bearer tool-secret' }), secrets)).toBe('valid');
    expect(dialect.verify('tools', request(body, { authorization: 'Bearer nope' }), secrets)).toBe('mismatch');
    expect(dialect.verify('events', request(body, { 'elevenlabs-signature': signElevenLabs(hook, raw, t - 60) }), secrets)).toBe('valid');
    expect(dialect.verify('events', request(body, { 'elevenlabs-signature': signElevenLabs('other', raw, t) }), secrets)).toBe('mismatch');
    expect(dialect.verify('events', request(body, { 'elevenlabs-signature': signElevenLabs(hook, raw, t - 31 * 60) }), secrets)).toBe('stale');
    expect(dialect.verify('events', request(body, { authorization: 'Bearer tool-secret' }), secrets)).toBe('missing');
  });

  it('prints webhook tools whose body names the tool and fills the system variables', () => {
    const tools = dialect.toolDefinitions({ toolsUrl: 'https://b/t', eventsUrl: 'https://r/e' }, 'sec') as Array<Record<string, any>>;
    expect(tools).toHaveLength(TOOLS.length);
    expect(tools[0]).toMatchObject({
      type: 'webhook',
      name: 'check_availability',
      api_schema: {
        url: 'https://b/t',
        method: 'POST',
        request_headers: { Authorization: 'Bearer sec' },
        request_body_schema: {
          properties: {
            tool: { constant_value: 'check_availability' },
            callerId: { dynamic_variable: 'system__caller_id' },
            conversationId: { dynamic_variable: 'system__conversation_id' },
            appointmentType: { type: 'string' },
          },
        },
      },
    });
  });
});
