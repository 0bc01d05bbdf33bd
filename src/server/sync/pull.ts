// Pull (SYN-3, ARCHITECTURE §4): the changes since a cursor that this actor may see. Cursor 0, or a cursor from
// another database, starts a full snapshot (reset) paged table by table; after it, changes come from the change
// log. A row that left the actor's scope arrives as a delete. Must not write.
import type { Actor } from '../../domain/access/roles';
import { can } from '../../domain/access/roles';
import { canSeeCallers, canSeeDevices } from '../../domain/access/scope';
import { type SyncTable, syncTables } from '../../protocol/rows';
import { raise } from '../http/problem-error';
import type { Queryable, Row } from '../store/store';
import { coversActor } from './covers';
import { visibleCondition } from './visibility';
import { rowToWire, wireIdOf } from './wire-rows';

export const PULL_PAGE_ROWS = 5000;
const tables = Object.keys(syncTables) as SyncTable[];
const keyExpr: Partial<Record<SyncTable, string>> = {
  service_prices: `t.category_id || ':' || t.mode`,
  callers: 't.phone',
  devices: 't.account',
};

export interface Change {
  table: SyncTable;
  id: string;
  op: 'put' | 'delete';
  row?: Record<string, unknown>;
}

export interface PullResult {
  cursor: number;
  changes: Change[];
  reset?: true;
  more: boolean;
  page?: string;
}

interface SnapshotPage {
  s: number; // change-log seq the snapshot stands at
  t: number; // table index
  k: string; // last key sent in that table
}

const params = (actor: Actor) => [actor.userId, [...actor.communityIds], actor.companyId];

export async function pull(q: Queryable, actor: Actor, cursor: number, page?: string): Promise<PullResult> {
  // A later snapshot page carries its own seq; only a new pull needs the log's head.
  if (page) return snapshotPage(q, actor, decodePage(page));
  const [head] = await q.query<{ max: number }>('select coalesce(max(seq), 0)::int8 as max from change_log');
  const max = head?.max ?? 0;
  if (cursor === 0 || cursor > max) return { ...(await snapshotPage(q, actor, { s: max, t: 0, k: '' })), reset: true };
  return changesSince(q, actor, cursor);
}

async function snapshotPage(q: Queryable, actor: Actor, at: SnapshotPage): Promise<PullResult> {
  const changes: Change[] = [];
  let { t, k } = at;
  while (t < tables.length && changes.length < PULL_PAGE_ROWS) {
    const table = tables[t]!;
    const key = keyExpr[table] ?? 't.id';
    const rows = await q.query<Row & { wire_key: string }>(
      // The one-row join types the scope parameters even when this table's condition does not use them.
      `select t.*, ${key} as wire_key
         from ${table} t, (select $1::text as uid, $2::text[] as cids, $3::text as cid) scope
        where (${visibleCondition(table, actor).where}) and ${key} > $4::text
        order by ${key} limit $5`,
      [...params(actor), k, PULL_PAGE_ROWS - changes.length],
    );
    for (const row of rows) {
      const { wire_key: _k, ...plain } = row;
      changes.push({ table, id: wireIdOf(table, plain), op: 'put', row: rowToWire(table, plain, actor) });
    }
    if (rows.length && changes.length >= PULL_PAGE_ROWS) {
      k = rows[rows.length - 1]!.wire_key;
      break;
    }
    t++;
    k = '';
  }
  const more = t < tables.length;
  return { cursor: at.s, changes, more, ...(more ? { page: encodePage({ s: at.s, t, k }) } : {}) };
}

interface LogEntry {
  seq: number;
  tbl: SyncTable;
  row_id: string;
  op: 'put' | 'delete';
  community_id: string | null;
  company_id: string | null;
  user_ids: string[];
  public: boolean;
}

function tableAllowed(table: SyncTable, actor: Actor): boolean {
  if (table === 'callers') return canSeeCallers(actor);
  if (table === 'devices' || table === 'technical_alarms') return canSeeDevices(actor);
  if (table === 'residents' || table === 'resident_contacts')
    return can(actor, 'registry.read') || actor.role === 'field_worker';
  return true;
}

/** Company entries are public to registry readers only (as in visibility.ts); others get their own company. */
function publicTo(actor: Actor, e: LogEntry): LogEntry {
  return e.public && e.tbl === 'companies' && !can(actor, 'registry.read') ? { ...e, public: false } : e;
}

async function changesSince(q: Queryable, actor: Actor, cursor: number): Promise<PullResult> {
  const entries = await q.query<LogEntry & { prev_community_id: string | null; prev_company_id: string | null }>(
    `select seq, tbl, row_id, op, community_id, company_id, user_ids, public, prev_community_id, prev_company_id
       from change_log where seq > $1 order by seq limit $2`,
    [cursor, PULL_PAGE_ROWS],
  );
  const latest = new Map<string, { entry: LogEntry; op: 'put' | 'delete' }>();
  for (const e of entries) {
    if (!Object.hasOwn(syncTables, e.tbl) || !tableAllowed(e.tbl, actor)) continue;
    const scoped = publicTo(actor, e);
    const now = coversActor(actor, scoped);
    const before = coversActor(actor, {
      ...scoped,
      community_id: e.prev_community_id,
      company_id: e.prev_company_id,
      user_ids: [],
    });
    if (!now && !before) continue;
    latest.set(`${e.tbl}\u0000${e.row_id}`, { entry: e, op: now && e.op === 'put' ? 'put' : 'delete' });
  }
  const changes = await loadRows(q, actor, [...latest.values()]);
  const last = entries.at(-1)?.seq ?? cursor;
  return { cursor: last, changes, more: entries.length === PULL_PAGE_ROWS };
}

async function loadRows(
  q: Queryable,
  actor: Actor,
  items: { entry: LogEntry; op: 'put' | 'delete' }[],
): Promise<Change[]> {
  const byTable = new Map<SyncTable, string[]>();
  for (const { entry, op } of items) {
    if (op !== 'put') continue;
    const ids = byTable.get(entry.tbl) ?? [];
    ids.push(entry.row_id);
    byTable.set(entry.tbl, ids);
  }
  const rows = new Map<string, Row>();
  for (const [table, ids] of byTable) {
    const key = keyExpr[table] ?? 't.id';
    for (const row of await q.query(`select t.* from ${table} t where ${key} = any($1)`, [ids])) {
      rows.set(`${table}\u0000${wireIdOf(table, row)}`, row);
    }
  }
  return items
    .sort((a, b) => a.entry.seq - b.entry.seq)
    .map(({ entry, op }): Change => {
      const row = op === 'put' ? rows.get(`${entry.tbl}\u0000${entry.row_id}`) : undefined;
      if (!row) return { table: entry.tbl, id: entry.row_id, op: 'delete' };
      return { table: entry.tbl, id: entry.row_id, op: 'put', row: rowToWire(entry.tbl, row, actor) };
    });
}

function encodePage(p: SnapshotPage): string {
  return Buffer.from(JSON.stringify(p)).toString('base64url');
}

function decodePage(token: string): SnapshotPage {
  try {
    const p = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as SnapshotPage;
    if (Number.isInteger(p.s) && Number.isInteger(p.t) && typeof p.k === 'string') return p;
  } catch {
    // fall through to the refusal below
  }
  return raise('field.invalid', 'page', { detail: 'not a page token from this server' });
}
