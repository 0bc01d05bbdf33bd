// Technical alarms (ALM-9): a device that is unknown, silent, faulty or says something unclassified. One open row
// per device and kind (a repeat refreshes it), each change logged for consoles. Must not raise resident alarms.
import { randomUUID } from 'node:crypto';
import type { TechnicalAlarmKind } from '../../../protocol/devices';
import type { Queryable } from '../../store/store';
import { recordChange } from '../../sync/change-log';

export interface TechnicalAlarmTarget {
  account: string;
  residentId: string | null;
  communityId: string | null;
}

export interface TechnicalAlarmRecord {
  id: string;
  kind: TechnicalAlarmKind;
  device_account: string;
  resident_id: string | null;
  community_id: string | null;
  status: 'open' | 'acknowledged' | 'cleared';
}

async function logChange(q: Queryable, id: string, communityId: string | null, mutationId: string | null) {
  await recordChange(q, { tbl: 'technical_alarms', rowId: id, op: 'put', communityId, mutationId });
}

/** Opens the device's alarm of this kind, or refreshes the open one (its detail, and a repeat count). */
export async function openTechnicalAlarm(
  q: Queryable,
  kind: TechnicalAlarmKind,
  t: TechnicalAlarmTarget,
  detail: Record<string, unknown>,
  now: Date,
): Promise<{ id: string; created: boolean }> {
  const [row] = await q.query<{ id: string; created: boolean }>(
    `insert into technical_alarms (id, kind, device_account, resident_id, community_id, detail, raised_at, updated_at)
     values ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $7)
     on conflict (device_account, kind) where status <> 'cleared'
     do update set detail = excluded.detail || jsonb_build_object('repeats',
                     coalesce((technical_alarms.detail->>'repeats')::int, 0) + 1),
                   updated_at = excluded.updated_at
     returning id, (xmax = 0) as created`,
    [randomUUID(), kind, t.account, t.residentId, t.communityId, JSON.stringify(detail), now],
  );
  await logChange(q, row!.id, t.communityId, null);
  return { id: row!.id, created: Boolean(row!.created) };
}

/** Clears the device's open alarm of this kind (the device said it is fine again); false when none was open. */
export async function clearTechnicalAlarm(
  q: Queryable,
  kind: TechnicalAlarmKind,
  account: string,
  now: Date,
  detail: Record<string, unknown> = {},
): Promise<boolean> {
  const rows = await q.query<{ id: string; community_id: string | null }>(
    `update technical_alarms set status = 'cleared', cleared_at = $3, updated_at = $3,
            detail = detail || $4::text::jsonb
      where device_account = $1 and kind = $2 and status <> 'cleared' returning id, community_id`,
    [account, kind, now, JSON.stringify({ clearedBy: 'device', ...detail })],
  );
  for (const r of rows) await logChange(q, r.id, r.community_id, null);
  return rows.length > 0;
}

/** clearTechnicalAlarm for many devices in one statement; returns the accounts whose alarm was cleared. */
export async function clearTechnicalAlarms(
  q: Queryable,
  kind: TechnicalAlarmKind,
  accounts: readonly string[],
  now: Date,
): Promise<Set<string>> {
  if (!accounts.length) return new Set();
  const rows = await q.query<{ id: string; community_id: string | null; device_account: string }>(
    `update technical_alarms set status = 'cleared', cleared_at = $3, updated_at = $3,
            detail = detail || '{"clearedBy":"device"}'::jsonb
      where device_account = any($1::text[]) and kind = $2 and status <> 'cleared'
      returning id, community_id, device_account`,
    [accounts, kind, now],
  );
  for (const r of rows) await logChange(q, r.id, r.community_id, null);
  return new Set(rows.map((r) => r.device_account));
}

export async function loadTechnicalAlarm(q: Queryable, id: string): Promise<TechnicalAlarmRecord | null> {
  const [row] = await q.query<TechnicalAlarmRecord>('select * from technical_alarms where id = $1 for update', [id]);
  return row ?? null;
}

/** A console user takes the alarm in hand, or clears it by hand; returns the row as it was, or null when unknown. */
export async function setTechnicalAlarmStatus(
  q: Queryable,
  id: string,
  change: { to: 'acknowledged'; userId: string } | { to: 'cleared'; userId: string; note: string },
  now: Date,
  mutationId: string | null,
): Promise<void> {
  if (change.to === 'acknowledged') {
    await q.query(
      `update technical_alarms set status = 'acknowledged', acknowledged_by = $2, acknowledged_at = $3, updated_at = $3
        where id = $1 and status = 'open'`,
      [id, change.userId, now],
    );
  } else {
    await q.query(
      `update technical_alarms set status = 'cleared', cleared_at = $3, updated_at = $3,
              acknowledged_by = coalesce(acknowledged_by, $2), acknowledged_at = coalesce(acknowledged_at, $3),
              detail = detail || $4::text::jsonb
        where id = $1 and status <> 'cleared'`,
      [id, change.userId, now, JSON.stringify({ clearedBy: change.userId, note: change.note })],
    );
  }
  const [row] = await q.query<{ community_id: string | null }>(
    'select community_id from technical_alarms where id = $1',
    [id],
  );
  await logChange(q, id, row?.community_id ?? null, mutationId);
}
