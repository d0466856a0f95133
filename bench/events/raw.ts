import amqp from 'amqplib';
import { atRate, summarise, waitUntil, type RunStats } from './stats.js';

/**
 * The baseline: bare amqplib on the same broker, publish with confirms (pipelined) to a quorum
 * queue and consume with manual acks; no database anywhere.
 */
export async function rawRun(
  url: string,
  queue: string,
  count: number,
  ratePerSecond?: number,
): Promise<RunStats> {
  const connection = await amqp.connect(url);
  const publisher = await connection.createConfirmChannel();
  const consumer = await connection.createChannel();
  await publisher.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  await consumer.prefetch(200);
  const latencies: number[] = [];
  await consumer.consume(queue, (message) => {
    if (!message) return;
    latencies.push(Date.now() - Number(message.content.toString()));
    consumer.ack(message);
  });
  const started = Date.now();
  const publish = () =>
    new Promise<void>((resolve, reject) => {
      publisher.publish(
        '',
        queue,
        Buffer.from(String(Date.now())),
        { persistent: true, mandatory: true },
        (error) => (error ? reject(error) : resolve()),
      );
    });
  if (ratePerSecond) await atRate(count, ratePerSecond, publish);
  else await Promise.all(Array.from({ length: count }, publish));
  await waitUntil(() => latencies.length >= count, 120_000);
  const stats = summarise(latencies, (Date.now() - started) / 1000);
  await publisher.deleteQueue(queue);
  await connection.close();
  return stats;
}
