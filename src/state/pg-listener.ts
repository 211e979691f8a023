/**
 * The PostgreSQL change feed: one dedicated connection LISTENs on the events channel, where every
 * transaction that appends an event NOTIFYs its id (delivered at commit, to every process, this one too).
 * When the connection drops it reconnects with a growing delay; as notifications sent meanwhile are lost,
 * listeners are then told the newest event id, and read what they missed with `eventsSince`.
 */
import pg from 'pg';
import type { Logger } from '../log.js';

/** The NOTIFY channel (one per database). */
export const EVENTS_CHANNEL = 'quotetrail_events';
const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 30_000;

/** Listens for appended events on a dedicated connection and tells the listeners. */
export class PgEventListener {
  private client: pg.Client | null = null;
  private readonly listeners = new Set<(eventId: number) => void>();
  private retryMs = FIRST_RETRY_MS;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly logger: Logger,
    /** The newest event id (0 when none), read after a reconnection. */
    private readonly newestEventId: () => Promise<number>,
    /** Masks the database password in a driver message. */
    private readonly scrub: (text: string) => string,
  ) {}

  /** Connects and listens; throws when the first connection fails. */
  async start(): Promise<void> {
    await this.connect();
  }

  add(listener: (eventId: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.config);
    client.on('notification', (message) => {
      const id = Number(message.payload);
      if (message.channel === EVENTS_CHANNEL && Number.isSafeInteger(id)) this.fire(id);
    });
    client.on('error', (error) => this.dropped(client, error));
    client.on('end', () => this.dropped(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
  }

  private dropped(client: pg.Client, error?: Error): void {
    if (client !== this.client || this.closed) return;
    this.client = null;
    this.logger.warn({ err: error ? this.describe(error) : 'connection ended' }, 'state event listener lost its connection: reconnecting');
    client.end().catch(() => undefined);
    this.reconnectLater();
  }

  private reconnectLater(): void {
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.reconnect();
    }, this.retryMs);
  }

  private async reconnect(): Promise<void> {
    try {
      await this.connect();
    } catch (error) {
      this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
      this.logger.warn({ err: this.describe(error), retryMs: this.retryMs }, 'state event listener could not reconnect');
      this.reconnectLater();
      return;
    }
    if (this.closed) return;
    this.logger.info('state event listener reconnected');
    try {
      const newest = await this.newestEventId();
      if (newest > 0) this.fire(newest);
    } catch (error) {
      this.logger.warn({ err: this.describe(error) }, 'state event listener could not read the newest event after reconnecting');
    }
  }

  private describe(error: unknown): string {
    return this.scrub(error instanceof Error ? error.message : String(error));
  }

  private fire(eventId: number): void {
    for (const listener of this.listeners) {
      try {
        listener(eventId);
      } catch (error) {
        this.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'state event listener failed');
      }
    }
  }

  /** Stops listening and closes the connection. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.listeners.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
