// The signed-in user as the order rules need them (the sync provider's Actor), the session token for the few calls to
// the server, and a permission check. Must only read.
import { useMemo } from 'react';
import { type Actor, can, type Permission } from '../../../domain/access/roles';
import { loadSession } from '../../app/session';
import { useSync } from '../../app/sync/useSync';

export interface OrdersUser {
  actor: Actor;
  token: string | null;
  can: (permission: Permission) => boolean;
}

export function useOrdersUser(): OrdersUser {
  const { actor } = useSync();
  return useMemo(
    () => ({ actor, token: loadSession()?.token ?? null, can: (p: Permission) => can(actor, p) }),
    [actor],
  );
}
