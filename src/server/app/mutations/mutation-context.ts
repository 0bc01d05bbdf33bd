// What every mutation handler receives, and the shape of a handler. Handlers run inside the mutation's own
// transaction; they refuse by throwing a ProblemError (raise), which rolls back their writes.
import type { Actor, Permission } from '../../../domain/access/roles';
import type { EscalationTimers } from '../../../domain/alarms/escalation';
import type { OrderDeadlinePolicy } from '../../../domain/orders/order-deadlines';
import type { SessionUser } from '../../../protocol/auth';
import type { Queryable } from '../../store/store';
import type { AuditContext } from '../audit';

export interface MutationContext {
  tx: Queryable;
  actor: Actor;
  user: SessionUser;
  audit: AuditContext;
  mutationId: string;
  /** Device time of the action (evidence only). */
  deviceAt: string;
  /** Server time of processing: what records are ordered by. */
  now: Date;
  /** Alarm timers from the configuration (ALM-4); defaults when absent. */
  alarmTimers?: EscalationTimers;
  /** Order deadlines from the configuration (ORD-4); defaultDeadlinePolicy when absent. */
  orderPolicy?: OrderDeadlinePolicy;
  /** Set when a resident's one-touch device pushes (it may only raise alarms for its resident). */
  device?: { residentId: string };
}

export interface MutationHandler<A> {
  /** The permission needed; with a list, any one of them. */
  permission: Permission | readonly Permission[];
  handle(ctx: MutationContext, args: A): Promise<unknown>;
}
