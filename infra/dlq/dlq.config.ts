import 'reflect-metadata';
import { IsUrl, Matches } from 'class-validator';
import { DatabaseSettings } from '@infra/db';

/** The broker the apps use, and the owner's database access for the audit trail: what operators' tools need. */
export class OperatorSettings extends DatabaseSettings {
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['amqp', 'amqps'] })
  AMQP_URL: string = 'amqp://guest:guest@127.0.0.1:5672';

  @Matches(/^[a-z0-9_.-]*$/, { message: 'AMQP_PREFIX may hold only a-z, 0-9, dot, dash and underscore' })
  AMQP_PREFIX: string = 'mo.';
}

export class DlqCliConfig extends OperatorSettings {}
