import {
  BeforeApplicationShutdown,
  DynamicModule,
  Global,
  Injectable,
  Logger,
  type Type,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleDestroy,
} from '@nestjs/common';
import { SUBSCRIPTIONS } from '@mo/contracts';
import { Clock, IdGenerator } from '@mo/context';
import { TenantDb } from '@mo/database';
import { AmqpConnection } from './amqp-connection';
import { ConfirmPublisher } from './confirm-publisher';
import { ConsumerHost, ConsumerObserver } from './consumer-host';
import { InboxRepository } from './inbox.repository';
import { JanitorOptions, MessagingJanitor } from './janitor';
import { Outbox } from './outbox';
import { OutboxRelay, OutboxRelayOptions } from './outbox-relay';
import { OutboxRepository, OutboxRow } from './outbox.repository';
import { RpcClient } from './rpc-client';
import { Topology } from './topology';

export interface MessagingOptions {
  /** The app's name: its queues are `<prefix><app>.events`, `.rpc`, `.dlq` and `.retry.*`. */
  app: string;
  /** The database schema that holds the app's outbox and inbox tables. */
  schema: string;
  url: string;
  prefix: string;
  prefetch: number;
  retryDelaysMs: readonly number[];
  relay?: Partial<Omit<OutboxRelayOptions, 'exchange' | 'appId'>>;
  /** A provider (from a global module) that counts what the transport does; none by default. */
  observer?: Type<MessagingObserver>;
  janitor?: Partial<JanitorOptions>;
}

/** Metric hooks; the observability module provides real ones. */
export abstract class MessagingObserver implements ConsumerObserver {
  consumed?(type: string, outcome: 'handled' | 'duplicate' | 'retried' | 'dead_lettered'): void;
  published?(row: OutboxRow): void;
}

const OPTIONS = Symbol('MessagingOptions');

@Injectable()
class MessagingLifecycle implements OnApplicationBootstrap, OnModuleDestroy, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  constructor(
    private readonly connection: AmqpConnection,
    private readonly publisher: ConfirmPublisher,
    private readonly rpc: RpcClient,
    private readonly relay: OutboxRelay,
    private readonly consumers: ConsumerHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Publisher first: consumers need it to move failed messages to retry and dead-letter queues.
    await this.publisher.start();
    await this.rpc.start();
    await this.connection.start();
    this.relay.start();
  }

  /** Stop taking messages and finish the ones in hand while the database is still open. */
  async onModuleDestroy(): Promise<void> {
    await this.consumers.drain();
    this.logger.log('consumers drained');
  }

  /** Publish what was committed so far; anything left stays in the outbox for the next start. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    this.logger.log('outbox relay stopped');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
    this.logger.log('broker connection closed');
  }
}

@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    const relayOptions = (): OutboxRelayOptions => ({
      batchSize: 100,
      pollIntervalMs: 1_000,
      tenantsAtOnce: 4,
      ...options.relay,
      exchange: `${options.prefix}events`,
      appId: options.app,
    });
    return {
      module: MessagingModule,
      providers: [
        { provide: OPTIONS, useValue: options },
        options.observer ? { provide: MessagingObserver, useExisting: options.observer } : { provide: MessagingObserver, useValue: {} },
        { provide: Topology, useFactory: () => new Topology(options.prefix, options.app, options.retryDelaysMs, SUBSCRIPTIONS) },
        // Named with the prefix, so an operator (or a test) can pick this deployment's connections out.
        { provide: AmqpConnection, useFactory: () => new AmqpConnection(options.url, `${options.prefix}${options.app}`) },
        {
          provide: ConfirmPublisher,
          inject: [AmqpConnection, Topology],
          useFactory: (c: AmqpConnection, t: Topology) => new ConfirmPublisher(c, (model) => t.declareSubscribers(model)),
        },
        { provide: OutboxRepository, inject: [TenantDb], useFactory: (db: TenantDb) => new OutboxRepository(db, options.schema) },
        { provide: InboxRepository, inject: [TenantDb], useFactory: (db: TenantDb) => new InboxRepository(db, options.schema) },
        {
          provide: OutboxRelay,
          inject: [TenantDb, OutboxRepository, ConfirmPublisher, Clock, MessagingObserver],
          useFactory: (db: TenantDb, repo: OutboxRepository, pub: ConfirmPublisher, clock: Clock, observer: MessagingObserver) =>
            new OutboxRelay(db, repo, pub, clock, relayOptions(), (row) => observer.published?.(row)),
        },
        {
          provide: Outbox,
          inject: [TenantDb, OutboxRepository, OutboxRelay, Clock, IdGenerator],
          useFactory: (db: TenantDb, repo: OutboxRepository, relay: OutboxRelay, clock: Clock, ids: IdGenerator) =>
            new Outbox(db, repo, relay, clock, ids),
        },
        {
          provide: ConsumerHost,
          inject: [AmqpConnection, ConfirmPublisher, Topology, TenantDb, InboxRepository, Clock, MessagingObserver],
          useFactory: (
            c: AmqpConnection,
            p: ConfirmPublisher,
            t: Topology,
            db: TenantDb,
            inbox: InboxRepository,
            clock: Clock,
            observer: MessagingObserver,
          ) => new ConsumerHost(c, p, t, db, inbox, clock, options.prefetch, observer),
        },
        {
          provide: RpcClient,
          inject: [AmqpConnection, Topology, Clock, IdGenerator],
          useFactory: (c: AmqpConnection, t: Topology, clock: Clock, ids: IdGenerator) => new RpcClient(c, t, clock, ids),
        },
        {
          provide: MessagingJanitor,
          inject: [OutboxRepository, InboxRepository],
          useFactory: (outbox: OutboxRepository, inbox: InboxRepository) => new MessagingJanitor(outbox, inbox, { intervalMs: 60_000, ...options.janitor }),
        },
        MessagingLifecycle,
      ],
      exports: [AmqpConnection, ConfirmPublisher, Topology, Outbox, OutboxRelay, OutboxRepository, ConsumerHost, RpcClient, MessagingObserver, MessagingJanitor, InboxRepository],
    };
  }
}

