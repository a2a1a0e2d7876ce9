import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { AmqpConnection, ConfirmPublisher } from '@mo/messaging';
import { ShutdownState } from './shutdown-state';

type Check = 'up' | 'down';

@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly broker: AmqpConnection,
    private readonly publisher: ConfirmPublisher,
    private readonly shutdown: ShutdownState,
  ) {}

  /** The process is alive; restart it only when this fails. */
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Send traffic here only while the database and the broker both answer and we are not shutting down. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<{ status: string; checks: Record<string, Check> }> {
    const checks: Record<string, Check> = {
      database: (await this.databaseAnswers()) ? 'up' : 'down',
      broker: this.broker.connected && this.publisher.ready ? 'up' : 'down',
      accepting: this.shutdown.stopping ? 'down' : 'up',
    };
    const ready = Object.values(checks).every((c) => c === 'up');
    void reply.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'unavailable', checks };
  }

  private async databaseAnswers(): Promise<boolean> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1_000).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
