import { DynamicModule, Global, Module } from '@nestjs/common';
import { purposeKey, SecretBox } from '@mo/crypto';
import { ApiKeyRepository } from './api-key.repository';
import { CREDENTIALS_DATABASE_URL, CredentialChanges } from './credential-changes';
import { NonceRepository } from './nonce.repository';
import { TENANT_SECRETS, TenantAuthGuard } from './tenant-auth.guard';
import { TenantTransactionInterceptor } from './tenant-transaction.interceptor';

@Global()
@Module({})
export class AuthModule {
  /**
   * `secretsKey`: TENANT_SECRETS_KEY; tenants' request-signing secrets are sealed under its signing
   * subkey. `databaseUrl`: where to LISTEN for revoked keys and changed signing settings.
   */
  static forRoot(secretsKey: string, databaseUrl: string): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        ApiKeyRepository,
        NonceRepository,
        CredentialChanges,
        { provide: CREDENTIALS_DATABASE_URL, useValue: databaseUrl },
        TenantAuthGuard,
        TenantTransactionInterceptor,
        { provide: TENANT_SECRETS, useFactory: () => new SecretBox(purposeKey(secretsKey, 'signingSecrets')) },
      ],
      exports: [ApiKeyRepository, NonceRepository, CredentialChanges, TenantAuthGuard, TenantTransactionInterceptor, TENANT_SECRETS],
    };
  }
}
