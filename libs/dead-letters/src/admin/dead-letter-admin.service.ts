import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, IdGenerator } from '@mo/context';
import { ApiError } from '@mo/http';
import { DeadLetterAudit } from '../dead-letter-audit';
import { type BrokerSettings, DeadLetterBroker } from '../dead-letter-broker';
import { DeadLetterOps, OperationRefused } from '../dead-letter-ops';

export const BROKER_SETTINGS = Symbol('DEAD_LETTER_BROKER_SETTINGS');

/** Runs one operation on its own broker connection, so an operator's sweep never touches the app's consumers. */
@Injectable()
export class DeadLetterAdminService {
  constructor(
    @Inject(BROKER_SETTINGS) private readonly settings: BrokerSettings,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async with<T>(work: (ops: DeadLetterOps) => Promise<T>): Promise<T> {
    const broker = await DeadLetterBroker.open(this.settings);
    try {
      const audit = new DeadLetterAudit((sql, params) => this.dataSource.query(sql, params));
      return await work(new DeadLetterOps(broker, audit, () => this.clock.now(), () => this.ids.next()));
    } catch (error) {
      if (error instanceof OperationRefused) throw new ApiError(400, 'refused', error.message);
      throw error;
    } finally {
      await broker.close();
    }
  }
}
