// Who may see and annotate an order (SEC-1, SYN-3): centre staff, the vendor that holds it, the worker assigned,
// the liaison of its community. Pure; the same rule decides what a device pulls.
import type { Actor } from '../access/roles';
import { isInScope } from '../access/scope';

export interface OrderScope {
  communityId: string | null;
  companyId: string | null;
  assigneeUserId: string | null;
}

export function canSeeOrder(actor: Actor, order: OrderScope): boolean {
  return isInScope(actor, {
    communityId: order.communityId,
    companyId: order.companyId,
    userIds: order.assigneeUserId ? [order.assigneeUserId] : [],
  });
}
