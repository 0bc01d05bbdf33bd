// The one small query interface every server module uses, whatever database is behind it.
// Must not leak driver types: adapters (pglite.ts, postgres.ts) turn their results into plain rows.

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Store extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** False for PGlite: a commit survives a process kill but not a host crash (it never calls fsync). */
  readonly durable: boolean;
  /** Runs fn in one transaction; a throw rolls everything back. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations). */
  exec(sql: string): Promise<void>;
  /** Tells every server instance on this database that something was committed (NOTIFY on PostgreSQL). */
  notify(channel: string): Promise<void>;
  /** Hears notify() from any instance; PGlite is single-process, so only its own. Returns the way to stop. */
  listen(channel: string, onNotice: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
