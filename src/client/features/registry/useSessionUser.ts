// The signed-in user for the registry screens: routes.tsx renders them without props, so they read the saved
// session (the shell keeps it current). Must only read; signing in and out is useSession's.
import { useMemo } from 'react';
import { type Actor, can, type Permission } from '../../../domain/access/roles';
import { loadSession, type Session } from '../../app/session';

export interface SessionAccess {
  session: Session | null;
  can: (permission: Permission) => boolean;
}

export function useSessionUser(): SessionAccess {
  return useMemo(() => {
    const session = loadSession();
    const actor: Pick<Actor, 'role'> | null = session ? { role: session.user.role } : null;
    return { session, can: (p: Permission) => (actor ? can(actor, p) : false) };
  }, []);
}
