import { Body, Controller, HttpCode, Param, Post, Query, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import { TenantTransactionInterceptor } from '@mo/auth';
import { lenientBody } from '@mo/http';
import { StatusCallbackDto, StatusQuery, WebhookParams } from './status.dto';
import { StatusService } from './status.service';
import { TwilioSignatureGuard } from '../twilio/twilio-signature.guard';

@ApiTags('twilio')
@Controller('v1/twilio')
export class StatusController {
  constructor(private readonly statuses: StatusService) {}

  @Post('status/:orgId')
  @HttpCode(204)
  @UseGuards(TwilioSignatureGuard)
  @UseInterceptors(TenantTransactionInterceptor)
  @ApiExcludeEndpoint()
  async status(@Param() _params: WebhookParams, @Query() query: StatusQuery, @Body() body: Record<string, string>): Promise<void> {
    await this.statuses.record(query.ref, lenientBody(StatusCallbackDto, body));
  }
}
