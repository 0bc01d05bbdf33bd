// Writes change-log entries (SYN-3): one per row change, with the scope facts pull filters on. Always inside the
// mutation's transaction, so a change is logged exactly when it is committed. Must not read or filter: pull does.
import type { Queryable } from '../store/store';

export interface ChangeEntry {
  tbl: string;
  rowId: string;
  op: 'put' | 'delete';
  communityId?: string | null;
  companyId?: string | null;
  userIds?: readonly string[];
  prevCommunityId?: string | null;
  prevCompanyId?: string | null;
  isPublic?: boolean;
  mutationId?: string | null;
}

// Writers of the change log serialise on this lock until they commit, so seq order is commit order: a pull that
// has seen seq N can never later miss a change numbered below N that was still uncommitted when it read.
const CHANGE_LOG_LOCK = 4_711_2346;
// Transactions that took the lock at their top level. A lock taken inside a savepoint is released when that
// savepoint rolls back, so only a top-level take (lockChangeLog) lets later writes skip taking it again.
const holding = new WeakSet<Queryable>();

/** Takes the change-log lock for the rest of the transaction; call before any savepoint. */
export async function lockChangeLog(tx: Queryable): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1)', [CHANGE_LOG_LOCK]);
  holding.add(tx);
}

export async function recordChange(tx: Queryable, e: ChangeEntry): Promise<number> {
  if (!holding.has(tx)) await tx.query('select pg_advisory_xact_lock($1)', [CHANGE_LOG_LOCK]);
  const [row] = await tx.query<{ seq: number }>(
    `insert into change_log (tbl, row_id, op, community_id, company_id, user_ids, prev_community_id, prev_company_id,
                             public, mutation_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning seq`,
    [
      e.tbl,
      e.rowId,
      e.op,
      e.communityId ?? null,
      e.companyId ?? null,
      e.userIds ?? [],
      e.prevCommunityId ?? null,
      e.prevCompanyId ?? null,
      e.isPublic ?? false,
      e.mutationId ?? null,
    ],
  );
  return row!.seq;
}
