import { DataSource } from 'typeorm';

export interface DatabaseOptions {
  url: string;
  poolSize: number;
  /** Shows in pg_stat_activity, so an operator can tell the apps apart. */
  applicationName: string;
  statementTimeoutMs?: number;
  /** Named statements, prepared once per connection (TenantDb); off behind PgBouncer before 1.21. Default on. */
  preparedStatements?: boolean;
}

export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    synchronize: false,
    migrationsRun: false,
    entities: [],
    logging: false,
    applicationName: options.applicationName,
    extra: {
      max: options.poolSize,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: options.statementTimeoutMs ?? 10_000,
      // A transaction left open by a stuck handler must not pin locks or a connection for ever.
      idle_in_transaction_session_timeout: 60_000,
      // Statements given to one connection without waiting are written at once and answered in order
      // (node-postgres's pipeline mode): TenantDb sends a transaction's first statement behind its
      // BEGIN. Everything else awaits each statement, so it runs exactly as without.
      pipeline: true,
    },
  });
}
