import { smsAggregateId } from './sms-aggregate';

describe('the aggregate key of an SMS event', () => {
  it('is the follow-up for a follow-up SMS, which also names its hold', () => {
    expect(smsAggregateId({ followupId: 'f-1', holdId: 'h-1', messageId: 'm-1' })).toBe('f-1');
  });

  it('is the hold for a code', () => {
    expect(smsAggregateId({ holdId: 'h-1', messageId: 'm-1' })).toBe('h-1');
  });

  it('is the message when nothing else is known, treating null (a stored row) like absent', () => {
    expect(smsAggregateId({ holdId: null, followupId: null, messageId: 'm-1' })).toBe('m-1');
    expect(smsAggregateId({})).toBe('sms');
  });
});
