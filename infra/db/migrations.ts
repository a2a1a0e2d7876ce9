import { Tenancy1764000000000 } from '../../migrations/1764000000000-tenancy';
import { Messaging1764000000100 } from '../../migrations/1764000000100-messaging';
import { RequestSigning1764000000200 } from '../../migrations/1764000000200-request-signing';
import { Booking1764000000300 } from '../../migrations/1764000000300-booking';
import { OtpSms1764000000400 } from '../../migrations/1764000000400-otp-sms';
import { BookingConfigNotify1764000000500 } from '../../migrations/1764000000500-booking-config-notify';
import { Redaction1764000000600 } from '../../migrations/1764000000600-redaction';
import { Followup1764000000700 } from '../../migrations/1764000000700-followup';
import { Operations1764000000800 } from '../../migrations/1764000000800-operations';
import { MessageCorrelation1764000000900 } from '../../migrations/1764000000900-message-correlation';
import { UnsettledSends1764000001000 } from '../../migrations/1764000001000-unsettled-sends';
import { TenantCountry1764000001100 } from '../../migrations/1764000001100-tenant-country';
import { RequestNonces1764000001300 } from '../../migrations/1764000001300-request-nonces';
import { PruningCutoffs1764000001310 } from '../../migrations/1764000001310-pruning-cutoffs';
import { ApiKeyExpiry1764000001320 } from '../../migrations/1764000001320-api-key-expiry';
import { VoicePlatforms1764000001400 } from '../../migrations/1764000001400-voice-platforms';
import { AppointmentChanges1764000001500 } from '../../migrations/1764000001500-appointment-changes';
import { BookingHorizon1764000001800 } from '../../migrations/1764000001800-booking-horizon';
import { Privacy1764000001850 } from '../../migrations/1764000001850-privacy';
import { VerifyRequestIds1764000001900 } from '../../migrations/1764000001900-verify-request-ids';
import { SmsAccountNotify1764000001910 } from '../../migrations/1764000001910-sms-account-notify';
import { SmsOutbox1764000002100 } from '../../migrations/1764000002100-sms-outbox';
import { SmsDailySends1764000002110 } from '../../migrations/1764000002110-sms-daily-sends';
import { ErasureReach1764000002200 } from '../../migrations/1764000002200-erasure-reach';
import { CodeSubjectPruning1764000002210 } from '../../migrations/1764000002210-code-subject-pruning';
import { VoiceAnswerAhead1764000002300 } from '../../migrations/1764000002300-voice-answer-ahead';

/** Every migration, in order. Adding a file to migrations/ means adding it here. */
export const MIGRATIONS = [
  Tenancy1764000000000,
  Messaging1764000000100,
  RequestSigning1764000000200,
  Booking1764000000300,
  OtpSms1764000000400,
  BookingConfigNotify1764000000500,
  Redaction1764000000600,
  Followup1764000000700,
  Operations1764000000800,
  MessageCorrelation1764000000900,
  UnsettledSends1764000001000,
  TenantCountry1764000001100,
  RequestNonces1764000001300,
  PruningCutoffs1764000001310,
  ApiKeyExpiry1764000001320,
  VoicePlatforms1764000001400,
  AppointmentChanges1764000001500,
  BookingHorizon1764000001800,
  Privacy1764000001850,
  VerifyRequestIds1764000001900,
  SmsAccountNotify1764000001910,
  SmsOutbox1764000002100,
  SmsDailySends1764000002110,
  ErasureReach1764000002200,
  CodeSubjectPruning1764000002210,
  VoiceAnswerAhead1764000002300,
];
