import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  BookingCancelled,
  BookingRescheduled,
  ChangeAbandoned,
  ChangeRequested,
  VerifyChangeCode,
  VerifyChangeCodeRpc,
  BookingConfirmed,
  HoldExpired,
  HoldReleased,
  OtpResend,
  OtpVerification,
  PayloadOf,
  ResendOtp,
  ResendOtpRpc,
  SlotHeld,
  VerifyOtp,
  VerifyOtpRpc,
} from '@mo/contracts';
import { TenantDb } from '@mo/database';
import { MessageContext, OnMessage, OnRequest } from '@mo/messaging';
import { CodeSubjects } from './code-subjects';
import { OtpSender } from './otp-sender';
import { OtpVerifier } from './otp-verifier';

/**
 * Booking's side of the code: a new hold or change gets one, a settled one voids it (and leaves a
 * tombstone, so its SlotHeld handled later issues nothing), and booking asks to check or resend.
 */
@Controller()
export class OtpConsumer {
  constructor(
    private readonly sender: OtpSender,
    private readonly verifier: OtpVerifier,
    private readonly subjects: CodeSubjects,
    private readonly db: TenantDb,
  ) {}

  @OnMessage(SlotHeld)
  async slotHeld(@Payload() event: SlotHeld): Promise<void> {
    await this.sender.sendFirst(event);
  }

  @OnMessage(HoldReleased)
  async holdReleased(@Payload() event: HoldReleased): Promise<void> {
    await this.subjects.close(event.holdId);
  }

  @OnMessage(HoldExpired)
  async holdExpired(@Payload() event: HoldExpired): Promise<void> {
    await this.subjects.close(event.holdId);
  }

  @OnMessage(BookingConfirmed)
  async bookingConfirmed(@Payload() event: BookingConfirmed): Promise<void> {
    await this.subjects.close(event.holdId);
  }

  @OnMessage(ChangeRequested)
  async changeRequested(@Payload() event: ChangeRequested): Promise<void> {
    await this.sender.sendChangeCode(event);
  }

  /** A settled change closes its code, whether it was made or abandoned. */
  @OnMessage(BookingCancelled)
  async bookingCancelled(@Payload() event: BookingCancelled): Promise<void> {
    await this.subjects.close(event.changeId);
  }

  @OnMessage(BookingRescheduled)
  async bookingRescheduled(@Payload() event: BookingRescheduled): Promise<void> {
    await this.subjects.close(event.changeId);
  }

  @OnMessage(ChangeAbandoned)
  async changeAbandoned(@Payload() event: ChangeAbandoned): Promise<void> {
    await this.subjects.close(event.changeId);
  }

  /** A change's code is checked exactly as a hold's: the challenge is keyed by the change's id. */
  @OnRequest(VerifyChangeCodeRpc)
  verifyChange(@Payload() request: VerifyChangeCode, @Ctx() ctx: MessageContext): Promise<PayloadOf<typeof OtpVerification>> {
    return this.verifier.verify(request.changeId, request.code, ctx.envelope.messageId);
  }

  /**
   * The request's message id makes a redelivered check answer like its first copy. The check is the
   * request's one write and a request writes no inbox row, so it commits with the check (endAtFinal).
   */
  @OnRequest(VerifyOtpRpc)
  verify(@Payload() request: VerifyOtp, @Ctx() ctx: MessageContext): Promise<PayloadOf<typeof OtpVerification>> {
    return this.db.endAtFinal(() => this.verifier.verify(request.holdId, request.code, ctx.envelope.messageId));
  }

  @OnRequest(ResendOtpRpc)
  resend(@Payload() request: ResendOtp): Promise<PayloadOf<typeof OtpResend>> {
    return this.sender.resend(request.holdId, request.holdExpiresAt ? new Date(request.holdExpiresAt) : undefined);
  }
}
