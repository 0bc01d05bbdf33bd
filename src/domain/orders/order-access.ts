// Who may see and annotate an order (SEC-1, SYN-3): centre staff, the vendor that holds it, the worker assigned,
// the liaison of its community, and while it waits in a company's pool that company's technicians. Pure; the same
// rule decides what a device pulls (src/server/sync/visibility.ts).
import type { Actor } from '../access/roles';
import { isInScope } from '../access/scope';
import type { OrderStatus } from './order-kinds';
import { isInCompanyPool } from './order-lifecycle';

export interface OrderScope {
  communityId: string | null;
  companyId: string | null;
  assigneeUserId: string | null;
  status: OrderStatus;
}

export function canSeeOrder(actor: Actor, order: OrderScope): boolean {
  const facts = {
    communityId: order.communityId,
    companyId: order.companyId,
    userIds: order.assigneeUserId ? [order.assigneeUserId] : [],
  };
  if (isInScope(actor, facts)) return true;
  return order.status === 'dispatched' && isInCompanyPool(actor, order);
}
