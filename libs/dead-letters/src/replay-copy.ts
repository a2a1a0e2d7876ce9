import type { GetMessage, Options } from 'amqplib';
import { Headers } from '@mo/messaging';
import { DeadLetter } from './dead-letter';

const FAILURE_HEADERS: readonly string[] = [
  Headers.attempts,
  Headers.firstFailureAt,
  Headers.lastFailureAt,
  Headers.error,
  Headers.errorClass,
  Headers.reason,
  Headers.consumer,
  Headers.originalRoutingKey,
];

/**
 * The message a replay publishes: a new messageId, `x-replayed-from` naming the first dead-lettered
 * id (which the consumer's inbox keys on, so a second replay cannot apply twice), and no failure
 * history, so it gets every retry again. Pure.
 */
export function replayCopy(letter: DeadLetter, message: Pick<GetMessage, 'content' | 'properties'>, newId: string, at: Date, operator: string): { content: Buffer; options: Options.Publish & { messageId: string } } {
  const headers = Object.fromEntries(Object.entries(message.properties.headers ?? {}).filter(([key]) => !FAILURE_HEADERS.includes(key)));
  const content = letter.envelope && typeof letter.envelope.messageId === 'string' ? Buffer.from(JSON.stringify({ ...letter.envelope, messageId: newId })) : message.content;
  return {
    content,
    options: {
      persistent: true,
      contentType: message.properties.contentType ?? 'application/json',
      messageId: newId,
      correlationId: message.properties.correlationId,
      type: message.properties.type,
      appId: message.properties.appId,
      timestamp: message.properties.timestamp,
      headers: { ...headers, [Headers.replayedFrom]: letter.replayedFrom ?? letter.id, 'x-mo-replayed-at': at.toISOString(), 'x-mo-replayed-by': operator },
    },
  };
}
