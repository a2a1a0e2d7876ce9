import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { inboundWebhookFor } from '../../apps/otp-sms/src/twilio/webhooks';
import { sandboxToken, sandboxTokenValid } from './credentials';
import { WebhookPoster } from './webhook-poster';

export interface SandboxOptions {
  port: number;
  host: string;
  secret: string;
  /** Pause between status callbacks (queued → sent → delivered), like a carrier would take. */
  callbackDelayMs: number;
  /** Called as each outbound SMS is accepted, before the answer leaves: for benchmarks timing the moment. */
  onAccepted?: (message: SandboxMessage) => void;
}

export interface SandboxMessage {
  direction: 'outbound' | 'inbound';
  sid: string;
  accountSid: string;
  to: string;
  from: string;
  body: string;
  status: string;
  errorCode: number | null;
  statusCallback: string | null;
  createdAt: string;
}

/** Twilio's magic test numbers, as documented for test credentials. */
const MAGIC = {
  invalidNumber: '+15005550001',
  unreachable: '+15005550009',
} as const;

const API = '/2010-04-01/Accounts/';
const MAX_MESSAGES = 5_000;

/**
 * A local stand-in for the part of Twilio's REST API the SDK uses, so everything runs offline.
 * It checks Basic auth, answers like Twilio (JSON bodies, error codes), and POSTs status callbacks
 * signed with X-Twilio-Signature exactly as Twilio signs them.
 */
export class TwilioSandbox {
  readonly messages: SandboxMessage[] = [];
  private server?: Server;
  private readonly timers = new Set<NodeJS.Timeout>();
  /** While paused, API calls to send wait here: a provider that is slow to answer. */
  private paused?: { resume: () => void; gate: Promise<void>; waiting: number };
  private failing = 0;
  /** Listings waiting for a first message to a number (`waitMs`), woken as one is created. */
  private readonly waiters = new Map<string, Set<() => void>>();
  private readonly poster = new WebhookPoster();

