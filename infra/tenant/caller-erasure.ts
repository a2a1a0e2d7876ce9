import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { APPS } from '@mo/contracts';
import { DeadLetterAudit, DeadLetterBroker, DeadLetterOps } from '@mo/dead-letters';
import type { ErasureStatus } from '@mo/privacy';
import type { TenantAdmin } from './tenant-admin';

export interface EraseCallerOptions {
  orgId: string;
  phone: string;
  operator: string;
  broker: { url: string; prefix: string };
  /** How long to wait for every app's part; 0 returns as soon as it is requested. */
  waitMs: number;
}

export type EraseCallerResult = { kind: 'unknown_tenant' } | { kind: 'requested'; status: ErasureStatus };

/**
 * `npm run tenant -- erase-caller`: the request and booking's command commit together; the dead
 * letters that name the phone are dropped (audited); then every app's part is awaited. The apps do
 * the work, so they must be running; a rerun is harmless and erases what a live call had deferred.
 */
export async function eraseCaller(admin: TenantAdmin, options: EraseCallerOptions): Promise<EraseCallerResult> {
  const erasureId = randomUUID();
  const known = await admin.requestErasure(options.orgId, { erasureId, messageId: randomUUID(), phone: options.phone, operator: options.operator });
  if (!known) return { kind: 'unknown_tenant' };
  const broker = await DeadLetterBroker.open({ ...options.broker, apps: APPS });
  try {
    const ops = new DeadLetterOps(broker, new DeadLetterAudit(admin.operatorSql), () => new Date(), randomUUID);
    const report = await ops.erase(options.orgId, options.phone, { operator: options.operator, via: 'cli' });
    await admin.deadLettersErased(options.orgId, erasureId, report.ids.length);
  } finally {
    await broker.close();
  }
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    const status = (await admin.erasureStatus(options.orgId, erasureId))!;
    if (status.complete || Date.now() >= deadline) return { kind: 'requested', status };
    await sleep(250);
  }
}
