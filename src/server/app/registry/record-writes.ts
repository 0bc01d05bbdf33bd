// Shared plumbing of registry writes (REG-1..4): who writes (mutation or import), column names, insert and a
// diff-only update. Must not decide registry rules (the per-entity modules and src/domain do) nor open transactions.
import { changedKeys } from '../../../domain/registry/record-diff';
import type { Queryable, Row } from '../../store/store';
import type { AuditContext } from '../audit';

/** Everything a registry write needs: the open transaction, the audit identity and where the write came from. */
export interface RegistryWriter {
  tx: Queryable;
  audit: AuditContext;
  now: Date;
  /** The pushed mutation's id; null for an import. */
  mutationId: string | null;
  /** Added to every audit entry's detail, e.g. { via: 'import', line: 7 }. */
  origin?: Record<string, unknown>;
}

export type SaveOutcome = 'created' | 'updated' | 'unchanged';

export interface SaveResult {
  id: string;
  outcome: SaveOutcome;
  /** Field names (camelCase) that changed; values are not listed, so audit rows carry no personal data. */
  fields: string[];
}

/** camelCase argument name → snake_case column: categoryIds → category_ids, is24h → is_24h. */
export const toColumn = (key: string) => key.replace(/([A-Z]|\d+)/g, '_$1').toLowerCase();
export const toField = (column: string) => column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** The day in Xianyang (UTC+8, no daylight saving) as YYYY-MM-DD. */
export function chinaDay(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Argument fields → column values, skipping undefined (not given) and the listed keys. */
export function columnsOf(args: Record<string, unknown>, skip: readonly string[] = ['id']): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(args)) {
    if (value !== undefined && !skip.includes(key)) out[toColumn(key)] = value;
  }
  return out;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Reads one row by its key column ('id' unless said), or null. Table names come from code, never from input. */
export async function loadRow(tx: Queryable, table: string, id: string, key = 'id'): Promise<Row | null> {
  const [row] = await tx.query(`select * from ${quote(table)} where ${quote(key)} = $1 for update`, [id]);
  return row ?? null;
}

export async function insertRecord(tx: Queryable, table: string, values: Row, now: Date, stamps = true): Promise<void> {
  const row: Row = stamps ? { ...values, created_at: now, updated_at: now } : values;
  const cols = Object.keys(row);
  await tx.query(
    `insert into ${quote(table)} (${cols.map(quote).join(', ')}) values (${cols.map((_c, i) => `$${i + 1}`).join(', ')})`,
    cols.map((c) => row[c]),
  );
}

/**
 * Writes only the columns whose value differs from `current`, bumping updated_at; returns the changed columns
 * (empty: nothing was written).
 */
export async function updateChanged(
  tx: Queryable,
  table: string,
  current: Row,
  values: Row,
  now: Date,
  key = 'id',
): Promise<string[]> {
  const changed = changedKeys(current, values);
  if (!changed.length) return [];
  const sets = changed.map((c, i) => `${quote(c)} = $${i + 2}`);
  await tx.query(
    `update ${quote(table)} set ${sets.join(', ')}, updated_at = $${changed.length + 2} where ${quote(key)} = $1`,
    [current[key], ...changed.map((c) => values[c]), now],
  );
  return changed;
}
