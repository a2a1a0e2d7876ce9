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
  /**
   * `kept`: whether the transaction keeps this answer (the pending row's delete, written beside).
   * What is announced waits for it and is the transaction's last write, which commits with it.
   */
  sent(send: OwnedSend, at: Date, kept: Promise<boolean>): Promise<void>;
  sendFailed(send: OwnedSend): Promise<void>;
}

export type SendOwners = Record<SmsPurpose, SendOwner>;
export const SEND_OWNERS = Symbol('SEND_OWNERS');
