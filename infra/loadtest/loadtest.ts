import { Pool } from 'pg';
import { TenantAdmin } from '@infra/tenant';
import { textsDrained, verify, Check } from './checks';
import { prepareClinic } from './clinic';
import { LoadScenarios, LoadTarget, Progress, runScenarios } from './scenarios';
import { ScenarioResult } from './stats';

export interface LoadOptions {
  concurrency: number;
  perScenario: number;
  progress: Progress;
}

export interface LoadReport {
  startedAt: string;
  target: LoadTarget;
  orgId: string;
  concurrency: number;
  perScenario: number;
  scenarios: ScenarioResult[];
  checks: Check[];
  passed: boolean;
}

/** Sets up its own clinic, drives the five scenarios, ends every call, then checks the invariants in the database. */
export async function runLoadtest(target: LoadTarget, admin: TenantAdmin, ownerPool: Pool, sandboxSecret: string, options: LoadOptions): Promise<LoadReport> {
  const startedAt = new Date().toISOString();
  const clinic = await prepareClinic(admin, sandboxSecret);
  const scenarios = new LoadScenarios(target, clinic);
  const results = await runScenarios(scenarios, options.perScenario, options.concurrency, options.progress, () => textsDrained(ownerPool, clinic.orgId));
  await scenarios.endCalls(options.concurrency);
  const checks = await verify(ownerPool, clinic.orgId, results, scenarios.ledger);
  return {
    startedAt,
    target,
    orgId: clinic.orgId,
    concurrency: options.concurrency,
    perScenario: options.perScenario,
    scenarios: results,
    checks,
    passed: checks.every((c) => c.ok),
  };
}
