/**
 * One fresh row for every tenant table, in an order that satisfies foreign keys. Every tenant table
 * needs a seed here: a new table without one fails the tenancy suite until it gets one.
 */
export const SEEDS: Record<string, string> = {
  'tenancy.orgs': `INSERT INTO tenancy.orgs (org_id, name, timezone) VALUES ($1, 'Clinic', 'UTC')`,
  'tenancy.api_keys': `INSERT INTO tenancy.api_keys (org_id, key_id, secret_sha256) VALUES ($1, gen_random_uuid(), sha256(gen_random_uuid()::text::bytea))`,
  ...Object.fromEntries(
    ['booking', 'otp_sms', 'redaction', 'followup'].flatMap((schema) => [
      [`${schema}.outbox`, `INSERT INTO ${schema}.outbox (org_id, id, aggregate_id, routing_key, envelope) VALUES ($1, gen_random_uuid(), 'a', 'k', '{}')`],
      [`${schema}.inbox`, `INSERT INTO ${schema}.inbox (org_id, consumer, message_id, received_at) VALUES ($1, 'c', gen_random_uuid(), now())`],
    ]),
  ),
  'tenancy.voice_connections': `INSERT INTO tenancy.voice_connections (org_id, connection_id, platform) VALUES ($1, gen_random_uuid(), 'vapi')`,
  'booking.voice_tool_calls': `INSERT INTO booking.voice_tool_calls (org_id, call_id, dedupe_key, tool, created_at) VALUES ($1, 'call', 'k', 'hold_slot', now())`,
  'redaction.voice_calls_ended': `INSERT INTO redaction.voice_calls_ended (org_id, call_id, platform, ended_at) VALUES ($1, 'call', 'vapi', now())`,
  'booking.clinic_settings': `INSERT INTO booking.clinic_settings (org_id) VALUES ($1)`,
  'booking.resources': `INSERT INTO booking.resources (org_id, resource_id, name, kind) VALUES ($1, gen_random_uuid(), 'Dr Lee', 'practitioner')`,
  'booking.appointment_types': `INSERT INTO booking.appointment_types (org_id, appointment_type_id, name, duration_minutes) VALUES ($1, gen_random_uuid(), 'Cleaning', 30)`,
  'booking.appointment_type_resources': `INSERT INTO booking.appointment_type_resources SELECT $1, t.appointment_type_id, r.resource_id
     FROM booking.appointment_types t, booking.resources r WHERE t.org_id = $1 AND r.org_id = $1 LIMIT 1`,
  'booking.working_hours': `INSERT INTO booking.working_hours SELECT $1, resource_id, 1, '08:00', '17:00' FROM booking.resources WHERE org_id = $1 LIMIT 1`,
  'booking.closures': `INSERT INTO booking.closures (org_id, closure_id, during) VALUES ($1, gen_random_uuid(), tstzrange(now(), now() + interval '1 day'))`,
  'booking.holds': `INSERT INTO booking.holds (org_id, hold_id, call_id, resource_id, appointment_type_id, during, resource_name, appointment_type_name,
       starts_local, timezone, clinic_name, caller_phone, status, expires_at, created_at, updated_at, correlation_id)
     SELECT $1, gen_random_uuid(), 'call', r.resource_id, t.appointment_type_id, tstzrange(now(), now() + interval '30 minutes'), 'Dr Lee', 'Cleaning',
       'Tuesday 3 December, 3:00 pm', 'UTC', 'Clinic', '+13125550147', 'HELD', now() + interval '5 minutes', now(), now(), 'corr'
     FROM booking.resources r, booking.appointment_types t WHERE r.org_id = $1 AND t.org_id = $1 LIMIT 1`,
  // A cancel of the seeded hold (the catalog needs a row, not a confirmed booking).
  'booking.appointment_changes': `INSERT INTO booking.appointment_changes (org_id, change_id, call_id, kind, booking_hold_id, status, confirms, expires_at,
       correlation_id, created_at, updated_at)
     SELECT $1, gen_random_uuid(), 'call', 'cancel', hold_id, 'VERIFYING', 'cancel your cleaning on Tue 3 Dec', now() + interval '5 minutes', 'corr', now(), now()
     FROM booking.holds WHERE org_id = $1 LIMIT 1`,
  'booking.idempotency_keys': `INSERT INTO booking.idempotency_keys (org_id, idempotency_key, request_sha256, created_at) VALUES ($1, gen_random_uuid()::text, sha256('x'), now())`,
  'otp_sms.twilio_accounts': `INSERT INTO otp_sms.twilio_accounts (org_id, account_sid, auth_token_sealed, from_number) VALUES ($1, 'AC' || md5('x'), '\\x00', '+15005550006')`,
  'otp_sms.challenges': `INSERT INTO otp_sms.challenges (org_id, challenge_id, hold_id, phone, code_hmac, status, expires_at, created_at)
     VALUES ($1, gen_random_uuid(), gen_random_uuid(), '+13125550147', sha256('x'), 'active', now(), now())`,
  'redaction.policies': `INSERT INTO redaction.policies (org_id) VALUES ($1)`,
  'redaction.keys': `INSERT INTO redaction.keys (org_id, key_sealed, created_at) VALUES ($1, '\\x00', now())`,
  'redaction.transcripts': `INSERT INTO redaction.transcripts (org_id, transcript_id, call_id, request_hmac, turns, entity_counts, rules_version, created_at)
     VALUES ($1, gen_random_uuid(), 'call', '\\x00', '[]', '{}', 'v', now())`,
  'redaction.audit': `INSERT INTO redaction.audit (org_id, transcript_id, turn_index, span_start, span_end, entity_type, rule_id, rules_version, value_hmac, created_at)
     SELECT $1, transcript_id, 0, 0, 5, 'PHONE', 'phone.written', 'v', sha256('x'), now() FROM redaction.transcripts WHERE org_id = $1 LIMIT 1`,
  'otp_sms.inbound': `INSERT INTO otp_sms.inbound (org_id, message_sid, received_at) VALUES ($1, 'SM' || md5(gen_random_uuid()::text), now())`,
  'followup.settings': `INSERT INTO followup.settings (org_id) VALUES ($1)`,
  'followup.callers': `INSERT INTO followup.callers (org_id, phone, outcome, event_at, updated_at) VALUES ($1, '+13125550147', 'held', now(), now())`,
  'followup.calls': `INSERT INTO followup.calls (org_id, call_id, turns, seen_at) VALUES ($1, 'call', '[]', now())`,
  'followup.followups': `INSERT INTO followup.followups (org_id, followup_id, hold_id, phone, appointment_type_id, appointment_type_name, resource_id, resource_name,
       starts_at, starts_local, timezone, clinic_name, status, due_at, created_at, updated_at)
     VALUES ($1, gen_random_uuid(), gen_random_uuid(), '+13125550147', gen_random_uuid(), 'Cleaning', gen_random_uuid(), 'Dr Lee', now(), 'x', 'UTC', 'Clinic',
       'scheduled', now(), now(), now())`,
  'followup.opt_outs': `INSERT INTO followup.opt_outs (org_id, phone, opted_out, updated_at) VALUES ($1, '+13125550147', true, now())`,
  'followup.consent_log': `INSERT INTO followup.consent_log (org_id, message_sid, phone, action, keyword, at) VALUES ($1, 'SMx', '+13125550147', 'opt_out', 'STOP', now())`,
  'followup.erased_opt_outs': `INSERT INTO followup.erased_opt_outs (org_id, phone_hmac, opted_out, updated_at) VALUES ($1, sha256('x'), true, now())`,
  'ops.caller_erasures': `INSERT INTO ops.caller_erasures (org_id, erasure_id, phone_hmac, operator, via, requested_at) VALUES ($1, gen_random_uuid(), sha256('x'), 'op', 'cli', now())`,
  'ops.caller_erasure_steps': `INSERT INTO ops.caller_erasure_steps (org_id, erasure_id, app, rows_changed, deferred, completed_at)
     SELECT $1, erasure_id, 'booking', 0, 0, now() FROM ops.caller_erasures WHERE org_id = $1 LIMIT 1`,
  'tenancy.request_nonces': `INSERT INTO tenancy.request_nonces (org_id, nonce, expires_at) VALUES ($1, md5(gen_random_uuid()::text), now())`,
  'otp_sms.messages': `INSERT INTO otp_sms.messages (org_id, message_id, purpose, to_phone, status, status_rank, created_at, updated_at)
     VALUES ($1, gen_random_uuid(), 'otp', '+13125550147', 'queued', 1, now(), now())`,
  'otp_sms.pending_texts': `INSERT INTO otp_sms.pending_texts (org_id, message_id, body_sealed, not_before, created_at)
     SELECT $1, message_id, '\\x00', now(), now() FROM otp_sms.messages WHERE org_id = $1 LIMIT 1`,
  'otp_sms.code_subjects': `INSERT INTO otp_sms.code_subjects (org_id, subject_id, state, updated_at) VALUES ($1, gen_random_uuid(), 'closed', now())`,
  'otp_sms.daily_sends': `INSERT INTO otp_sms.daily_sends (org_id, day, sent) VALUES ($1, current_date, 1)`,
};
