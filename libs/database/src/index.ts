export { createDataSource, type DatabaseOptions } from './data-source';
export { DatabaseModule } from './database.module';
export { ListenClient, type ListenOptions } from './listen-client';
export { NotifiedCache, type NotifiedCacheOptions } from './notified-cache';
export { NoTenantContextError, ProvisionalWorkUndoneError, TenantDb, type StatementOptions, type TenantDbOptions } from './tenant-db';
export { isUuid } from './uuid';
