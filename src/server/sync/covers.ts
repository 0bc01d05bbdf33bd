// Whether a change-log entry's scope facts cover an actor: the rule of domain/access isInScope, over the columns
// the change log keeps. Pull uses it to filter, the event hub to decide whom to poke.
import type { Actor } from '../../domain/access/roles';
import { isCityWide } from '../../domain/access/scope';

export interface ScopeColumns {
  community_id: string | null;
  company_id: string | null;
  user_ids: string[];
  public: boolean;
}

/** Whether the scope facts of a change-log entry cover this actor (the same rule as domain/access isInScope). */
export function coversActor(actor: Actor, e: ScopeColumns): boolean {
  if (e.public || isCityWide(actor) || e.user_ids.includes(actor.userId)) return true;
  if (actor.role === 'liaison' && e.community_id && actor.communityIds.includes(e.community_id)) return true;
  return actor.role === 'vendor_manager' && e.company_id !== null && e.company_id === actor.companyId;
}
