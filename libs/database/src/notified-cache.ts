import { ListenClient, ListenOptions } from './listen-client';

export interface NotifiedCacheOptions extends ListenOptions {
  /** A backstop for a notification that never arrives; a change is normally heard within milliseconds. */
  ttlMs: number;
}

/**
 * Values per tenant, kept until PostgreSQL announces (a trigger's `pg_notify` with the tenant id on
 * `channel`) that the tenant's rows changed. While the listener is not connected nothing is cached,
 * and whatever was cached is dropped whenever it (re)connects or disconnects. A load that was under
 * way when its tenant was announced (or the listener reset) is returned but not kept: it may have
 * read the rows before the change committed.
 */
export class NotifiedCache<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();
  /** Announcements heard per tenant, and resets: a load compares them before and after. */
  private readonly announced = new Map<string, number>();
  private resets = 0;
  private readonly listener: ListenClient;

  constructor(private readonly options: NotifiedCacheOptions) {
    this.listener = new ListenClient(options);
    this.listener.onNotify((orgId) => this.evict(orgId));
    this.listener.onReset(() => {
      this.resets++;
      this.entries.clear();
    });
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  stop(): Promise<void> {
    return this.listener.stop();
  }

  /** The tenant's cached value, or `load()`'s, cached when it is defined and the listener is up. */
  async get(orgId: string, now: number, load: () => Promise<T | undefined>): Promise<T | undefined> {
    const entry = this.entries.get(orgId);
    if (entry && entry.until > now && this.listener.listening) return entry.value;
    const before = this.version(orgId);
    const value = await load();
    if (value !== undefined && this.listener.listening && this.version(orgId) === before) {
      this.entries.set(orgId, { value, until: now + this.options.ttlMs });
    }
    return value;
  }

  evict(orgId: string): void {
    this.announced.set(orgId, (this.announced.get(orgId) ?? 0) + 1);
    this.entries.delete(orgId);
  }

  private version(orgId: string): string {
    return `${this.resets}:${this.announced.get(orgId) ?? 0}`;
  }
}
