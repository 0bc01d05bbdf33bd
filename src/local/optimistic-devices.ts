// What technicalAlarm.acknowledge / technicalAlarm.clear do on the device before the server answers (ALM-9, SYN-1):
// the domain's transitionTechnicalAlarm on the local technical_alarms row, marked with the mutation id, and the
// server-known row to put back on refusal. Must not talk to the server, nor decide the rule itself.
import {
  type TechnicalAlarmAction,
  type TechnicalAlarmStatus,
  transitionTechnicalAlarm,
} from '../domain/devices/technical-alarm-state';
import type { LocalDb, LocalRow, RowUndo } from './local-db';
import { serverRowOf } from './server-row';

interface Mutation {
  id: string;
  name: string;
  args: unknown;
  at: string;
}

const actionOf: Record<string, TechnicalAlarmAction> = {
  'technicalAlarm.acknowledge': 'acknowledge',
  'technicalAlarm.clear': 'clear',
};

/** The fields the action changes besides the status; the same columns the server's update writes. */
function technicalAlarmPatchOf(
  action: TechnicalAlarmAction,
  row: LocalRow,
  userId: string,
  note: string,
  at: string,
): Record<string, unknown> {
  if (action === 'acknowledge') return { acknowledgedBy: userId, acknowledgedAt: at };
  const detail = (row.detail as Record<string, unknown> | undefined) ?? {};
  return {
    clearedAt: at,
    acknowledgedBy: row.acknowledgedBy ?? userId,
    acknowledgedAt: row.acknowledgedAt ?? at,
    detail: { ...detail, clearedBy: userId, note },
  };
}

/**
 * Applies a console action to the local technical alarm (inside the caller's transaction). Returns the rows to
 * restore on refusal, or null when nothing changes here: an unknown alarm, one already acknowledged, or one the rule
 * refuses (already cleared) — those are left for the server to answer.
 */
export async function applyTechnicalAlarmOptimistic(
  db: LocalDb,
  userId: string,
  m: Mutation,
): Promise<RowUndo[] | null> {
  const action = actionOf[m.name];
  const args = (m.args ?? {}) as { id?: unknown; note?: unknown };
  if (!action || typeof args.id !== 'string') return null;
  const current = (await db.technical_alarms.get(args.id)) as LocalRow | undefined;
  if (!current) return null;
  const from = current.status as TechnicalAlarmStatus;
  const next = transitionTechnicalAlarm(from, action);
  if (!next.ok || next.value === from) return null;
  const note = typeof args.note === 'string' ? args.note.trim() : '';
  await db.technical_alarms.put({
    ...current,
    ...technicalAlarmPatchOf(action, current, userId, note, m.at),
    status: next.value,
    updatedAt: m.at,
    _mutationId: m.id,
  });
  return [{ table: 'technical_alarms', id: current._id, row: await serverRowOf(db, 'technical_alarms', current) }];
}
