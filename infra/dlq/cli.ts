import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { loadConfig, runMain, withSecretsFile } from '@mo/config';
import { APPS } from '@mo/contracts';
import { DeadLetterAudit, DeadLetterBroker, DeadLetterFilter, DeadLetterOps, OperationRefused } from '@mo/dead-letters';
import { OWNER_ROLE, roleUrl } from '@infra/db';
import { DlqCliConfig } from './dlq.config';
import { formatLetter, formatReport, formatSummaries, progressBar } from './format';

const USAGE = `npm run dlq -- <command> [options] [--json]

  list                       every app's dead-letter queue, grouped by reason, type, routing key, tenant, age
  show <id> [--reveal]       one message: failure headers and payload (PII and names masked; --reveal is audited)
  replay <id>… | <filter> | --all [--dry-run] [--rate <per second>]
                             republish to the app's own queue with a new id (x-replayed-from); audited
  purge <id>… | <filter> | --all --yes
                             delete for good; audited

  filters: --app <name> (repeatable) --type <Type> --reason <reason> --org <tenant id>
           --since <instant> --until <instant> (last failure)
  --operator <name>          who to record in the audit trail (default: user@host)`;

class UsageError extends Error {}

void runMain(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      app: { type: 'string', multiple: true },
      type: { type: 'string' },
      reason: { type: 'string' },
      org: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      all: { type: 'boolean' },
      reveal: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      rate: { type: 'string' },
      yes: { type: 'boolean' },
      operator: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  const [command, ...ids] = positionals;
  if (!command || values.help) return void process.stdout.write(`${USAGE}\n`);
  const config = loadConfig(DlqCliConfig, withSecretsFile());
  const pool = new Pool({ connectionString: roleUrl(config.ADMIN_DATABASE_URL, OWNER_ROLE, config.MO_DB_PASSWORD, config.DATABASE_NAME), max: 1 });
  const broker = await DeadLetterBroker.open({ url: config.AMQP_URL, prefix: config.AMQP_PREFIX, apps: APPS });
  const ops = new DeadLetterOps(broker, new DeadLetterAudit((sql, params) => pool.query(sql, params)), () => new Date(), randomUUID);
  const print = (value: unknown, human: () => string): void => void process.stdout.write(`${values.json ? JSON.stringify(value) : human()}\n`);
  const actor = { operator: values.operator ?? `${userInfo().username}@${hostname()}`, via: 'cli' as const };
  const onProgress = !values.json && process.stderr.isTTY ? progressBar(process.stderr) : undefined;
  try {
    switch (command) {
      case 'list': {
        const summaries = await ops.list(filterFrom(values, []));
        return print(summaries, () => formatSummaries(summaries));
      }
      case 'show': {
        if (ids.length !== 1) throw new UsageError('show takes one message id');
        const letter = await ops.show(ids[0]!, values.reveal ? actor : undefined);
        if (!letter) {
          process.exitCode = 1;
          return void process.stderr.write(`no dead letter ${ids[0]}\n`);
        }
        return print(letter, () => formatLetter(letter));
      }
      case 'replay': {
        const rate = values.rate === undefined ? undefined : Number(values.rate);
        if (rate !== undefined && !(Number.isInteger(rate) && rate > 0)) throw new UsageError('--rate must be a whole number of messages per second');
        const report = await ops.replay(filterFrom(values, ids), actor, { dryRun: values['dry-run'] ?? false, ...(rate ? { rate } : {}), ...(onProgress ? { onProgress } : {}) });
        if (report.outcome === 'stopped') process.exitCode = 1;
        return print(report, () => formatReport('replay', report));
      }
      case 'purge': {
        const report = await ops.purge(filterFrom(values, ids), actor, values.yes ?? false, onProgress ? { onProgress } : {});
        return print(report, () => formatReport('purge', report));
      }
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof OperationRefused)) throw error;
    process.stderr.write(`${error.message}\n${error instanceof UsageError ? `\n${USAGE}\n` : ''}`);
    process.exitCode = 64;
  } finally {
    await broker.close();
    await pool.end();
  }
});

function filterFrom(values: Record<string, unknown>, ids: string[]): DeadLetterFilter & { all?: boolean } {
  const instant = (name: string): Date | undefined => {
    const value = values[name];
    if (typeof value !== 'string') return undefined;
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) throw new UsageError(`--${name} must be an instant, e.g. 2026-11-25T10:00:00Z`);
    return at;
  };
  const apps = (values.app as string[] | undefined) ?? [];
  const unknown = apps.find((a) => !(APPS as readonly string[]).includes(a));
  if (unknown) throw new UsageError(`--app must be one of ${APPS.join(', ')} (got ${unknown})`);
  const since = instant('since');
  const until = instant('until');
  return {
    ...(ids.length ? { ids } : {}),
    ...(apps.length ? { apps } : {}),
    ...(typeof values.type === 'string' ? { type: values.type } : {}),
    ...(typeof values.reason === 'string' ? { reason: values.reason } : {}),
    ...(typeof values.org === 'string' ? { orgId: values.org } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(values.all ? { all: true } : {}),
  };
}
