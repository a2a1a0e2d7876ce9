import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@mo/auth';
import { sessionUrlOf } from '@mo/config';
import { PlatformModule } from '@mo/platform';
import { VoiceAuthModule } from '@mo/voice-auth';
import { AvailabilityController } from './availability/availability.controller';
import { AvailabilityService } from './availability/availability.service';
import { BookingConfig } from './booking.config';
import { CallController } from './calls/call.controller';
import { AppointmentController } from './changes/appointment.controller';
import { AppointmentRepository } from './changes/appointment.repository';
import { ChangeController } from './changes/change.controller';
import { ChangeEventsConsumer } from './changes/change-events.consumer';
import { ChangeRepository } from './changes/change.repository';
import { ChangeSweeper } from './changes/change-sweeper';
import { ChangeMetrics } from './changes/change.metrics';
import { ChangeTransitions } from './changes/change-transitions';
import { ConfirmChangeService } from './changes/confirm-change.service';
import { RequestChangeService } from './changes/request-change.service';
import { CallService } from './calls/call.service';
import { VoiceCallEndedConsumer } from './calls/voice-call-ended.consumer';
import { CONFIG_DATABASE_URL, ClinicConfigCache } from './clinic/clinic-config.cache';
import { ClinicRepository } from './clinic/clinic.repository';
import { ScheduleService } from './clinic/schedule.service';
import { ConfirmHoldService, OTP_RPC_TIMEOUT_MS } from './holds/confirm-hold.service';
import { HoldController } from './holds/hold.controller';
import { HoldRepository } from './holds/hold.repository';
import { HoldService } from './holds/hold.service';
import { HoldSweeper, SWEEP_INTERVAL_MS } from './holds/hold-sweeper';
import { HoldTransitions } from './holds/hold-transitions';
import { SagaMetrics } from './holds/saga.metrics';
import { OtpEventsConsumer } from './holds/otp-events.consumer';
import { PlaceHoldService } from './holds/place-hold.service';
import { IdempotencyJanitor } from './idempotency/idempotency-janitor';
import { RebookConsumer } from './rebook/rebook.consumer';
import { RebookService } from './rebook/rebook.service';
import { IdempotencyRepository } from './idempotency/idempotency.repository';
import { IdempotencyService } from './idempotency/idempotency.service';
import { VoiceToolCallJanitor } from './voice/voice-tool-call-janitor';
import { VoiceToolCallRepository } from './voice/voice-tool-call.repository';
import { VoiceToolCallService } from './voice/voice-tool-call.service';
import { VoiceToolController } from './voice/voice-tool.controller';
import { VoiceAppointmentTools } from './voice/voice-appointment-tools.service';
import { VoiceTools } from './voice/voice-tools.service';
import { EXPIRING_PERSONAL_DATA, RetentionJanitor } from '@mo/privacy';
import { HoldPersonalDataRepository } from './privacy/hold-personal-data.repository';
import { CallerErasureConsumer } from './privacy/caller-erasure.consumer';
import { CallerErasureController } from './privacy/caller-erasure.controller';
import { CallerErasureRepository } from './privacy/caller-erasure.repository';
import { CallerErasureService } from './privacy/caller-erasure.service';

@Module({})
export class BookingModule {
  static forRoot(config: BookingConfig): DynamicModule {
    return {
      module: BookingModule,
      imports: [
        PlatformModule.forRoot({ app: 'booking', schema: 'booking', config }),
        AuthModule.forRoot(config.TENANT_SECRETS_KEY, sessionUrlOf(config)),
        VoiceAuthModule.forRoot(config.TENANT_SECRETS_KEY),
      ],
      controllers: [
        AvailabilityController,
        HoldController,
        CallController,
        AppointmentController,
        ChangeController,
        VoiceToolController,
        OtpEventsConsumer,
        ChangeEventsConsumer,
        RebookConsumer,
        VoiceCallEndedConsumer,
        CallerErasureController,
        CallerErasureConsumer,
      ],
      providers: [
        { provide: BookingConfig, useValue: config },
        { provide: OTP_RPC_TIMEOUT_MS, useValue: config.OTP_RPC_TIMEOUT_MS },
        { provide: SWEEP_INTERVAL_MS, useValue: config.SWEEP_INTERVAL_MS },
        { provide: CONFIG_DATABASE_URL, useValue: sessionUrlOf(config) },
        ClinicRepository,
        ClinicConfigCache,
        ScheduleService,
        AvailabilityService,
        HoldRepository,
        HoldTransitions,
        SagaMetrics,
        PlaceHoldService,
        ConfirmHoldService,
        HoldService,
        HoldSweeper,
        CallService,
        IdempotencyRepository,
        IdempotencyService,
        IdempotencyJanitor,
        RebookService,
        VoiceToolCallRepository,
        VoiceToolCallService,
        VoiceToolCallJanitor,
        VoiceTools,
        VoiceAppointmentTools,
        AppointmentRepository,
        ChangeRepository,
        ChangeTransitions,
        ChangeMetrics,
        RequestChangeService,
        ConfirmChangeService,
        ChangeSweeper,
        HoldPersonalDataRepository,
        { provide: EXPIRING_PERSONAL_DATA, useExisting: HoldPersonalDataRepository },
        RetentionJanitor,
        CallerErasureRepository,
        CallerErasureService,
      ],
    };
  }
}
