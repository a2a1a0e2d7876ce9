export { createDataSource, type DatabaseOptions } from './data-source';
export { DatabaseModule } from './database.module';
export { NoTenantContextError, TenantDb } from './tenant-db';
export { isUuid } from './uuid';
