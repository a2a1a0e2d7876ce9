import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { TenantApi } from '@mo/auth';
import { send } from '@mo/http';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { AppointmentsQuery, AppointmentsView, BookingParams, CancelAppointmentDto, RescheduleAppointmentDto } from './change.dto';
import { appointmentView, requestOutcome, rescheduleCommand } from './change-http.mapper';
import { RequestChangeService } from './request-change.service';

const IDEMPOTENCY_KEY = { name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' };

@ApiTags('appointments')
@TenantApi()
@Controller('v1/appointments')
export class AppointmentController {
  constructor(
    private readonly requests: RequestChangeService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @ApiOperation({ summary: "The caller's upcoming appointments, soonest first; an unknown phone has none" })
  @ApiOkResponse({ type: AppointmentsView })
  async find(@Query() query: AppointmentsQuery): Promise<AppointmentsView> {
    return { appointments: (await this.requests.find(query.phone)).appointments.map(appointmentView) };
  }

  @Post(':bookingId/cancel')
  @HttpCode(202)
  @ApiOperation({ summary: 'Start cancelling a booking; texts a code to the phone on the booking' })
  @ApiAcceptedResponse({ description: '{changeId, status: VERIFYING}' })
  @ApiNotFoundResponse({ description: 'booking_not_found' })
  @ApiConflictResponse({ description: 'change_pending' })
  @ApiUnprocessableEntityResponse({ description: 'too_late_to_change' })
  @ApiHeader(IDEMPOTENCY_KEY)
  async cancel(@Param() params: BookingParams, @Body() dto: CancelAppointmentDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const request = { bookingId: params.bookingId, callId: dto.callId };
    return send(reply, await this.idempotency.once(key, { callId: dto.callId, request: { cancel: request } }, async () => requestOutcome(await this.requests.cancel(request))));
  }

  @Post(':bookingId/reschedule')
  @HttpCode(202)
  @ApiOperation({ summary: 'Start moving a booking: holds the new slot at once; the old one stays booked until the code confirms' })
  @ApiAcceptedResponse({ description: '{changeId, status: VERIFYING, startsAt, label}' })
  @ApiConflictResponse({ description: 'slot_taken with alternatives, or change_pending' })
  @ApiUnprocessableEntityResponse({ description: 'too_late_to_change, slot_in_past, outside_working_hours, clinic_closed' })
  @ApiHeader(IDEMPOTENCY_KEY)
  async reschedule(
    @Param() params: BookingParams,
    @Body() dto: RescheduleAppointmentDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const work = async () => requestOutcome(await this.requests.reschedule(rescheduleCommand(params.bookingId, dto)));
    return send(reply, await this.idempotency.once(key, { callId: dto.callId, request: { reschedule: { bookingId: params.bookingId, ...dto } } }, work));
  }
}
