// Numbered SQL migrations (NNN_name.sql beside this file), applied in order, each in its own transaction, once.
// Must not edit an applied migration: add a new numbered file instead. Concurrent starts on PostgreSQL serialise
// on an advisory lock so two instances never apply the same migration.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from './store';

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_KEY = 4_711_2345; // any constant shared by every Anxin instance

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function listMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
}

/** Applies pending migrations; returns the names applied now. */
export async function migrate(store: Store, migrations = listMigrations()): Promise<string[]> {
  const applied: string[] = [];
  await store.transaction(async (tx) => {
    // The lock comes first: even "create table if not exists" races between two instances.
    if (store.kind === 'postgres') await tx.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key, name text not null, applied_at timestamptz not null default now())`);
    const done = new Set(
      (await tx.query<{ version: number }>('select version from schema_migrations')).map((r) => r.version),
    );
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await execIn(tx, m.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      applied.push(m.name);
    }
  });
  return applied;
}

// A parameterless multi-statement script runs fine through the simple query protocol of both drivers when sent
// with no params; pg sends a query without params as a simple query, PGlite's query() does not, so split here.
async function execIn(tx: { query: (sql: string) => Promise<unknown> }, sql: string): Promise<void> {
  for (const statement of splitSql(sql)) await tx.query(statement);
}

/** Splits a migration into statements on semicolons outside quotes and comments. */
export function splitSql(sql: string): string[] {
  const out: string[] = [];
  let current = '';
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end + 1;
      current += '\n';
      continue;
    }
    if (ch === "'") {
      const end = sql.indexOf("'", i + 1);
      const stop = end === -1 ? sql.length : end + 1;
      current += sql.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === ';') {
      if (current.trim()) out.push(current.trim());
      current = '';
      i++;
      continue;
    }
    current += ch;
    i++;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
