import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractInfo, registeredContracts, routingKeyOf, SlotHeld, SmsRequested } from '@mo/contracts';
import { buildAsyncApi } from './asyncapi';

const committed = () => JSON.parse(readFileSync(join(__dirname, '../../docs/asyncapi.json'), 'utf8'));

describe('docs/asyncapi.json', () => {
  it('matches libs/contracts (run `npm run asyncapi` after changing a contract)', () => {
    expect(committed()).toEqual(buildAsyncApi());
  });

  it('has a message for every contract and a channel for every one a subscriber can bind', () => {
    const document = buildAsyncApi() as { channels: Record<string, unknown>; components: { messages: Record<string, unknown> } };
    for (const contract of registeredContracts()) {
      const { type, version, kind } = contractInfo(contract);
      expect(document.components.messages[`${type}V${version}`]).toBeDefined();
      if (kind !== 'reply') expect(document.channels[routingKeyOf(contract)]).toBeDefined();
    }
  });

  it('describes the owner, the subscribers, the required fields and what must not be logged', () => {
    const { components } = buildAsyncApi() as { components: { messages: Record<string, Record<string, unknown>>; schemas: Record<string, { required: string[] }> } };
    expect(components.messages.SlotHeldV1).toMatchObject({ 'x-owner': 'booking', 'x-subscribers': ['followup', 'otp-sms'], 'x-kind': 'event' });
    expect(components.messages.SmsRequestedV1).toMatchObject({ 'x-kind': 'command', 'x-sensitive-fields': ['body'] });
    expect(components.schemas[SlotHeld.name]!.required).toEqual(expect.arrayContaining(['holdId', 'callerPhone', 'startsAt']));
    expect(components.schemas[SmsRequested.name]!.required).not.toContain('followupId');
  });
});
