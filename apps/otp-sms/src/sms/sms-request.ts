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

type SubjectIds = Pick<SmsRequest, 'holdId' | 'followupId' | 'changeId'>;

/** The ids a send is about, only those it has: a row's nulls become absent fields, as the contracts want. */
export function subjectIds(row: { [K in keyof SubjectIds]?: string | null }): SubjectIds {
  return {
    ...(row.holdId ? { holdId: row.holdId } : {}),
    ...(row.followupId ? { followupId: row.followupId } : {}),
    ...(row.changeId ? { changeId: row.changeId } : {}),
  };
}

/** What a failure is about, for the SmsFailed event. */
export type FailureSubject = Pick<SmsRequest, 'purpose' | 'holdId' | 'followupId' | 'changeId'> & { messageId?: string };
