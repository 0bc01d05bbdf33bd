// The device's database (SYN-1, SEC-2): pulled rows per sync table, the outbox of mutations not yet accepted by
// the server, and small facts (cursor, duty). One database per signed-in user; logout deletes it. No React here.
import Dexie, { type Table } from 'dexie';
import type { ProblemBody } from '../protocol/problem';
import { type SyncTable, syncTableNames as wireTableNames } from '../protocol/sync-table-names';

/** A pulled row as kept on the device: the wire row plus its wire id; `_mutationId` marks an optimistic row. */
export interface LocalRow {
  _id: string;
  _mutationId?: string;
  [field: string]: unknown;
}

export interface OutboxEntry {
  seq?: number;
  id: string;
  name: string;
  args: unknown;
  at: string;
  status: 'pending' | 'rejected';
  problem?: ProblemBody;
  /** What to restore on the device if the server refuses the mutation. */
  undo?: { kind: 'meta'; key: string; value: unknown } | { kind: 'rows'; rows: RowUndo[] } | { kind: 'none' };
}

/** A row as it was before an optimistic change; null when the change created it. */
export interface RowUndo {
  table: string;
  id: string;
  row: LocalRow | null;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export type LocalDb = Dexie & {
  outbox: Table<OutboxEntry, number>;
  meta: Table<MetaEntry, string>;
} & { [T in SyncTable]: Table<LocalRow, string> };

// The sync tables of version 1, fixed: a table added later arrives in its own version below.
const v1Tables = [
  'districts',
  'streets',
  'communities',
  'service_categories',
  'service_prices',
  'companies',
  'volunteers',
  'residents',
  'resident_contacts',
  'callers',
  'orders',
  'order_notes',
  'alarms',
  'alarm_offers',
  'service_logs',
] as const;

// Version 1: every sync table keyed by its wire id; the outbox in push order; meta by key. Later versions add
// indexes for screens (e.g. orders by status) with upgrade functions, never by editing this one.
const schemaV1: Record<string, string> = {
  outbox: '++seq, &id, status',
  meta: 'key',
  ...Object.fromEntries(v1Tables.map((t) => [t, '_id, _mutationId'])),
};

export function openLocalDb(name: string): LocalDb {
  const db = new Dexie(name) as LocalDb;
  db.version(1).stores(schemaV1);
  // Version 2: the alarm timeline (ALM-8).
  db.version(2).stores({ alarm_events: '_id, _mutationId' });
  // Version 3: the order trail (ORD-3), and order lookups by assignee and by order for the phone's list (FLD-1).
  db.version(3).stores({
    order_events: '_id, _mutationId, orderId',
    order_notes: '_id, _mutationId, orderId',
    orders: '_id, _mutationId, assigneeUserId',
  });
  // Version 4: alarm devices and technical alarms on the console (ALM-9).
  db.version(4).stores({ devices: '_id, _mutationId', technical_alarms: '_id, _mutationId' });
  return db;
}

export function localDbName(userId: string): string {
  return `anxin-${userId}`;
}

export const syncTableNames: readonly SyncTable[] = wireTableNames;
