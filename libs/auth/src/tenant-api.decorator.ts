import { applyDecorators, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { TenantAuthGuard } from './tenant-auth.guard';
import { TenantTransactionInterceptor } from './tenant-transaction.interceptor';

/** A controller (or route) for tenants: API-key auth, then the handler in one tenant transaction. */
export const TenantApi = () =>
  applyDecorators(
    UseGuards(TenantAuthGuard),
    UseInterceptors(TenantTransactionInterceptor),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'missing or invalid API key or body signature' }),
    ApiForbiddenResponse({ description: 'the body names another tenant' }),
  );
