import type { GetMessage } from 'amqplib';
import { readDeadLetter } from './dead-letter';
import { matches, summarize } from './dead-letter-filter';
import { masked } from './masking';
import { replayCopy } from './replay-copy';

const envelope = {
  messageId: '0f9e3c55-5d7c-4a8e-9a56-3b0a3c1d2e4f',
  type: 'SlotHeld',
  version: 1,
  orgId: '5eed0000-0000-4000-8000-000000000001',
  correlationId: 'req-1',
  occurredAt: '2026-11-25T10:00:00.000Z',
  payload: { holdId: 'h' },
};

const delivery = (body: string, headers: Record<string, unknown> = {}) => ({
  content: Buffer.from(body),
  properties: { headers, correlationId: 'req-1', contentType: 'application/json', appId: 'booking', timestamp: 1 } as GetMessage['properties'],
  fields: { routingKey: 'mo.otp-sms.events' } as GetMessage['fields'],
});

const failed = {
  'x-mo-dead-letter-reason': 'retries_exhausted',
  'x-mo-attempts': 4,
  'x-mo-original-routing-key': 'booking.SlotHeld.v1',
  'x-mo-first-failure-at': '2026-11-25T10:00:01.000Z',
  'x-mo-last-failure-at': '2026-11-25T10:01:11.000Z',
  'x-mo-error': 'the downstream is down',
  'x-mo-version': 1,
};

describe('reading a dead letter', () => {
  it('takes the id, tenant and type from the envelope and the failure from our headers', () => {
    expect(readDeadLetter('otp-sms', delivery(JSON.stringify(envelope), failed))).toMatchObject({
      id: envelope.messageId,
      app: 'otp-sms',
      reason: 'retries_exhausted',
      type: 'SlotHeld',
      routingKey: 'booking.SlotHeld.v1',
      orgId: envelope.orgId,
      attempts: 4,
      replayable: true,
    });
  });

  it('names a body that is not an envelope by its content hash, and never replays a request', () => {
    const junk = readDeadLetter('booking', delivery('not json', { 'x-mo-dead-letter-reason': 'malformed_json' }));
    expect(junk).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{32}$/), type: 'unknown', envelope: null, routingKey: 'mo.otp-sms.events' });
    const request = readDeadLetter('otp-sms', delivery(JSON.stringify({ ...envelope, type: 'VerifyOtp' })));
    expect(request.replayable).toBe(false);
  });
});

describe('filters', () => {
  const letter = readDeadLetter('otp-sms', delivery(JSON.stringify(envelope), failed));
  it.each([
    [{}, true],
    [{ type: 'SlotHeld', reason: 'retries_exhausted' }, true],
    [{ type: 'OtpSent' }, false],
    [{ orgId: envelope.orgId, apps: ['otp-sms'] }, true],
    [{ apps: ['booking'] }, false],
    [{ since: new Date('2026-11-25T10:01:11.000Z') }, true],
    [{ until: new Date('2026-11-25T10:01:11.000Z') }, false],
    [{ ids: ['other'] }, false],
  ])('%j matches: %s', (filter, expected) => {
    expect(matches(letter, filter)).toBe(expected);
  });

  it('groups a queue by reason, type, routing key, tenant and age', () => {
    const summary = summarize('otp-sms', 3, [letter, letter], new Date('2026-11-26T11:00:00Z'));
    expect(summary).toEqual({
      app: 'otp-sms',
      count: 3,
      byReason: { retries_exhausted: 2 },
      byType: { SlotHeld: 2 },
      byRoutingKey: { 'booking.SlotHeld.v1': 2 },
      byTenant: { [envelope.orgId]: 2 },
      byAge: { '<7d': 2 },
      truncated: true,
    });
  });
});

describe('a replay copy', () => {
  it('gets a new id linked to the first dead-lettered one, and loses its failure history', () => {
    const message = delivery(JSON.stringify(envelope), failed);
    const letter = readDeadLetter('otp-sms', message);
    const copy = replayCopy(letter, message, 'new-id', new Date('2026-11-26T00:00:00Z'), 'alice');
    expect(JSON.parse(copy.content.toString())).toEqual({ ...envelope, messageId: 'new-id' });
    expect(copy.options).toMatchObject({ messageId: 'new-id', correlationId: 'req-1', persistent: true });
    expect(copy.options.headers).toEqual({ 'x-mo-version': 1, 'x-replayed-from': envelope.messageId, 'x-mo-replayed-at': '2026-11-26T00:00:00.000Z', 'x-mo-replayed-by': 'alice' });

    const again = readDeadLetter('otp-sms', { ...message, properties: { ...message.properties, headers: { ...failed, ...copy.options.headers } } });
    expect(replayCopy(again, message, 'newer-id', new Date(), 'bob').options.headers!['x-replayed-from']).toBe(envelope.messageId);
  });
});

describe('the masked view', () => {
  it("masks a caller's first name, which the engine cannot find on its own, and withholds sensitive fields", () => {
    const held = { ...envelope, payload: { holdId: 'h', callerFirstName: 'Sam', callerPhone: '+13125550147' } };
    const view = masked(readDeadLetter('otp-sms', delivery(JSON.stringify(held), failed)));
    expect(view.envelope!.payload).toMatchObject({ holdId: 'h', callerFirstName: '[PERSON]' });
    expect(view.body).not.toMatch(/Sam|0147/);
    const erasure = { ...envelope, type: 'CallerErasureRequested', payload: { erasureId: 'e', callerPhone: '+13125550147' } };
    expect(masked(readDeadLetter('booking', delivery(JSON.stringify(erasure)))).envelope!.payload).toEqual({ erasureId: 'e', callerPhone: '[withheld: 12 characters]' });
  });

  it('masks name fields of a contract this build does not know', () => {
    const unknown = { ...envelope, type: 'FutureThing', version: 9, payload: { patientName: 'Ana', count: 2 } };
    expect(masked(readDeadLetter('booking', delivery(JSON.stringify(unknown)))).envelope!.payload).toEqual({ patientName: '[PERSON]', count: 2 });
  });
});
