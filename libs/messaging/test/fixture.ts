import { Controller, DynamicModule, Injectable, Module } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { IsIn, IsInt, IsOptional } from 'class-validator';
import { CommonConfig } from '@mo/config';
import { Contract, IsId } from '@mo/contracts';
import { MessageContext, OnMessage, Outbox, PermanentError } from '@mo/messaging';
import { createApp, PlatformModule } from '@mo/platform';
import { TestInfra } from '@infra/testing';

export const APP = 'msgtest';

export type Behaviour = 'ok' | 'fail-twice' | 'fail-always' | 'permanent' | 'gated' | 'final';

@Contract({ type: 'TestPing', version: 1, kind: 'event', owner: APP, summary: 'A message the test handler reacts to.' })
export class TestPing {
  @IsId() id!: string;
  @IsIn(['ok', 'fail-twice', 'fail-always', 'permanent', 'gated', 'final']) behaviour!: Behaviour;
  @IsOptional() @IsInt() seq?: number;
}

@Contract({ type: 'TestEffect', version: 1, kind: 'event', owner: APP, summary: 'The committed effect of handling a TestPing.' })
export class TestEffect {
  @IsId() pingId!: string;
  @IsInt() attempt!: number;
}

/** What the handler saw, and a gate a test can hold shut to keep a handler in flight. */
@Injectable()
export class Script {
  readonly attempts = new Map<string, number>();
  /** Deliveries the second handler of TestPing saw. */
  readonly audited = new Map<string, number>();
  private gate?: Promise<void>;
  private openGate?: () => void;
  entered = 0;

  close(): void {
    this.gate = new Promise((resolve) => (this.openGate = resolve));
  }

  open(): void {
    this.openGate?.();
  }

  async wait(): Promise<void> {
    this.entered++;
    await this.gate;
  }
}

@Controller()
class PingConsumer {
  constructor(
    private readonly outbox: Outbox,
    private readonly script: Script,
  ) {}

  @OnMessage(TestPing)
  async handle(@Payload() ping: TestPing, @Ctx() context: MessageContext): Promise<void> {
    this.script.attempts.set(ping.id, (this.script.attempts.get(ping.id) ?? 0) + 1);
    if (ping.behaviour === 'fail-twice' && context.attempt <= 2) throw new Error(`transient failure ${context.attempt}`);
    if (ping.behaviour === 'fail-always') throw new Error('the downstream is down');
    if (ping.behaviour === 'permanent') throw new PermanentError('this ping can never be handled');
    if (ping.behaviour === 'gated') await this.script.wait();
    // 'final': the effect claims to be the transaction's last write, though another handler follows.
    await this.outbox.add(TestEffect, { pingId: ping.id, attempt: context.attempt }, { aggregateId: ping.id, final: ping.behaviour === 'final' });
  }
}

/** A second handler of the same event, as when one app both remembers and acts on it. */
@Controller()
class PingAuditor {
  constructor(
    private readonly script: Script,
    private readonly outbox: Outbox,
  ) {}

  @OnMessage(TestPing)
  async audit(@Payload() ping: TestPing): Promise<void> {
    this.script.audited.set(ping.id, (this.script.audited.get(ping.id) ?? 0) + 1);
    // The last handler's last write, which may carry the message's COMMIT.
    if (ping.behaviour === 'final') await this.outbox.add(TestEffect, { pingId: ping.id, attempt: 0 }, { aggregateId: ping.id, final: true });
  }
}

@Module({})
class MessagingTestModule {
  static forRoot(config: CommonConfig): DynamicModule {
    return {
      module: MessagingTestModule,
      imports: [PlatformModule.forRoot({ app: APP, schema: 'booking', config })],
      controllers: [PingConsumer, PingAuditor],
      providers: [Script],
    };
  }
}

export function testConfig(infra: TestInfra, overrides: Partial<CommonConfig> = {}): CommonConfig {
  return Object.assign(new CommonConfig(), {
    DATABASE_URL: infra.urlFor('booking'),
    AMQP_URL: infra.amqpUrl,
    AMQP_PREFIX: infra.prefix,
    RETRY_DELAYS_MS: [40, 80, 120],
    ...overrides,
  });
}

export async function startTestApp(infra: TestInfra, overrides: Partial<CommonConfig> = {}) {
  return createApp(MessagingTestModule.forRoot(testConfig(infra, overrides)), { name: APP, title: 'messaging test', logger: false });
}
