import { Controller, Get, HttpCode, Param, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsE164Phone, IsId } from '@mo/contracts';
import { type AdminRequest, AdminTokenGuard } from '@mo/dead-letters';
import { ApiError } from '@mo/http';
import type { ErasureStatus } from '@mo/privacy';
import { CallerErasureService } from './caller-erasure.service';

export class EraseParams {
  @IsE164Phone() phone!: string;
}

export class ErasureParams {
  @IsId() erasureId!: string;
}

/** Operators' tokens are not a tenant's: the tenant is the operator's argument, as on /admin/dlq, never a body. */
export class TenantQuery {
  @IsId() orgId!: string;
}

export class ErasureRequestedView {
  @ApiProperty({ format: 'uuid' }) erasureId!: string;
  @ApiProperty({ nullable: true, description: 'Dead letters that named the phone, dropped; null if the queues could not be swept' }) deadLetters!: number | null;
  @ApiProperty({ description: 'Poll this until "complete"' }) status!: string;
}

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AdminTokenGuard)
@Controller('admin/callers')
export class CallerErasureController {
  constructor(private readonly erasures: CallerErasureService) {}

  @Post(':phone/erase')
  @HttpCode(202)
  @ApiOperation({ summary: "Erases a caller's personal data in every app (GDPR Art. 17); the consent log keeps an HMAC of the phone. Idempotent; audited." })
  @ApiAcceptedResponse({ type: ErasureRequestedView })
  async erase(@Param() params: EraseParams, @Query() query: TenantQuery, @Req() request: AdminRequest): Promise<ErasureRequestedView> {
    const result = await this.erasures.request(query.orgId, params.phone, { operator: request.operator!, via: 'api' });
    if (result.kind === 'unknown_tenant') throw new ApiError(404, 'not_found', `no tenant ${query.orgId}`);
    return { erasureId: result.erasureId, deadLetters: result.deadLetters, status: `/admin/callers/erasures/${result.erasureId}?orgId=${query.orgId}` };
  }

  @Get('erasures/:erasureId')
  @ApiOperation({ summary: "How far an erasure is: each app's part, and rows left for a rerun because their call was still in progress" })
  async status(@Param() params: ErasureParams, @Query() query: TenantQuery): Promise<ErasureStatus> {
    const status = await this.erasures.status(query.orgId, params.erasureId);
    if (!status) throw new ApiError(404, 'not_found', `no erasure ${params.erasureId}`);
    return status;
  }
}
