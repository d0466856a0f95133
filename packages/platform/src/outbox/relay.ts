import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { schemaOf } from '../db/data-source.js';
import type { Logger } from 'pino';
import type { CloudEvent } from '../events/index.js';
import { messagingMetrics } from '../telemetry/metrics.js';
import type { EventTransport, OutboundMessage } from '../messaging/types.js';

export interface RelayOptions {
  dataSource: DataSource;
  transport: EventTransport;
  logger: Logger;
  /** Used for the dedicated LISTEN connection (a pooled one would lose the subscription). */
  databaseUrl: string;
  /** Label of the relay's metrics; the schema name when not given. */
  service?: string;
  batchSize?: number;
  pollIntervalMs?: number;
  /** How long a claimed batch is ours; after that another relay may take it over. */
  leaseMs?: number;
  /**
   * Batches in flight at once. While one batch waits for its confirms (a quorum queue confirms
   * after its log is on disk) the next can already be claimed and sent; claims never overlap.
   */
  concurrency?: number;
}

interface ClaimedRow {
  id: string;
  seq: string;
  routing_key: string;
  envelope: CloudEvent;
}

/**
 * Publishes outbox rows. Rows are claimed with a lease (FOR UPDATE SKIP LOCKED, then a claim
 * token), so several replicas share the work without holding a transaction across the broker round
 * trip, and a row is marked published only by the claim that saw its confirm. A status flag, never
 * a cursor on the sequence: a cursor skips rows whose transaction commits late with a lower
 * sequence number.
 */
export class OutboxRelay {
  private readonly schema: string;
  private readonly service: string;
  private listener?: pg.Client;
  private timer?: NodeJS.Timeout;
  private readonly cycles = new Set<Promise<void>>();
  private again = false;
  private stopped = false;

  constructor(private readonly options: RelayOptions) {
    this.schema = schemaOf(options.dataSource);
    this.service = options.service ?? this.schema;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
    this.timer = setInterval(() => this.wake(), this.options.pollIntervalMs ?? 1000);
    this.timer.unref();
    this.wake();
  }

  /**
   * Asks for a drain; wake-ups that arrive while every slot is busy are coalesced into one more.
   */
  wake(): void {
    if (this.stopped) return;
    if (this.cycles.size >= (this.options.concurrency ?? 2)) {
      this.again = true;
      return;
    }
    const cycle: Promise<void> = this.drain()
      .then(() => undefined)
      .catch((error: Error) =>
        this.options.logger.warn({ reason: error.message }, 'outbox relay cycle failed'),
      )
      .finally(() => {
        this.cycles.delete(cycle);
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
    this.cycles.add(cycle);
  }

  /** Publishes until nothing is claimable; returns how many rows were confirmed. */
  async drain(): Promise<number> {
    let confirmed = 0;
    for (;;) {
      const { rows, token } = await this.claim();
      if (rows.length === 0 || this.stopped) return confirmed;
      confirmed += await this.publish(rows, token);
      if (rows.length < (this.options.batchSize ?? 200)) return confirmed;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await Promise.all([...this.cycles]);
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  private async claim(): Promise<{ rows: ClaimedRow[]; token: string }> {
    const token = randomUUID();
    const [rows] = await this.options.dataSource.query(
      `UPDATE outbox SET claim_token = $1, claimed_until = now() + ($2 || ' milliseconds')::interval
       WHERE id IN (SELECT id FROM outbox
                    WHERE published_at IS NULL AND available_at <= now() AND (claimed_until IS
                      NULL OR claimed_until < now())
                    ORDER BY seq LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, seq, routing_key, envelope`,
      [token, String(this.options.leaseMs ?? 30_000), this.options.batchSize ?? 200],
    );
    const claimed = (rows as ClaimedRow[]).sort((a, b) => Number(BigInt(a.seq) - BigInt(b.seq)));
    return { rows: claimed, token };
  }

  private async publish(rows: ClaimedRow[], token: string): Promise<number> {
    const messages: OutboundMessage[] = rows.map((row) => ({
      id: row.id,
      routingKey: row.routing_key,
      envelope: row.envelope,
    }));
    const outcomes = await this.options.transport.publish(messages);
    const ok = outcomes.filter((o) => o.ok).map((o) => o.id);
    const failed = outcomes.filter((o): o is { id: string; ok: false; reason: string } => !o.ok);
    if (ok.length) {
      await this.options.dataSource.query(
        'UPDATE outbox SET published_at = now(), claim_token = NULL, ' +
          'claimed_until = NULL WHERE id = ANY($1) AND claim_token = $2',
        [ok, token],
      );
      messagingMetrics.published.add(ok.length, { service: this.service });
    }
    for (const failure of failed) {
      // Back off per row (1 s doubling to 1 min) so a broken route does not spin the relay.
      await this.options.dataSource.query(
        `UPDATE outbox SET attempts = attempts + 1, last_error = $3, claim_token = NULL,
          claimed_until = NULL,
           available_at = now() + least(power(2, attempts), 60) * interval '1 second'
         WHERE id = $1 AND claim_token = $2`,
        [failure.id, token, failure.reason],
      );
      this.options.logger.warn(
        { eventId: failure.id, reason: failure.reason },
        'event not published; will retry',
      );
    }
    if (failed.length)
      messagingMetrics.publishFailures.add(failed.length, { service: this.service });
    return ok.length;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.databaseUrl,
      application_name: `${this.schema}-outbox-listener`,
    });
    client.on('notification', () => this.wake());
    client.on('error', (error: Error) => {
      if (this.stopped) return;
      // LISTEN is only a shortcut; the poll keeps working while we reconnect.
      this.options.logger.warn(
        { reason: error.message },
        'outbox listener lost; polling until it is back',
      );
      this.listener = undefined;
      setTimeout(() => !this.stopped && this.listen().catch(() => undefined), 5000).unref();
    });
    await client.connect();
    await client.query(`LISTEN "outbox_${this.schema}"`);
    this.listener = client;
  }
}
