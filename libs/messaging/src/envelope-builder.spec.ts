import { CorrelationContext } from '@mo/context';
import { VerifyOtp } from '@mo/contracts';
import { buildEnvelope } from './envelope-builder';

const at = { messageId: '0f9e3c55-5d7c-4a8e-9a56-3b0a3c1d2e4f', orgId: '5eed0000-0000-4000-8000-000000000001', now: new Date('2026-11-25T10:00:00Z') };

describe('buildEnvelope', () => {
  it('names the contract, the tenant and the time, and copies the payload', () => {
    const payload = { holdId: 'h', code: '123456' };
    const envelope = buildEnvelope(VerifyOtp, payload, at);
    expect(envelope).toEqual({ messageId: at.messageId, type: 'VerifyOtp', version: 1, orgId: at.orgId, correlationId: at.messageId, occurredAt: '2026-11-25T10:00:00.000Z', payload });
    expect(envelope.payload).not.toBe(payload);
  });

  it('continues the current correlation and names its cause', () => {
    const envelope = CorrelationContext.run({ correlationId: 'req-1', causationId: 'msg-0' }, () => buildEnvelope(VerifyOtp, { holdId: 'h', code: '1' }, at));
    expect(envelope).toMatchObject({ correlationId: 'req-1', causationId: 'msg-0' });
  });
});
