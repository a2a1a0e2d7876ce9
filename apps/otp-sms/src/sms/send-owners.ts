import { SmsPurpose } from '@mo/contracts';

/**
 * What each purpose's owner undoes when the sweeper finds one of its sends failed after the fact
 * (otp voids the code the SMS carried). sms/ knows no purpose's internals; the module wires them.
 */
export type SendOwners = Partial<Record<SmsPurpose, { sendFailed(messageId: string): Promise<void> }>>;
export const SEND_OWNERS = Symbol('SEND_OWNERS');
