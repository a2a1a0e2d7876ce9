import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { TenantApi } from '@mo/auth';
import { send } from '@mo/http';
import { ChangeParams, ChangeView, ConfirmChangeDto } from './change.dto';
import { changeResponse, confirmChangeOutcome } from './change-http.mapper';
import { ConfirmChangeService } from './confirm-change.service';

@ApiTags('appointments')
@TenantApi()
@Controller('v1/appointment-changes')
export class ChangeController {
  constructor(private readonly confirming: ConfirmChangeService) {}

  @Get(':changeId')
  @ApiOperation({ summary: "The change's saga state" })
  @ApiOkResponse({ type: ChangeView })
  @ApiNotFoundResponse({ description: 'change_not_found' })
  async get(@Param() params: ChangeParams): Promise<ChangeView> {
    return changeResponse(await this.confirming.find(params.changeId));
  }

  @Post(':changeId/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm a cancel or move with the code; a move books the new slot and frees the old one in one transaction' })
  @ApiUnprocessableEntityResponse({ description: 'otp_invalid, with attemptsLeft' })
  @ApiGoneResponse({ description: 'change_expired or change_abandoned, with the reason; the booking is as it was' })
  async confirm(@Param() params: ChangeParams, @Body() dto: ConfirmChangeDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return send(reply, confirmChangeOutcome(await this.confirming.confirm(params.changeId, dto.code)));
  }
}
