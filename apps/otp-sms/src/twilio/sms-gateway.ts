/** A clinic's own SMS account, decrypted: only ever held in memory. */
export interface SmsAccount {
  accountSid: string;
  authToken: string;
  fromNumber: string;
}

export interface OutgoingSms {
  to: string;
  body: string;
  /** Twilio posts delivery status changes here, signed with the account's auth token. */
  statusCallback: string;
}

/** The provider refused the request: `code` is its error code (Twilio 21211, 20003, ...). */
export class SmsApiError extends Error {
  constructor(
    readonly code: number | undefined,
    readonly httpStatus: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'SmsApiError';
  }

  /** The account itself is unusable: wrong SID or token, suspended account. */
  get isCredentialsError(): boolean {
    return this.httpStatus === 401 || this.httpStatus === 403 || this.code === 20003 || this.code === 20005;
  }
}

/** The port to the SMS provider. The Twilio implementation is the only one; tests run it against the sandbox. */
export interface SmsGateway {
  send(account: SmsAccount, sms: OutgoingSms): Promise<{ sid: string; status: string }>;
  /** Throws SmsApiError when the credentials do not work. */
  checkAccount(account: SmsAccount): Promise<void>;
}

export const SMS_GATEWAY = Symbol('SMS_GATEWAY');
