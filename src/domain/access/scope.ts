// Which records an actor may see (SYN-3, SEC-2). Pure predicates over the scope facts a record carries.
// Must not decide permissions by role name alone elsewhere: put every scope rule here so device and server agree.
import type { Actor } from './roles';
import { can } from './roles';

/** The scope facts of a record: where it is, which company holds it, which users it names. */
export interface ScopeFacts {
  communityId?: string | null;
  companyId?: string | null;
  userIds?: readonly string[];
}

/** Centre-wide roles see the whole city; others see their communities, their company, or what names them. */
export function isCityWide(actor: Pick<Actor, 'role'>): boolean {
  return (
    actor.role === 'dispatcher' || actor.role === 'supervisor' || actor.role === 'admin' || actor.role === 'inspector'
  );
}

export function isInScope(actor: Actor, facts: ScopeFacts): boolean {
  if (isCityWide(actor)) return true;
  if (facts.userIds?.includes(actor.userId)) return true;
  if (facts.communityId && actor.communityIds.includes(facts.communityId)) return true;
  if (facts.companyId && actor.companyId === facts.companyId && actor.role === 'vendor_manager') return true;
  return false;
}

/** A resident's record: liaisons of the community and centre staff; health and id data need resident.sensitive. */
export function canSeeResident(actor: Actor, resident: { communityId: string }): boolean {
  return can(actor, 'registry.read') && isInScope(actor, { communityId: resident.communityId });
}

export function canSeeResidentSensitive(actor: Actor, resident: { communityId: string }): boolean {
  return canSeeResident(actor, resident) && can(actor, 'resident.sensitive');
}

/** The caller registry (REG-4): whoever takes calls, and whoever may class a number. */
export function canSeeCallers(actor: Pick<Actor, 'role'>): boolean {
  return can(actor, 'orders.intake') || can(actor, 'callers.classify');
}

/** Alarm devices and technical alarms (ALM-9): console staff, and whoever registers devices. */
export function canSeeDevices(actor: Pick<Actor, 'role'>): boolean {
  return can(actor, 'alarms.console') || can(actor, 'registry.write');
}
