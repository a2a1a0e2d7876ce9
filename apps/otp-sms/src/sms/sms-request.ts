import { SmsPurpose } from '@mo/contracts';

/** One text to send, and what it is about. */
export interface SmsRequest {
  messageId: string;
  purpose: SmsPurpose;
  to: string;
  body: string;
  holdId?: string;
  followupId?: string;
  changeId?: string;
}

/** What a failure is about, for the SmsFailed event. */
export type FailureSubject = Pick<SmsRequest, 'purpose' | 'holdId' | 'followupId' | 'changeId'> & { messageId?: string };
