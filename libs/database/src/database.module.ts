import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDataSource, DatabaseOptions } from './data-source';
import { TenantDb } from './tenant-db';

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          useFactory: async () => createDataSource(options).initialize(),
        },
        { provide: TenantDb, inject: [DataSource], useFactory: (ds: DataSource) => new TenantDb(ds, { preparedStatements: options.preparedStatements }) },
      ],
      exports: [DataSource, TenantDb],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    new Logger('Shutdown').log('database pool closed');
  }
}
