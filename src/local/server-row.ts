// The row the server last sent, for undo records (SYN-1): when the current local row is itself an optimistic change
// still in the outbox, that change's undo holds the server's row. Undoing to it (not to the step before) keeps a chain
// of offline steps right when the first is refused; when an earlier step was applied, the pull after the push brings
// the server's row anyway. Must only read.
import type { LocalDb, LocalRow } from './local-db';

export async function serverRowOf(db: LocalDb, table: string, current: LocalRow): Promise<LocalRow | null> {
  if (!current._mutationId) return current;
  const entry = await db.outbox.where('id').equals(current._mutationId).first();
  if (entry?.status !== 'pending' || entry.undo?.kind !== 'rows') return current;
  const saved = entry.undo.rows.find((r) => r.table === table && r.id === current._id);
  return saved ? saved.row : current;
}
