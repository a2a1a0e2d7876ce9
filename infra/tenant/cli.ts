import 'reflect-metadata';
import { hostname, userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { loadConfig, runMain, withSecretsFile } from '@mo/config';
import { parseApiKey } from '@mo/auth';
import { isUuid } from '@mo/database';
import { OWNER_ROLE, roleUrl } from '@infra/db';
import { newSandboxAccount } from '@infra/twilio-sandbox';
import { DEMO_SENDER, seedDemo } from './demo';
import { Hours, TenantAdmin } from './tenant-admin';
import { platformConnection } from './voice-connection';
import { isPlatform, type Platform, PLATFORMS } from '@mo/voice';
import { TenantCliConfig } from './tenant.config';
import { eraseCaller } from './caller-erasure';

const USAGE = `npm run tenant -- <command> [options] [--json]

  create --name <clinic> --timezone <IANA zone> [--country GB] [--hold-ttl-seconds 300]
         [--twilio-sid AC… --twilio-token … --twilio-from +1…] | [--sandbox-twilio]
                           a new tenant and its first API key (shown once)
  add-key --org <id> [--label …] [--expires-in 90d]
                           another API key; --expires-in takes s, m, h or d
  revoke-key --org <id> --key <key id or the key itself>
                           the key stops working on every instance within a second
  add-resource --org <id> --name <name> [--kind practitioner|room]
  add-appointment-type --org <id> --name <name> --duration <minutes> [--resource <id> …]
  set-hours --org <id> --resource <id> --days mon,tue,… --opens 08:00 --closes 17:00
  add-closure --org <id> --from <instant> --to <instant> [--resource <id>] [--reason …]
  set-twilio --org <id> (--twilio-sid … --twilio-token … --twilio-from …) | --sandbox-twilio
  require-signatures --org <id>                turn on body signatures; prints the secret once
  set-redaction --org <id> [--allow-phone …] [--allow-email …] [--allow-address …] [--allow-term …]
                [--condition …] [--medication …]   the clinic's own details are never masked; extra terms are
  set-followup --org <id> [--template '…{firstName}…' | --default-template] [--quiet-start 08:00]
               [--quiet-end 20:00 | 24:00] [--retention-days 30] [--clinic-phone +1…]
                           follow-up SMS: template placeholders are {firstName} {appointmentType}
                           {practitioner} {localTime} {clinicName} {clinicPhone}; no health words;
                           --retention-days is the tenant's retention, which every app applies
  connect-platform --org <id> --platform vapi|retell|elevenlabs [--retell-api-key KEY] [--webhook-secret SECRET]
                           connects a voice platform (again: rotates its secret); prints the URLs,
                           the secret once, and the tool definitions to paste (docs/platforms.md)
  disconnect-platform --org <id> --platform vapi|retell|elevenlabs
  set-booking-policy --org <id> [--min-notice-hours <N>] [--horizon-days <D>]
                           bookings starting within N hours cannot be cancelled or moved by phone (default 0);
                           nothing further than D days ahead is offered or held (default 365)
  erase-caller --org <id> --phone +1… [--operator <name>] [--wait-seconds 60]
                           erases the caller's personal data in every app (the apps must be running)
                           and the dead letters naming the phone; keeps STOPs as an HMAC; audited;
                           waits for every app, exits 1 if one has not finished. Safe to rerun.
  erasure-status --org <id> --erasure <id>     each app's part of an erasure
  seed-demo                                    the demo clinic (created if missing) and a fresh key`;

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

class UsageError extends Error {}

/** `90d`, `12h`, `30m`, `45s` in seconds. */
function seconds(text: string): number {
  const match = /^(\d{1,6})([smhd])$/.exec(text);
  if (!match) throw new UsageError('--expires-in takes a number and s, m, h or d, e.g. 90d');
  return Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as 's' | 'm' | 'h' | 'd'];
}

