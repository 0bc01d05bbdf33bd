// Turns store rows into wire rows (ARCHITECTURE §7): camelCase fields, ISO times, only the fields of the table's
// protocol schema, and no id-card number for anyone without resident.sensitive (SEC-2).
import { type Actor, can } from '../../domain/access/roles';
import { type SyncTable, syncTables } from '../../protocol/rows';
import type { Row } from '../store/store';

const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

export function rowToWire(table: SyncTable, row: Row, actor: Actor): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[camel(key)] = value instanceof Date ? value.toISOString() : value;
  if (table === 'residents' && !can(actor, 'resident.sensitive')) out.idCard = '';
  // A device's key never leaves the server: consoles learn only whether it has one.
  if (table === 'devices') out.encrypted = row.key_hex != null;
  return syncTables[table].parse(out) as Record<string, unknown>;
}

/** The wire id of a row: tables keyed by something other than id say so here. */
export function wireIdOf(table: SyncTable, row: Row): string {
  if (table === 'service_prices') return `${row.category_id}:${row.mode}`;
  if (table === 'callers') return String(row.phone);
  if (table === 'devices') return String(row.account);
  return String(row.id);
}
