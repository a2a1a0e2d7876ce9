import { DynamicModule, Global, Module } from '@nestjs/common';
import { SecretBox } from '@mo/crypto';
import { ApiKeyRepository } from './api-key.repository';
import { TENANT_SECRETS, TenantAuthGuard } from './tenant-auth.guard';
import { TenantTransactionInterceptor } from './tenant-transaction.interceptor';

@Global()
@Module({})
export class AuthModule {
  /** `secretsKey`: base64 AES-256 key that seals tenants' request-signing secrets. */
  static forRoot(secretsKey: string): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        ApiKeyRepository,
        TenantAuthGuard,
        TenantTransactionInterceptor,
        { provide: TENANT_SECRETS, useFactory: () => new SecretBox(secretsKey) },
      ],
      exports: [ApiKeyRepository, TenantAuthGuard, TenantTransactionInterceptor, TENANT_SECRETS],
    };
  }
}
