/**
 * Where Twilio reaches otp-sms. Twilio signs the exact URL it calls, so the public base URL and the
 * paths are spelled only here: the controllers' routes, the status callback we hand Twilio, the URL
 * the signature guard checks, and the Twilio sandbox's inbound webhook all come from this file.
 */
export const WEBHOOK_ROOT = 'v1/twilio';
const STATUS = 'status';
const INBOUND = 'inbound';
export const STATUS_ROUTE = `${STATUS}/:orgId`;
export const INBOUND_ROUTE = `${INBOUND}/:orgId`;

export class TwilioWebhooks {
  private readonly baseUrl: string;

  constructor(publicBaseUrl: string) {
    this.baseUrl = publicBaseUrl.replace(/\/$/, '');
  }

  /** Where Twilio posts a message's delivery statuses; `ref` is our id of the message. */
  statusCallback(orgId: string, messageId: string): string {
    return `${this.baseUrl}/${WEBHOOK_ROOT}/${STATUS}/${orgId}?ref=${messageId}`;
  }

  /** The URL Twilio signed for a request that reached us at `requestUrl` (path and query). */
  signedUrl(requestUrl: string): string {
    return `${this.baseUrl}${requestUrl}`;
  }
}

/** A tenant's inbound-SMS webhook, found from one of its status callbacks (the sandbox plays Twilio with it). */
export function inboundWebhookFor(statusCallback: string): string {
  const url = new URL(statusCallback);
  return `${url.origin}${url.pathname.replace(`/${WEBHOOK_ROOT}/${STATUS}/`, `/${WEBHOOK_ROOT}/${INBOUND}/`)}`;
}
