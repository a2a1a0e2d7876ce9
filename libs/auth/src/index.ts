export { type ApiKeyParts, formatApiKey, newApiKeySecret, parseApiKey } from './api-key';
export { AuthModule } from './auth.module';
export { checkBodySignature, SIGNATURE_HEADER, signBody, TIMESTAMP_HEADER } from './body-signature';
export { TenantApi } from './tenant-api.decorator';
export { TENANT_SECRETS, TenantAuthGuard, type TenantPrincipal, type TenantRequest } from './tenant-auth.guard';
export { TenantTransactionInterceptor } from './tenant-transaction.interceptor';
