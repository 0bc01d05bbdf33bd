// Applies a pushed batch (SYN-2, ARCHITECTURE §4): each mutation all or nothing inside its own savepoint: the
// processed-mutation record, the schema check, permission, domain rule, rows, change log and audit. A replayed id
// returns the stored result and changes nothing, also when the replay races the original (the primary key of
// processed_mutations makes the second writer wait for the first and then find its record).

import type { Actor } from '../../domain/access/roles';
import { can } from '../../domain/access/roles';
import type { EscalationTimers } from '../../domain/alarms/escalation';
import type { Lang, Problem } from '../../domain/common/problems';
import { problem } from '../../domain/common/problems';
import type { OrderDeadlinePolicy } from '../../domain/orders/order-deadlines';
import type { SessionUser } from '../../protocol/auth';
import type { Mutation, MutationResult } from '../../protocol/sync';
import { isMutationName, mutationArgs } from '../../protocol/sync';
import type { AuditContext } from '../app/audit';
import { mutationHandlers } from '../app/mutations';
import type { MutationContext } from '../app/mutations/mutation-context';
import { ProblemError, problemBody, problemFromZod } from '../http/problem-error';
import type { Queryable, Store } from '../store/store';
import { lockChangeLog } from './change-log';

export interface PushCaller {
  user: SessionUser;
  actor: Actor;
  audit: AuditContext;
  clientId: string;
  lang: Lang;
  alarmTimers?: EscalationTimers;
  /** Order deadlines from the configuration (ORD-4). */
  orderPolicy?: OrderDeadlinePolicy;
  /** A resident's one-touch device (Authorization: Device): it may push alarm.raise only. */
  device?: { residentId: string };
}

type Stored = { status: 'applied'; value: unknown } | { status: 'rejected'; problem: Problem };

/**
 * Processes a batch in one transaction, each mutation inside its own savepoint: one commit per push instead of one
 * per mutation (measured: 10,000 mutations took 23 s on PostgreSQL one transaction each). A server fault rolls back
 * that mutation only and stops the batch, so the rest are pushed again later, in order; if the commit itself fails,
 * no result is returned and the device pushes everything again.
 */
export async function applyPush(
  store: Store,
  caller: PushCaller,
  mutations: readonly Mutation[],
): Promise<MutationResult[]> {
  const results: MutationResult[] = [];
  try {
    await store.transaction(async (tx) => {
      if (mutations.length) await lockChangeLog(tx);
      for (const m of mutations) {
        await tx.query('savepoint pending_mutation');
        try {
          const outcome = await processIn(tx, caller, m);
          await tx.query('release savepoint pending_mutation');
          results.push(toResult(m.id, outcome, caller.lang));
        } catch (err) {
          console.error(`[sync] mutation ${m.id} (${m.name}) failed; the batch stops here:`, err);
          await tx.query('rollback to savepoint pending_mutation');
          break;
        }
      }
    });
  } catch (err) {
    console.error('[sync] a push batch could not be committed; the device will push it again:', err);
    return [];
  }
  return results;
}

/**
 * Claims the mutation id; a claim already taken (a replay, or one racing the original) answers the stored result.
 * Runs inside the caller's savepoint `pending_mutation`: a refusal rolls back to it (claim and writes alike) and
 * records the refusal afresh, so each mutation costs one savepoint, not two.
 */
async function processIn(tx: Queryable, caller: PushCaller, m: Mutation): Promise<Stored> {
  const claim = (status: 'applied' | 'rejected', p: Problem | null) =>
    tx.query(
      `insert into processed_mutations (id, client_id, user_id, name, status, problem, device_at)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing returning id`,
      [m.id, caller.clientId, caller.user.id, m.name, status, p ? JSON.stringify(p) : null, m.at],
    );
  const stored = async () => {
    const found = await readProcessed(tx, m, caller.user.id);
    if (!found) throw new Error(`mutation ${m.id} is claimed but has no record`);
    return found;
  };
  if (!(await claim('applied', null)).length) return stored();
  const outcome = await decide(tx, caller, m);
  if (outcome.status === 'rejected') {
    await tx.query('rollback to savepoint pending_mutation');
    // A replay that raced in after the rollback may have recorded first; its answer is the answer.
    return (await claim('rejected', outcome.problem)).length ? outcome : stored();
  }
  if (outcome.value !== undefined) {
    await tx.query('update processed_mutations set value = $2 where id = $1', [m.id, JSON.stringify(outcome.value)]);
  }
  return outcome;
}

/** Runs the schema check, permission and handler; a refusal becomes a rejected outcome, a fault propagates. */
async function decide(tx: Queryable, caller: PushCaller, m: Mutation): Promise<Stored> {
  if (caller.device && m.name !== 'alarm.raise') return { status: 'rejected', problem: problem('auth.forbidden') };
  if (!isMutationName(m.name))
    return { status: 'rejected', problem: problem('sync.unknown_mutation', 'name', { name: m.name }) };
  const parsed = mutationArgs[m.name].safeParse(m.args ?? {});
  if (!parsed.success) {
    const p = problemFromZod(parsed.error, m.args ?? {});
    return { status: 'rejected', problem: p.field ? { ...p, field: `args.${p.field}` } : p };
  }
  const handler = mutationHandlers[m.name];
  const allowed = caller.device !== undefined || [handler.permission].flat().some((p) => can(caller.actor, p));
  if (!allowed) return { status: 'rejected', problem: problem('auth.forbidden') };
  const ctx: MutationContext = {
    tx,
    actor: caller.actor,
    user: caller.user,
    audit: caller.audit,
    mutationId: m.id,
    deviceAt: m.at,
    now: new Date(),
    ...(caller.alarmTimers ? { alarmTimers: caller.alarmTimers } : {}),
    ...(caller.orderPolicy ? { orderPolicy: caller.orderPolicy } : {}),
    ...(caller.device ? { device: caller.device } : {}),
  };
  try {
    const value = await handler.handle(ctx, parsed.data as never);
    return { status: 'applied', value };
  } catch (err) {
    if (err instanceof ProblemError) return { status: 'rejected', problem: err.problem };
    throw err;
  }
}

async function readProcessed(q: Queryable, m: Mutation, userId: string): Promise<Stored | null> {
  const [row] = await q.query<{
    status: 'applied' | 'rejected';
    problem: Problem | null;
    value: unknown;
    user_id: string;
    name: string;
  }>('select status, problem, value, user_id, name from processed_mutations where id = $1', [m.id]);
  if (!row) return null;
  // A replay is the same action by the same account. An id reused by another account, or for another action, is
  // refused rather than answered with a result that belongs to something else.
  if (row.user_id !== userId || row.name !== m.name) {
    return { status: 'rejected', problem: problem('sync.mutation_id_reused', 'id') };
  }
  return row.status === 'applied'
    ? { status: 'applied', value: row.value ?? undefined }
    : { status: 'rejected', problem: row.problem! };
}

function toResult(id: string, s: Stored, lang: Lang): MutationResult {
  if (s.status === 'applied') return { id, status: 'applied', ...(s.value === undefined ? {} : { value: s.value }) };
  return { id, status: 'rejected', problem: problemBody(s.problem, lang).problem };
}