void runMain(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      timezone: { type: 'string' },
      country: { type: 'string' },
      org: { type: 'string' },
      label: { type: 'string' },
      key: { type: 'string' },
      'expires-in': { type: 'string' },
      kind: { type: 'string' },
      duration: { type: 'string' },
      resource: { type: 'string', multiple: true },
      days: { type: 'string' },
      opens: { type: 'string' },
      closes: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      reason: { type: 'string' },
      'hold-ttl-seconds': { type: 'string' },
      'min-notice-hours': { type: 'string' },
      'horizon-days': { type: 'string' },
      'twilio-sid': { type: 'string' },
      'twilio-token': { type: 'string' },
      'twilio-from': { type: 'string' },
      'sandbox-twilio': { type: 'boolean' },
      'allow-phone': { type: 'string', multiple: true },
      'allow-email': { type: 'string', multiple: true },
      'allow-address': { type: 'string', multiple: true },
      'allow-term': { type: 'string', multiple: true },
      condition: { type: 'string', multiple: true },
      medication: { type: 'string', multiple: true },
      template: { type: 'string' },
      'default-template': { type: 'boolean' },
      'quiet-start': { type: 'string' },
      'quiet-end': { type: 'string' },
      'retention-days': { type: 'string' },
      'clinic-phone': { type: 'string' },
      platform: { type: 'string' },
      'retell-api-key': { type: 'string' },
      'webhook-secret': { type: 'string' },
      phone: { type: 'string' },
      operator: { type: 'string' },
      'wait-seconds': { type: 'string' },
      erasure: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  const command = positionals[0];
  if (!command || values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig(TenantCliConfig, withSecretsFile());
  const admin = new TenantAdmin(roleUrl(config.ADMIN_DATABASE_URL, OWNER_ROLE, config.MO_DB_PASSWORD, config.DATABASE_NAME), {
    tenantSecretsKey: config.TENANT_SECRETS_KEY,
    credentialsKey: config.CREDENTIALS_KEY,
  });
  const platform = (): Platform => {
    const value = need('platform');
    if (!isPlatform(value)) throw new UsageError(`--platform takes ${PLATFORMS.join(', ')}`);
    return value;
  };
  const need = (name: keyof typeof values): string => {
    const value = values[name];
    if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required for ${command}`);
    return value;
  };
  const twilio = () =>
    values['sandbox-twilio']
      ? { ...newSandboxAccount(config.SANDBOX_SECRET), fromNumber: DEMO_SENDER }
      : values['twilio-sid']
        ? { accountSid: need('twilio-sid'), authToken: need('twilio-token'), fromNumber: need('twilio-from') }
        : undefined;
  try {
    const result = await run(command);
    process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${Object.entries(result).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join('\n')}\n`);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      process.exitCode = 64;
    } else {
      process.stderr.write(`tenant ${command} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  } finally {
    await admin.close();
  }

  async function run(name: string): Promise<Record<string, unknown>> {
    switch (name) {
      case 'create': {
        const orgId = await admin.createTenant({
          name: need('name'),
          timezone: need('timezone'),
          country: values.country,
          ...(values['hold-ttl-seconds'] ? { holdTtlSeconds: Number(values['hold-ttl-seconds']) } : {}),
        });
        const account = twilio();
        if (account) await admin.setTwilio(orgId, account);
        return { orgId, apiKey: await admin.createApiKey(orgId, 'created by tenant CLI') };
      }
      case 'add-key': {
        const apiKey = await admin.createApiKey(need('org'), values.label ?? '', values['expires-in'] ? seconds(values['expires-in']) : undefined);
        return { apiKey, keyId: parseApiKey(apiKey)!.keyId };
      }
      case 'revoke-key': {
        const given = need('key');
        const keyId = parseApiKey(given)?.keyId ?? given;
        if (!isUuid(keyId)) throw new UsageError('--key takes a key id (a UUID) or the API key itself');
        if (!(await admin.revokeApiKey(need('org'), keyId))) throw new Error(`no live key ${keyId} for this tenant`);
        return { revoked: keyId };
      }
      case 'add-resource': {
        const kind = values.kind ?? 'practitioner';
        if (kind !== 'practitioner' && kind !== 'room') throw new UsageError('--kind must be practitioner or room');
        return { resourceId: await admin.addResource(need('org'), { name: need('name'), kind }) };
      }
      case 'add-appointment-type':
        return {
          appointmentTypeId: await admin.addAppointmentType(need('org'), {
            name: need('name'),
            durationMinutes: Number(need('duration')),
            resourceIds: values.resource ?? [],
          }),
        };
      case 'set-hours': {
        const days = need('days').split(',').map((d) => DAYS.indexOf(d.trim().toLowerCase().slice(0, 3)) + 1);
        if (days.some((d) => d < 1)) throw new UsageError(`--days takes ${DAYS.join(',')}`);
        const hours: Hours[] = days.map((weekday) => ({ weekday, opens: need('opens'), closes: need('closes') }));
        const resource = values.resource?.[0];
        if (!resource) throw new UsageError('--resource is required for set-hours');
        await admin.setHours(need('org'), resource, hours);
        return { hours };
      }
      case 'add-closure':
        return {
          closureId: await admin.addClosure(need('org'), {
            ...(values.resource?.[0] ? { resourceId: values.resource[0] } : {}),
            from: new Date(need('from')),
            to: new Date(need('to')),
            ...(values.reason ? { reason: values.reason } : {}),
          }),
        };
      case 'set-twilio': {
        const account = twilio();
        if (!account) throw new UsageError('set-twilio needs --twilio-sid/--twilio-token/--twilio-from or --sandbox-twilio');
        await admin.setTwilio(need('org'), account);
        return { accountSid: account.accountSid, fromNumber: account.fromNumber };
      }
      case 'require-signatures':
        return { signingSecret: await admin.requireSignatures(need('org')) };
      case 'set-redaction': {
        const settings = {
          phones: values['allow-phone'] ?? [],
          emails: values['allow-email'] ?? [],
          addresses: values['allow-address'] ?? [],
          terms: values['allow-term'] ?? [],
          conditions: values.condition ?? [],
          medications: values.medication ?? [],
        };
        await admin.setRedactionPolicy(need('org'), settings);
        return settings;
      }
      case 'set-followup': {
        const settings = {
          ...(values['default-template'] ? { template: null } : values.template !== undefined ? { template: values.template } : {}),
          ...(values['quiet-start'] ? { quietStart: values['quiet-start'] } : {}),
          ...(values['quiet-end'] ? { quietEnd: values['quiet-end'] } : {}),
          ...(values['retention-days'] ? { retentionDays: Number(values['retention-days']) } : {}),
          ...(values['clinic-phone'] ? { clinicPhone: values['clinic-phone'] } : {}),
        };
        await admin.setFollowupSettings(need('org'), settings);
        return settings;
      }
      case 'connect-platform': {
        const orgId = need('org');
        const chosen = platform();
        const signingKey = chosen === 'retell' ? values['retell-api-key'] : values['webhook-secret'];
        const { connectionId, secret } = await admin.connectPlatform(orgId, chosen, signingKey ? { signingKey } : {});
        return { ...platformConnection({ platform: chosen, orgId, connectionId, secret, bookingUrl: config.PUBLIC_BOOKING_URL, redactionUrl: config.PUBLIC_REDACTION_URL }) };
      }
      case 'disconnect-platform': {
        const chosen = platform();
        return { platform: chosen, disconnected: await admin.disconnectPlatform(need('org'), chosen) };
      }
      case 'set-booking-policy': {
        const given = (flag: 'min-notice-hours' | 'horizon-days') => (values[flag] === undefined ? undefined : Number(values[flag]));
        const policy = {
          ...(given('min-notice-hours') !== undefined ? { minNoticeHours: given('min-notice-hours')! } : {}),
          ...(given('horizon-days') !== undefined ? { bookingHorizonDays: given('horizon-days')! } : {}),
        };
        await admin.setBookingPolicy(need('org'), policy);
        return policy;
      }
      case 'erase-caller': {
        const phone = need('phone');
        if (!/^\+[1-9]\d{6,14}$/.test(phone) || !isValidPhoneNumber(phone)) throw new UsageError('--phone must be an E.164 number, e.g. +13125550147');
        const waitSeconds = Number(values['wait-seconds'] ?? 60);
        if (!(Number.isInteger(waitSeconds) && waitSeconds >= 0 && waitSeconds <= 3600)) throw new UsageError('--wait-seconds takes 0 to 3600');
        const operator = values.operator ?? `${userInfo().username}@${hostname()}`;
        const result = await eraseCaller(admin, { orgId: need('org'), phone, operator, broker: { url: config.AMQP_URL, prefix: config.AMQP_PREFIX }, waitMs: waitSeconds * 1000 });
        if (result.kind === 'unknown_tenant') throw new Error(`no tenant ${values.org}`);
        if (!result.status.complete) {
          process.exitCode = 1;
          process.stderr.write(`not every app has done its part yet; see: npm run tenant -- erasure-status --org ${values.org} --erasure ${result.status.erasureId}\n`);
        } else if (result.status.deferred > 0) {
          process.stderr.write(`${result.status.deferred} rows belong to a call still in progress; run erase-caller again once it has ended\n`);
        }
        return { ...result.status };
      }
      case 'erasure-status': {
        const erasureId = need('erasure');
        if (!isUuid(erasureId)) throw new UsageError('--erasure takes the erasure id erase-caller printed');
        const status = await admin.erasureStatus(need('org'), erasureId);
        if (!status) throw new Error(`no erasure ${erasureId} for this tenant`);
        return { ...status };
      }
      case 'seed-demo':
        return { ...(await seedDemo(admin, config.SANDBOX_SECRET)) };
      default:
        throw new UsageError(`unknown command ${name}`);
    }
  }
});
