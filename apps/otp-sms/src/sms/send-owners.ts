import { SmsPurpose } from '@mo/contracts';

/** One send as the dispatcher knows it: the message row's subject. */
export interface OwnedSend {
  messageId: string;
  purpose: SmsPurpose;
  holdId: string | null;
  followupId: string | null;
  changeId: string | null;
}

/**
 * What each purpose's owner decides and records around its texts, in the dispatcher's
 * transactions: whether a pending text still means anything (a code voided since is not sent), and
 * what its acceptance or failure announces. sms/ knows no purpose's internals; the module wires them.
 */
export interface SendOwner {
  wanted(send: OwnedSend): Promise<boolean>;
  sent(send: OwnedSend, at: Date): Promise<void>;
  sendFailed(send: OwnedSend): Promise<void>;
}

export type SendOwners = Record<SmsPurpose, SendOwner>;
export const SEND_OWNERS = Symbol('SEND_OWNERS');
