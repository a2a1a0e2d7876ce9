import { Body, Controller, HttpCode, Param, Post, Query, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import { TenantTransactionInterceptor } from '@mo/auth';
import { TenantDb } from '@mo/database';
import { lenientBody } from '@mo/http';
import { TwilioSignatureGuard } from '../twilio/twilio-signature.guard';
import { WebhookParams } from '../twilio/webhook.dto';
import { STATUS_ROUTE, WEBHOOK_ROOT } from '../twilio/webhooks';
import { StatusCallbackDto, StatusQuery } from './status.dto';
import { StatusService } from './status.service';

@ApiTags('twilio')
@Controller(WEBHOOK_ROOT)
export class StatusController {
  constructor(
    private readonly statuses: StatusService,
    private readonly db: TenantDb,
  ) {}

  @Post(STATUS_ROUTE)
  @HttpCode(204)
  @UseGuards(TwilioSignatureGuard)
  @UseInterceptors(TenantTransactionInterceptor)
  @ApiExcludeEndpoint()
  async status(@Param() _params: WebhookParams, @Query() query: StatusQuery, @Body() body: Record<string, string>): Promise<void> {
    // Nothing is written after the service: a status that settles nothing commits with its one write.
    await this.db.endAtFinal(() => this.statuses.record(query.ref, lenientBody(StatusCallbackDto, body)));
  }
}
