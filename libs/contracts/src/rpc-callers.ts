import { AppName } from './apps';
import { CallerContextRpc, RebookSlotRpc } from './followup/messages';
import { ResendOtpRpc, VerifyChangeCodeRpc, VerifyOtpRpc } from './otp-sms/requests';
import { Rpc } from './rpc';

/**
 * Which app asks which request: part of the contract, like SUBSCRIPTIONS (a request's owner is the
 * app that serves it). The broker lets an app publish only these requests on the rpc exchange.
 */
export const RPC_CALLERS: Readonly<Record<AppName, readonly Rpc<object, object>[]>> = {
  booking: [VerifyOtpRpc, ResendOtpRpc, VerifyChangeCodeRpc, CallerContextRpc],
  'otp-sms': [],
  redaction: [],
  followup: [RebookSlotRpc],
};
