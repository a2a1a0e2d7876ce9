import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
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
import { OnMessage, OnRequest } from '@mo/messaging';
import { ChallengeRepository } from './challenge.repository';
import { OtpSender } from './otp-sender';
import { OtpVerifier } from './otp-verifier';

/** Booking's side of the code: a new hold gets one, a settled hold voids it, and booking asks to check or resend. */
@Controller()
export class OtpConsumer {
  constructor(
    private readonly sender: OtpSender,
    private readonly verifier: OtpVerifier,
    private readonly challenges: ChallengeRepository,
  ) {}

  @OnMessage(SlotHeld)
  async slotHeld(@Payload() event: SlotHeld): Promise<void> {
    await this.sender.sendFirst(event);
  }

  @OnMessage(HoldReleased)
  async holdReleased(@Payload() event: HoldReleased): Promise<void> {
    await this.challenges.voidActive(event.holdId);
  }

  @OnMessage(HoldExpired)
  async holdExpired(@Payload() event: HoldExpired): Promise<void> {
    await this.challenges.voidActive(event.holdId);
  }

  @OnMessage(BookingConfirmed)
  async bookingConfirmed(@Payload() event: BookingConfirmed): Promise<void> {
    await this.challenges.voidActive(event.holdId);
  }

  @OnRequest(VerifyOtpRpc)
  verify(@Payload() request: VerifyOtp): Promise<PayloadOf<typeof OtpVerification>> {
    return this.verifier.verify(request.holdId, request.code);
  }

  @OnRequest(ResendOtpRpc)
  resend(@Payload() request: ResendOtp): Promise<PayloadOf<typeof OtpResend>> {
    return this.sender.resend(request.holdId);
  }
}
