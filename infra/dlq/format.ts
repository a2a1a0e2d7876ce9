import { DeadLetter, Progress, QueueSummary, RunReport } from '@mo/dead-letters';

const counts = (group: Record<string, number>) =>
  Object.entries(group)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key} ${n}`)
    .join(', ') || '-';

export function formatSummaries(summaries: readonly QueueSummary[]): string {
  return summaries
    .map((s) =>
      s.count === 0
        ? `${s.app.padEnd(10)} empty`
        : [
            `${s.app.padEnd(10)} ${s.count} message${s.count === 1 ? '' : 's'}${s.truncated ? ' (groups cover the first ones read)' : ''}`,
            `  reason       ${counts(s.byReason)}`,
            `  type         ${counts(s.byType)}`,
            `  routing key  ${counts(s.byRoutingKey)}`,
            `  tenant       ${counts(s.byTenant)}`,
            `  age          ${counts(s.byAge)}`,
          ].join('\n'),
    )
    .join('\n');
}

export function formatLetter(letter: DeadLetter): string {
  const { envelope, body, ...headers } = letter;
  const fields = Object.entries(headers).map(([key, value]) => `${key.padEnd(15)} ${value ?? '-'}`);
  return [...fields, '', envelope ? JSON.stringify(envelope, null, 2) : body].join('\n');
}

export function formatReport(action: 'replay' | 'purge', report: RunReport): string {
  const verb = report.dryRun ? `would ${action}` : action === 'replay' ? 'replayed' : 'purged';
  const lines = [`${verb} ${report.ids.length} message${report.ids.length === 1 ? '' : 's'} (audit ${report.auditId})`];
  if (report.ids.length > 0) lines.push(...report.ids.map((id) => `  ${id}`));
  if (report.skipped.length > 0) lines.push(`skipped ${report.skipped.length} request(s), which are never replayed: ${report.skipped.join(', ')}`);
  if (report.error) lines.push(`stopped: ${report.error}`);
  return lines.join('\n');
}

/** A one-line bar on stderr, redrawn in place. */
export function progressBar(stream: NodeJS.WriteStream): (progress: Progress) => void {
  return ({ app, done, total }) => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    stream.write(`\r${app.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done >= total ? '\n' : ''}`);
  };
}
