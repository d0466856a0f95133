/**
 * Queue names of one consuming service; the retry queues carry their delay so a new delay is a new
 * queue.
 */
export const queueNames = {
  main: (consumer: string) => consumer,
  deadLetter: (consumer: string) => `${consumer}.dlq`,
  retry: (consumer: string, delayMs: number) => `${consumer}.retry.${delayMs}ms`,
};

export type QueueType = 'quorum' | 'classic';

/**
 * The broker drops or dead-letters a message after this many redeliveries (a handler that crashes
 * the process never gets to count its attempts). 20 is RabbitMQ 4's own default for quorum queues.
 */
export const brokerDeliveryLimit = 20;

export function mainQueueArguments(consumer: string, type: QueueType): Record<string, unknown> {
  return {
    'x-queue-type': type,
    'x-dead-letter-exchange': '',
    'x-dead-letter-routing-key': queueNames.deadLetter(consumer),
    ...(type === 'quorum' ? { 'x-delivery-limit': brokerDeliveryLimit } : {}),
  };
}

/** A retry queue holds each message for its delay, then dead-letters it back to the main queue. */
export function retryQueueArguments(
  consumer: string,
  type: QueueType,
  delayMs: number,
): Record<string, unknown> {
  return {
    'x-queue-type': type,
    'x-message-ttl': delayMs,
    'x-dead-letter-exchange': '',
    'x-dead-letter-routing-key': queueNames.main(consumer),
  };
}
