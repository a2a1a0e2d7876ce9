import { connect } from 'amqplib';

const APPS = ['booking', 'otp-sms', 'redaction', 'followup'];
const SUFFIXES = ['events', 'rpc', 'dlq', 'retry.1000ms', 'retry.10000ms', 'retry.60000ms'];

/** Removes a benchmark's broker namespace: every app's queues and the two exchanges under `prefix`. */
export async function deleteBenchQueues(prefix: string): Promise<void> {
  const connection = await connect(process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672');
  const channel = await connection.createChannel();
  for (const app of APPS) for (const suffix of SUFFIXES) await channel.deleteQueue(`${prefix}${app}.${suffix}`);
  await channel.deleteExchange(`${prefix}events`);
  await channel.deleteExchange(`${prefix}rpc`);
  await connection.close();
}
