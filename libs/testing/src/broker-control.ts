import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Force-closes, on the broker side, every connection whose name starts with `namePrefix`, as
 * `rabbitmqctl close_all_connections` would but without touching other test files' connections.
 * Returns how many it closed.
 */
export async function closeBrokerConnections(namePrefix: string): Promise<number> {
  const rabbitmqctl = process.env.MO_TEST_RABBITMQCTL ?? 'rabbitmqctl';
  const { stdout } = await run(rabbitmqctl, ['list_connections', 'pid', 'client_properties', '-q', '--no-table-headers']);
  const pids = stdout
    .split('\n')
    .filter((line) => line.includes(`{"connection_name","${namePrefix}`))
    .map((line) => line.split('\t')[0]!);
  for (const pid of pids) await run(rabbitmqctl, ['close_connection', pid, 'closed by test', '-q']);
  return pids.length;
}
