/** What an SMS event is about: the hold or appointment change of a code, the follow-up of a reminder, the message itself. */
export interface SmsSubject {
  holdId?: string | null;
  changeId?: string | null;
  followupId?: string | null;
  messageId?: string | null;
}

/**
 * The aggregate key of every event about one SMS (SmsSent, SmsDelivered, SmsFailed). The outbox
 * orders rows only within one key, so all of one SMS's events must choose the same one: the
 * follow-up it belongs to, else the hold or change, else the message.
 */
export function smsAggregateId(subject: SmsSubject): string {
  return subject.followupId ?? subject.holdId ?? subject.changeId ?? subject.messageId ?? 'sms';
}
