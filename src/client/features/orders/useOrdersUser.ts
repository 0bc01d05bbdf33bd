// The signed-in user as the order rules need them (an Actor), read from the saved session like the registry does.
// Must only read; the shell keeps the session current.
import { useMemo } from 'react';
import { type Actor, can, type Permission } from '../../../domain/access/roles';
import { loadSession } from '../../app/session';

export interface OrdersUser {
  actor: Actor | null;
  token: string | null;
  can: (permission: Permission) => boolean;
}

export function useOrdersUser(): OrdersUser {
  return useMemo(() => {
    const session = loadSession();
    const actor: Actor | null = session
      ? {
          userId: session.user.id,
          role: session.user.role,
          companyId: session.user.companyId,
          communityIds: session.user.communityIds,
        }
      : null;
    return { actor, token: session?.token ?? null, can: (p: Permission) => (actor ? can(actor, p) : false) };
  }, []);
}
