import { connect } from 'amqplib';
import { CommonConfig } from '@mo/config';
import { APPS } from '@mo/contracts';
import { deleteTopology } from '@mo/messaging';

/** Removes a benchmark's broker namespace: every app's queues and the exchanges under `prefix`. */
export async function deleteBenchQueues(prefix: string): Promise<void> {
  const connection = await connect(process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672');
  await deleteTopology(await connection.createChannel(), prefix, APPS, new CommonConfig().RETRY_DELAYS_MS);
  await connection.close();
}
