import type { Channel } from 'amqplib';
import { Topology } from './topology';

/**
 * Deletes every queue and exchange that `apps` declare under `prefix`, named by Topology as they
 * were declared: how a test file or the bench leaves the broker as it found it.
 */
export async function deleteTopology(channel: Channel, prefix: string, apps: readonly string[], retryDelaysMs: readonly number[]): Promise<void> {
  for (const app of apps) {
    const topology = new Topology(prefix, app, retryDelaysMs);
    const retries = retryDelaysMs.map((_, i) => topology.retryQueue(i + 1));
    for (const queue of new Set([topology.eventsQueue, topology.rpcQueue, topology.retiredRpcQueue, topology.deadLetterQueue, ...retries])) await channel.deleteQueue(queue);
    await channel.deleteExchange(topology.requeueExchange);
  }
  const shared = new Topology(prefix, '', retryDelaysMs);
  await channel.deleteExchange(shared.eventsExchange);
  await channel.deleteExchange(shared.rpcExchange);
}
