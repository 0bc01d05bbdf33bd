// Caller classes (REG-4): caller.setClass upserts the number with its class, name and note.
// Callers are read by everyone who takes calls (orders.intake), so the change-log entry is public; pull filters.
import { isSameValue } from '../../../domain/registry/record-diff';
import type { ArgsOf } from '../../../protocol/sync';
import { recordChange } from '../../sync/change-log';
import { recordAudit } from '../audit';
import type { RegistryWriter, SaveResult } from './record-writes';

export type CallerSetClass = ArgsOf<'caller.setClass'>;

export async function setCallerClass(w: RegistryWriter, args: CallerSetClass): Promise<SaveResult> {
  const [current] = await w.tx.query<{ class: string; name: string; note: string }>(
    'select class, name, note from callers where phone = $1 for update',
    [args.phone],
  );
  const next = { class: args.class, name: args.name ?? current?.name ?? '', note: args.note ?? current?.note ?? '' };
  const fields = Object.entries(next)
    .filter(([k, v]) => !current || !isSameValue(current[k as keyof typeof next], v))
    .map(([k]) => k);
  if (current && !fields.length) return { id: args.phone, outcome: 'unchanged', fields };
  await w.tx.query(
    `insert into callers (phone, class, name, note, first_seen_at, last_seen_at) values ($1, $2, $3, $4, $5, $5)
     on conflict (phone) do update set class = excluded.class, name = excluded.name, note = excluded.note`,
    [args.phone, next.class, next.name, next.note, w.now],
  );
  await recordChange(w.tx, { tbl: 'callers', rowId: args.phone, op: 'put', isPublic: true, mutationId: w.mutationId });
  await recordAudit(w.tx, w.audit, {
    action: 'caller.setClass',
    entity: 'caller',
    entityId: args.phone,
    detail: { class: next.class, previous: current?.class ?? null, fields, ...w.origin },
  });
  return { id: args.phone, outcome: current ? 'updated' : 'created', fields };
}
