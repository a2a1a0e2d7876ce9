import { Body, Controller, HttpCode, Param, Post, Res, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { TenantTransactionInterceptor } from '@mo/auth';
import { lenientBody } from '@mo/http';
import { TwilioSignatureGuard } from '../twilio/twilio-signature.guard';
import { WebhookParams } from '../twilio/webhook.dto';
import { INBOUND_ROUTE, WEBHOOK_ROOT } from '../twilio/webhooks';
import { InboundDto } from './inbound.dto';
import { InboundService } from './inbound.service';

@Controller(WEBHOOK_ROOT)
export class InboundController {
  constructor(private readonly inbound: InboundService) {}

  /** A caller texted the clinic. Replies are sent separately, so the TwiML answer is empty. */
  @Post(INBOUND_ROUTE)
  @HttpCode(200)
  @UseGuards(TwilioSignatureGuard)
  @UseInterceptors(TenantTransactionInterceptor)
  @ApiExcludeEndpoint()
  async receive(@Param() _params: WebhookParams, @Body() body: Record<string, string>, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    await this.inbound.receive(lenientBody(InboundDto, body));
    void reply.header('content-type', 'text/xml; charset=utf-8');
    return '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';
  }
}
