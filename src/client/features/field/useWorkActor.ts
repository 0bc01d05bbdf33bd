// The signed-in user as the order rules see them (FLD-1): the sync provider's actor, with the saved session's user and
// token for the screens that call the server (the staff list). Must only read the session.
import { useMemo } from 'react';
import type { Actor } from '../../../domain/access/roles';
import type { SessionUser } from '../../../protocol/auth';
import { loadSession } from '../../app/session';
import { useSync } from '../../app/sync/useSync';

export interface WorkUser {
  actor: Actor;
  user: SessionUser;
  token: string;
}

export function useWorkActor(): WorkUser | null {
  const { actor } = useSync();
  return useMemo((): WorkUser | null => {
    const session = loadSession();
    if (!session || session.user.id !== actor.userId) return null;
    return { actor, user: session.user, token: session.token };
  }, [actor]);
}