  constructor(private readonly options: SandboxOptions) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.route(req, res).catch((error) => reply(res, 500, { message: String(error) })));
    const server = this.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = this.server.address() as AddressInfo;
    return `http://${this.options.host === '0.0.0.0' ? '127.0.0.1' : this.options.host}:${port}`;
  }

  /** Holds every send request unanswered until `resumeSending`, like a provider having a slow moment. */
  pauseSending(): void {
    if (this.paused) return;
    let resume!: () => void;
    const gate = new Promise<void>((resolve) => (resume = resolve));
    this.paused = { resume, gate, waiting: 0 };
  }

  resumeSending(): void {
    this.paused?.resume();
    this.paused = undefined;
  }

  /** Answers the next `count` send requests with 503, as Twilio does in an outage. */
  failNextSends(count: number): void {
    this.failing = count;
  }

  /** Send requests waiting for `resumeSending`. */
  get waitingSends(): number {
    return this.paused?.waiting ?? 0;
  }

  async stop(): Promise<void> {
    this.resumeSending();
    for (const wakes of [...this.waiters.values()]) for (const wake of [...wakes]) wake();
    for (const timer of this.timers) clearTimeout(timer);
    this.poster.close();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (req.method === 'GET' && url.pathname === '/health') return reply(res, 200, { status: 'ok' });
    if (req.method === 'GET' && url.pathname === '/sandbox/messages') return this.list(url, res);
    if (req.method === 'POST' && url.pathname === '/sandbox/inbound') return this.inbound(await readBody(req), res);
    const account = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})(\.json|\/Messages\.json)$/.exec(url.pathname);
    if (!account) return reply(res, 404, twilioError(20404, 'The requested resource was not found', 404));
    const [, accountSid, resource] = account;
    if (!this.authorised(req, accountSid!)) return reply(res, 401, twilioError(20003, 'Authenticate', 401));
    if (resource === '.json' && req.method === 'GET') return reply(res, 200, { sid: accountSid, status: 'active', friendly_name: 'Sandbox account', type: 'Full' });
    if (resource === '/Messages.json' && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      if (this.paused) {
        const paused = this.paused;
        paused.waiting++;
        await paused.gate;
        paused.waiting--;
      }
      if (this.failing > 0) {
        this.failing--;
        return reply(res, 503, twilioError(20503, 'Service unavailable', 503));
      }
      return this.create(accountSid!, form, res);
    }
    return reply(res, 405, twilioError(20004, 'Method not allowed', 405));
  }

  private authorised(req: IncomingMessage, accountSid: string): boolean {
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Basic ')) return false;
    const [user, token = ''] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
    return user === accountSid && sandboxTokenValid(this.options.secret, accountSid, token);
  }

  private create(accountSid: string, form: URLSearchParams, res: ServerResponse): void {
    const to = form.get('To') ?? '';
    const from = form.get('From') ?? '';
    const body = form.get('Body') ?? '';
    if (!to) return reply(res, 400, twilioError(21604, "A 'To' phone number is required.", 400));
    if (!from) return reply(res, 400, twilioError(21603, "A 'From' phone number is required.", 400));
    if (to === MAGIC.invalidNumber || !/^\+[1-9]\d{6,14}$/.test(to)) {
      return reply(res, 400, twilioError(21211, `The 'To' number ${to} is not a valid phone number.`, 400));
    }
    const now = new Date();
    const message: SandboxMessage = {
      direction: 'outbound',
      sid: `SM${randomBytes(16).toString('hex')}`,
      accountSid,
      to,
      from,
      body,
      status: 'queued',
      errorCode: null,
      statusCallback: form.get('StatusCallback'),
      createdAt: now.toISOString(),
    };
    this.messages.unshift(message);
    this.messages.length = Math.min(this.messages.length, MAX_MESSAGES);
    this.options.onAccepted?.(message);
    for (const wake of [...(this.waiters.get(to) ?? [])]) wake();
    const final = to === MAGIC.unreachable ? { status: 'undelivered', errorCode: 30003 } : { status: 'delivered', errorCode: null };
    this.progress(message, [{ status: 'queued', errorCode: null }, { status: 'sent', errorCode: null }, final]);
    reply(res, 201, toTwilio(message, now));
  }

  /** Moves the message through its statuses one delay apart, calling back after each. */
  private progress(message: SandboxMessage, steps: Array<{ status: string; errorCode: number | null }>): void {
    steps.forEach((step, i) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        message.status = step.status;
        message.errorCode = step.errorCode;
        void this.callback(message);
      }, this.options.callbackDelayMs * (i + 1));
      this.timers.add(timer);
    });
  }

  private async callback(message: SandboxMessage): Promise<void> {
    if (!message.statusCallback) return;
    const params: Record<string, string> = {
      AccountSid: message.accountSid,
      ApiVersion: '2010-04-01',
      From: message.from,
      MessageSid: message.sid,
      MessageStatus: message.status,
      SmsSid: message.sid,
      SmsStatus: message.status,
      To: message.to,
      ...(message.errorCode !== null ? { ErrorCode: String(message.errorCode) } : {}),
    };
    const token = sandboxToken(this.options.secret, message.accountSid);
    const signature = twilio.getExpectedTwilioSignature(token, message.statusCallback, params);
    try {
      await this.poster.post(message.statusCallback, new URLSearchParams(params).toString(), { 'x-twilio-signature': signature });
    } catch {
      // Twilio does not retry status callbacks either; the status stays visible here.
    }
  }

  /**
   * Plays a caller texting the clinic: `{from, to, body}`. The webhook is found from the last message
   * the clinic number `to` sent to `from` (its status callback names the tenant), and is called
   * signed with that account's token, as Twilio calls a number's incoming-message webhook.
   */
  private async inbound(raw: string, res: ServerResponse): Promise<void> {
    let input: { from?: unknown; to?: unknown; body?: unknown };
    try {
      input = JSON.parse(raw);
    } catch {
      return reply(res, 400, { error: 'bad_request', message: 'body must be JSON {from, to, body}' });
    }
    const { from, to, body } = input;
    if (typeof from !== 'string' || typeof to !== 'string' || typeof body !== 'string') {
      return reply(res, 400, { error: 'bad_request', message: 'from, to and body are required strings' });
    }
    const last = this.messages.find((m) => m.direction === 'outbound' && m.from === to && m.to === from && m.statusCallback);
    if (!last) return reply(res, 404, { error: 'unknown_number', message: `no message was sent from ${to} to ${from}, so its webhook is unknown` });
    const webhook = inboundWebhookFor(last.statusCallback!);
    const params: Record<string, string> = {
      AccountSid: last.accountSid,
      ApiVersion: '2010-04-01',
      Body: body,
      From: from,
      MessageSid: `SM${randomBytes(16).toString('hex')}`,
      NumMedia: '0',
      SmsStatus: 'received',
      To: to,
    };
    this.messages.unshift({
      direction: 'inbound',
      sid: params.MessageSid!,
      accountSid: last.accountSid,
      to,
      from,
      body,
      status: 'received',
      errorCode: null,
      statusCallback: null,
      createdAt: new Date().toISOString(),
    });
    const signature = twilio.getExpectedTwilioSignature(sandboxToken(this.options.secret, last.accountSid), webhook, params);
    const response = await this.poster
      .post(webhook, new URLSearchParams(params).toString(), { 'x-twilio-signature': signature })
      .then((status) => ({ status }), () => ({ status: 502 }));
    reply(res, response.status < 300 ? 200 : 502, { messageSid: params.MessageSid, webhook, webhookStatus: response.status });
  }

  /**
   * The newest messages, to one number with `to`. With `waitMs` (up to 30 s) too, a listing that
   * finds none waits for the first: a test client waits for a text with one request, instead of
   * polling the process that is also the provider under load.
   */
  private list(url: URL, res: ServerResponse): void {
    const to = url.searchParams.get('to');
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 50) || 50, 500);
    const waitMs = Math.min(Number(url.searchParams.get('waitMs') ?? 0) || 0, 30_000);
    const found = () => this.messages.filter((m) => !to || m.to === to).slice(0, limit);
    const now = found();
    if (!to || waitMs <= 0 || now.length > 0) return reply(res, 200, { messages: now });
    const waiting = this.waiters.get(to) ?? new Set<() => void>();
    this.waiters.set(to, waiting);
    const wake = () => {
      clearTimeout(timer);
      waiting.delete(wake);
      if (waiting.size === 0) this.waiters.delete(to);
      reply(res, 200, { messages: found() });
    };
    const timer = setTimeout(wake, waitMs);
    waiting.add(wake);
    res.once('close', () => {
      clearTimeout(timer);
      waiting.delete(wake);
      if (waiting.size === 0 && this.waiters.get(to) === waiting) this.waiters.delete(to);
    });
  }
}

function toTwilio(message: SandboxMessage, now: Date): Record<string, unknown> {
  return {
    account_sid: message.accountSid,
    api_version: '2010-04-01',
    body: message.body,
    date_created: now.toUTCString(),
    date_sent: null,
    date_updated: now.toUTCString(),
    direction: 'outbound-api',
    error_code: null,
    error_message: null,
    from: message.from,
    messaging_service_sid: null,
    num_media: '0',
    num_segments: '1',
    price: null,
    price_unit: 'USD',
    sid: message.sid,
    status: message.status,
    subresource_uris: { media: `${API}${message.accountSid}/Messages/${message.sid}/Media.json` },
    to: message.to,
    uri: `${API}${message.accountSid}/Messages/${message.sid}.json`,
  };
}

const twilioError = (code: number, message: string, status: number) => ({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      data += chunk;
      if (data.length > 64_000) req.destroy(new Error('body too large'));
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}
