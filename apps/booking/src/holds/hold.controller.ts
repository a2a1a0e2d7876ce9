import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { TenantApi } from '@mo/auth';
import { TenantDb } from '@mo/database';
import { send } from '@mo/http';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { ConfirmedView, ConfirmHoldDto, HoldParams, HoldView, PlaceHoldDto, SlotTakenView } from './hold.dto';
import { cancelOutcome, confirmOutcome, holdResponse, placeCommand, placementOutcome, resendOutcome } from './hold-http.mapper';
import { ConfirmHoldService } from './confirm-hold.service';
import { HoldService } from './hold.service';
import { PlaceHoldService } from './place-hold.service';

@ApiTags('holds')
@TenantApi()
@Controller('v1/holds')
export class HoldController {
  constructor(
    private readonly placing: PlaceHoldService,
    private readonly confirming: ConfirmHoldService,
    private readonly holds: HoldService,
    private readonly idempotency: IdempotencyService,
    private readonly db: TenantDb,
  ) {}

  /**
   * 201 with the hold, or 409 `slot_taken` with alternatives; a retry with the same key replays it.
   * Nothing is written after the use case (endAtFinal): the claim commits as it is made, unless a key's
   * response is still to be stored.
   */
  @Post()
  @ApiOperation({ summary: 'Hold a slot for a caller; texts them a one-time code' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: HoldView })
  @ApiConflictResponse({ type: SlotTakenView, description: 'slot_taken, with up to 3 alternatives' })
  @ApiUnprocessableEntityResponse({ description: 'slot_in_past, outside_working_hours, clinic_closed, resource_cannot_do_type, idempotency_key_reused' })
  async place(@Body() dto: PlaceHoldDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const work = async () => placementOutcome(await this.placing.place(placeCommand(dto)));
    return send(reply, await this.db.endAtFinal(() => this.idempotency.once(key, { callId: dto.callId, request: dto }, work)));
  }

  @Get(':holdId')
  @ApiOperation({ summary: 'The hold with its saga state and release reason' })
  @ApiOkResponse({ type: HoldView })
  @ApiNotFoundResponse({ description: 'hold_not_found' })
  async get(@Param() params: HoldParams): Promise<HoldView> {
    return holdResponse(await this.holds.find(params.holdId));
  }

  @Post(':holdId/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm with the code the caller read from the SMS' })
  @ApiOkResponse({ type: ConfirmedView })
  @ApiUnprocessableEntityResponse({ description: 'otp_invalid (with attemptsLeft) or otp_expired' })
  @ApiGoneResponse({ description: 'hold_released or hold_expired, with the reason' })
  async confirm(@Param() params: HoldParams, @Body() dto: ConfirmHoldDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return send(reply, confirmOutcome(await this.db.endAtFinal(() => this.confirming.confirm(params.holdId, dto.code))));
  }

  @Post(':holdId/resend-otp')
  @ApiOperation({ summary: 'Text a new code; the old one stops working' })
  async resend(@Param() params: HoldParams, @Res({ passthrough: true }) reply: FastifyReply) {
    return send(reply, resendOutcome(await this.confirming.resend(params.holdId)));
  }

  @Post(':holdId/cancel')
  @ApiOperation({ summary: 'Release the hold (the caller changed their mind)' })
  async cancel(@Param() params: HoldParams, @Res({ passthrough: true }) reply: FastifyReply) {
    return send(reply, cancelOutcome(await this.holds.cancel(params.holdId)));
  }
}
