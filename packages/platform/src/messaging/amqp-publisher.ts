import { once } from 'node:events';
import type { ConfirmChannel, Options } from 'amqplib';

export type ConfirmResult = { ok: true } | { ok: false; reason: string };

interface Pending {
  resolve: (result: ConfirmResult) => void;
  timer: NodeJS.Timeout;
}

/**
 * Publishes on one confirm channel with `mandatory`, so that a message no queue accepts is reported
 * as a failure (the broker confirms unroutable messages too; only the preceding basic.return
 * tells).
 */
export class ConfirmingPublisher {
  private readonly pending = new Map<number, Pending>();
  /** Message ids the broker returned as unroutable, awaiting their confirm. */
  private readonly returned = new Map<string, number>();
  private sequence = 0;
  private closed = false;

  constructor(
    private readonly channel: ConfirmChannel,
    private readonly confirmTimeoutMs: number,
  ) {
    channel.on('return', (message) => {
      const id = message.properties.messageId;
      if (typeof id === 'string') this.returned.set(id, (this.returned.get(id) ?? 0) + 1);
    });
    channel.on('close', () => this.failAll('canale chiuso prima della conferma'));
    channel.on('error', () => undefined);
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Resolves once the broker confirmed (or refused) the message; never rejects. */
  async publish(
    exchange: string,
    routingKey: string,
    content: Buffer,
    options: Options.Publish & { messageId: string },
  ): Promise<ConfirmResult> {
    if (this.closed) return { ok: false, reason: 'canale chiuso' };
    const messageId = options.messageId;
    const id = ++this.sequence;
    const result = new Promise<ConfirmResult>((resolve) => {
      const timer = setTimeout(
        () => this.settle(id, { ok: false, reason: 'conferma del broker non ricevuta in tempo' }),
        this.confirmTimeoutMs,
      );
      this.pending.set(id, { resolve, timer });
    });
    try {
      const writable = this.channel.publish(
        exchange,
        routingKey,
        content,
        { ...options, mandatory: true },
        (error) => {
          if (error) this.settle(id, { ok: false, reason: 'rifiutato dal broker (nack)' });
          else if (this.takeReturned(messageId))
            this.settle(id, {
              ok: false,
              reason: `nessuna coda per ${routingKey} (messaggio non instradabile)`,
            });
          else this.settle(id, { ok: true });
        },
      );
      // Honour back-pressure: publish() is a stream write; wait for drain, or for the channel to
      // die.
      if (!writable) await Promise.race([once(this.channel, 'drain'), once(this.channel, 'close')]);
    } catch (error) {
      this.settle(id, {
        ok: false,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    return result;
  }

  async close(): Promise<void> {
    this.failAll('canale chiuso');
    await this.channel.close().catch(() => undefined);
  }

  private takeReturned(messageId: string): boolean {
    const count = this.returned.get(messageId);
    if (!count) return false;
    if (count === 1) this.returned.delete(messageId);
    else this.returned.set(messageId, count - 1);
    return true;
  }

  private settle(id: number, result: ConfirmResult): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(id);
    entry.resolve(result);
  }

  // amqplib never calls a confirm callback once the channel is gone: fail them ourselves.
  private failAll(reason: string): void {
    this.closed = true;
    for (const id of [...this.pending.keys()]) this.settle(id, { ok: false, reason });
    this.returned.clear();
  }
}
