import { Logger } from '@nestjs/common';
import { Client } from 'pg';

export interface ListenOptions {
  /** A direct (session) connection: LISTEN does not survive a transaction pooler. */
  url: string;
  channel: string;
  applicationName: string;
  /** What the owner does while it cannot listen, for the warning ("serving uncached"). */
  meanwhile: string;
  retryMs?: number;
}

/**
 * One reconnecting `LISTEN` on its own session. A notification carries a payload; a reset means
 * the listener connected or lost its connection, so anything may have changed unheard: whoever
 * caches on the strength of these notifications must drop everything then, and cache nothing
 * while `listening` is false.
 */
export class ListenClient {
  private readonly logger: Logger;
  private readonly notified: Array<(payload: string) => void> = [];
  private readonly resets: Array<() => void> = [];
  private client?: Client;
  private closed = false;
  private retry?: NodeJS.Timeout;
  listening = false;

  constructor(private readonly options: ListenOptions) {
    this.logger = new Logger(`Listen:${options.channel}`);
  }

  onNotify(handler: (payload: string) => void): void {
    this.notified.push(handler);
  }

  onReset(handler: () => void): void {
    this.resets.push(handler);
  }

  /** Never throws: a database that is down now is retried every `retryMs`. */
  async start(): Promise<void> {
    await this.listen().catch(() => this.reconnectLater());
  }

  async stop(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private reset(): void {
    for (const handler of this.resets) handler();
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.options.url, application_name: this.options.applicationName });
    client.on('notification', (message) => {
      if (message.payload) for (const handler of this.notified) handler(message.payload);
    });
    client.on('error', () => undefined);
    client.on('end', () => {
      this.listening = false;
      this.reset();
      if (!this.closed) this.reconnectLater();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(this.options.channel)}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    this.reset();
    this.listening = true;
  }

  private reconnectLater(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.listen().catch((error: Error) => {
        this.logger.warn(`cannot listen: ${error.message}; ${this.options.meanwhile}`);
        this.reconnectLater();
      });
    }, this.options.retryMs ?? 1_000);
    this.retry.unref();
  }
}
