// What a mutation does on the device before the server has seen it (SYN-1): the same domain rules as the server,
// applied to local rows marked with the mutation's id, so a refusal can take them back. Must not talk to the server.
import type { Actor } from '../domain/access/roles';
import { applyDutyChange, type Position } from '../domain/field/duty';
import type { LocalDb, OutboxEntry } from './local-db';
import { applyTechnicalAlarmOptimistic } from './optimistic-devices';
import { applyOrderCreateOptimistic } from './optimistic-order-create';
import { applyOrderOptimistic, orderActionOf } from './optimistic-orders';
import { applyRegistryOptimistic } from './optimistic-registry';

export interface LocalUser {
  id: string;
  /** The signed-in user's role and scope, for the order rules; without it order changes apply only on the server. */
  actor?: Actor;
}

/** Applies a mutation locally (inside the caller's Dexie transaction) and says how to undo it. */
export async function applyOptimistic(
  db: LocalDb,
  user: LocalUser,
  m: { id: string; name: string; args: unknown; at: string },
): Promise<OutboxEntry['undo']> {
  switch (m.name) {
    case 'order.addNote': {
      const args = m.args as { orderId: string; text: string };
      await db.order_notes.put({
        _id: m.id,
        _mutationId: m.id,
        id: m.id,
        orderId: args.orderId,
        userId: user.id,
        text: args.text.trim(),
        at: m.at,
        deviceAt: m.at,
      });
      return { kind: 'none' };
    }
    case 'duty.set': {
      const args = m.args as { onDuty: boolean; position?: Position };
      const previous = await db.meta.get('duty');
      await db.meta.put({ key: 'duty', value: applyDutyChange(args, m.at) });
      return { kind: 'meta', key: 'duty', value: previous?.value ?? null };
    }
    case 'company.create':
    case 'company.update':
    case 'volunteer.create':
    case 'volunteer.update':
    case 'resident.create':
    case 'resident.update':
    case 'caller.setClass': {
      const rows = await applyRegistryOptimistic(db, m);
      return rows ? { kind: 'rows', rows } : { kind: 'none' };
    }
    case 'order.create':
      await applyOrderCreateOptimistic(db, user.id, m);
      return { kind: 'none' };
    case 'technicalAlarm.acknowledge':
    case 'technicalAlarm.clear': {
      // Applied only when the local status allows it; otherwise queued as is and left to the server.
      const rows = await applyTechnicalAlarmOptimistic(db, user.id, m);
      return rows ? { kind: 'rows', rows } : { kind: 'none' };
    }
    default: {
      // Every order lifecycle action (order.accept … order.cancel); throws when the local rule refuses.
      if (!orderActionOf(m.name)) return { kind: 'none' };
      const rows = await applyOrderOptimistic(db, user.actor ?? null, m);
      return rows ? { kind: 'rows', rows } : { kind: 'none' };
    }
  }
}

/** Takes back what a refused mutation did on the device. */
export async function rollbackOptimistic(db: LocalDb, entry: OutboxEntry, tables: readonly string[]): Promise<void> {
  for (const t of tables) await db.table(t).where('_mutationId').equals(entry.id).delete();
  if (entry.undo?.kind === 'rows') {
    for (const r of entry.undo.rows) {
      if (r.row) await db.table(r.table).put(r.row);
      else await db.table(r.table).delete(r.id);
    }
  }
  if (entry.undo?.kind === 'meta') {
    if (entry.undo.value === null) await db.meta.delete(entry.undo.key);
    else await db.meta.put({ key: entry.undo.key, value: entry.undo.value });
  }
}
