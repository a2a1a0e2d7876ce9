export { type ApiKeyParts, formatApiKey, newApiKeySecret, parseApiKey } from './api-key';
export { AuthModule } from './auth.module';
export { checkRequestSignature, NONCE_HEADER, SIGNATURE_HEADER, type SignedRequest, signRequest, TIMESTAMP_HEADER, TOLERANCE_SECONDS } from './request-signature';
export { TenantApi } from './tenant-api.decorator';
export { TENANT_SECRETS, TenantAuthGuard, type TenantPrincipal, type TenantRequest } from './tenant-auth.guard';
export { TenantTransactionInterceptor } from './tenant-transaction.interceptor';
