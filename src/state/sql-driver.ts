/**
 * What the SQL store is written against: an engine's driver (SQLite in `sqlite.ts`, PostgreSQL in
 * `postgres.ts`) and the context the store's parts share (reads, transactions, audit events). Every
 * statement is the same SQL text on both engines: `$1`-style parameters, `ON CONFLICT`, `RETURNING`.
 */
import { cleanText, type SqlValue } from './rows.js';
import type { AuditEvent, NewAuditEvent } from './types.js';

/** Runs one statement and returns its rows (none for a statement without RETURNING). */
export type Query = (sql: string, params?: readonly SqlValue[]) => Promise<Record<string, unknown>[]>;

/** What an engine supplies to the store. */
export interface SqlDriver {
  readonly engine: 'sqlite' | 'postgres';
  /** An SQL expression for "now" in milliseconds, on the clock every process of this database shares. */
  readonly clockSql: string;
  /** One statement on its own. */
  query: Query;
  /** `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (query: Query) => Promise<T>): Promise<T>;
  /** Inside the transaction, just before an event row is inserted. */
  beforeEvent(query: Query): Promise<void>;
  /** Inside the transaction, just after. */
  afterEvent(query: Query, eventId: number): Promise<void>;
  /** After the commit of a transaction that appended these events. */
  committed(eventIds: readonly number[]): void;
  onEvent(listener: (eventId: number) => void): () => void;
  close(): Promise<void>;
}

/** One open transaction. */
export interface Tx {
  query: Query;
  /** Ids of the events appended in this transaction, announced after the commit. */
  events: number[];
}

/** What the store's parts (articles, moderation…) are given. */
export interface SqlContext {
  /** A statement outside any transaction. */
  read: Query;
  /** `work` in one transaction. */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Appends an audit event inside `tx` (the change feed hears of it after the commit). */
  appendEvent(tx: Tx, event: NewAuditEvent): Promise<AuditEvent>;
}

export type Actor = { id: string; name: string };

/** A parameter as both engines store it (see `cleanText`). */
export function clean(value: SqlValue): SqlValue {
  return typeof value === 'string' ? cleanText(value) : value;
}

/** The current time, ISO 8601. */
export function now(): string {
  return new Date().toISOString();
}
