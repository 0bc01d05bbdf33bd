// PostgreSQL adapter through node-postgres, for production and for several server instances on one database.
// Must not change global pg type parsers: parsing is set per pool so other pg users in the process are untouched.
import pg from 'pg';
import type { Queryable, Row, Store } from './store';

const DATE_OID = 1082;
const INT8_OID = 20;

const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return (v: string) => v;
    if (oid === INT8_OID) return (v: string) => Number(v);
    // biome-ignore lint/suspicious/noExplicitAny: pg's own typing of getTypeParser is overloaded.
    return pg.types.getTypeParser(oid, format as any);
  },
};

export interface PostgresOptions {
  connectionString: string;
  /** A schema to use instead of public (tests isolate themselves this way). */
  schema?: string;
  max?: number;
}

export async function createPostgresStore(options: PostgresOptions): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    types: typeParsers,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  pool.on('error', (err) => console.error('[store] idle PostgreSQL client error:', err.message));
  if (options.schema) await pool.query(`create schema if not exists ${quoteIdent(options.schema)}`);
  const asQueryable = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T = Row>(sql: string, params: readonly unknown[] = []) {
      const res = await q.query(sql, params as unknown[]);
      return res.rows as T[];
    },
  });
  return {
    kind: 'postgres',
    durable: true,
    ...asQueryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      // A connection lost mid-transaction (server restart, terminated backend) must fail this transaction, not
      // crash the process with an unhandled 'error' event; the broken client is then destroyed, not pooled.
      let broken: Error | undefined;
      const onError = (err: Error) => {
        broken = err;
      };
      client.on('error', onError);
      try {
        await client.query('begin');
        const result = await fn(asQueryable(client));
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    notify: async (channel) => {
      await pool.query('select pg_notify($1, $2)', [channelName(options.schema, channel), '']);
    },
    async listen(channel, onNotice) {
      // LISTEN needs a connection of its own for as long as it listens; the pool's are lent out per query.
      const client = new pg.Client({ connectionString: options.connectionString });
      await client.connect();
      const name = channelName(options.schema, channel);
      client.on('notification', (n) => {
        if (n.channel === name) onNotice();
      });
      client.on('error', (err) => console.error('[store] LISTEN connection error:', err.message));
      await client.query(`listen ${quoteIdent(name)}`);
      return async () => {
        await client.end().catch(() => undefined);
      };
    },
    close: () => pool.end(),
  };
}

/** Channels are per schema, so two sites (or test runs) on one database do not hear each other. */
function channelName(schema: string | undefined, channel: string): string {
  return `${schema ?? 'public'}_${channel}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe identifier: ${name}`);
  return `"${name}"`;
}
