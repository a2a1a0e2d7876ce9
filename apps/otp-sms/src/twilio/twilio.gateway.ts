import { createHash } from 'node:crypto';
import twilio, { Twilio } from 'twilio';
import RequestClient from 'twilio/lib/base/RequestClient';
import { OutgoingSms, SmsAccount, SmsApiError, SmsGateway } from './sms-gateway';

const TWILIO_ORIGIN = 'https://api.twilio.com';

/**
 * The SDK's own HTTP client, pointed at another origin (the local sandbox). Paths, auth, form
 * encoding and error parsing stay the SDK's. With the real origin configured, no rewrite happens.
 */
class OriginRequestClient extends RequestClient {
  constructor(
    private readonly origin: string,
    timeoutMs: number,
  ) {
    super({ timeout: timeoutMs, keepAlive: true });
  }

  override request<T>(options: RequestClient.RequestOptions<T>) {
    const url = new URL(options.uri);
    return super.request({ ...options, uri: `${this.origin}${url.pathname}${url.search}` });
  }
}

export class TwilioGateway implements SmsGateway {
  private readonly clients = new Map<string, Twilio>();

  constructor(
    private readonly apiBaseUrl: string,
    private readonly timeoutMs: number,
  ) {}

  async send(account: SmsAccount, sms: OutgoingSms): Promise<{ sid: string; status: string }> {
    try {
      const message = await this.client(account).messages.create({ to: sms.to, from: account.fromNumber, body: sms.body, statusCallback: sms.statusCallback });
      return { sid: message.sid, status: message.status };
    } catch (error) {
      throw asApiError(error);
    }
  }

  async checkAccount(account: SmsAccount): Promise<void> {
    try {
      await this.client(account).api.v2010.accounts(account.accountSid).fetch();
    } catch (error) {
      throw asApiError(error);
    }
  }

  /** One SDK client (and keep-alive agent) per account; keyed by a hash so tokens are not map keys. */
  private client(account: SmsAccount): Twilio {
    const key = createHash('sha256').update(`${account.accountSid}:${account.authToken}`).digest('hex');
    let client = this.clients.get(key);
    if (!client) {
      const origin = new URL(this.apiBaseUrl).origin;
      client = twilio(account.accountSid, account.authToken, {
        httpClient: origin === TWILIO_ORIGIN ? new RequestClient({ timeout: this.timeoutMs, keepAlive: true }) : new OriginRequestClient(origin, this.timeoutMs),
      });
      if (this.clients.size > 1_000) this.clients.clear();
      this.clients.set(key, client);
    }
    return client;
  }
}

/**
 * Twilio's RestException carries `status` and `code`. A 4xx is the provider's verdict on the request;
 * 429 (throttled), 5xx, timeouts and resets stay transient and are retried.
 */
function asApiError(error: unknown): unknown {
  const { status, code, message } = (error ?? {}) as { status?: unknown; code?: unknown; message?: string };
  if (typeof status === 'number' && status >= 400 && status < 500 && status !== 429) {
    return new SmsApiError(typeof code === 'number' ? code : undefined, status, message ?? 'SMS provider refused the request');
  }
  return error;
}
