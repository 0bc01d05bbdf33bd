// The one place every route is authenticated and authorised (SEC-1). Each /api route declares config.access:
// 'public', 'signed-in', or a Permission; a route without a declaration fails the server at start, never open.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Actor, can, type Permission, permissions } from '../../domain/access/roles';
import type { SessionUser } from '../../protocol/auth';
import type { SessionCache } from '../auth/session-cache';
import { findSession, type SessionLookup } from '../auth/sessions';
import type { Store } from '../store/store';
import { raise } from './problem-error';

export type Access = 'public' | 'signed-in' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** The route also answers `Authorization: Device <token>` and checks that token itself (ALM-1). */
    deviceAuth?: boolean;
  }
  interface FastifyRequest {
    auth: { user: SessionUser; actor: Actor; token: string } | null;
  }
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  // EventSource cannot set headers: SSE routes may pass ?token= (ARCHITECTURE §7).
  const query = request.query as Record<string, unknown> | undefined;
  if (request.routeOptions.config.access !== 'public' && typeof query?.token === 'string') return query.token;
  return null;
}

export function installAccessGuard(app: FastifyInstance, store: Store, sessions: SessionCache): void {
  app.decorateRequest('auth', null);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (access === undefined || !(access === 'public' || access === 'signed-in' || permissions.includes(access))) {
      throw new Error(`Route ${route.method} ${route.url} declares no access rule (config.access)`);
    }
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    if (request.routeOptions.config.deviceAuth && request.headers.authorization?.startsWith('Device ')) return;
    const token = bearerToken(request);
    if (!token) raise('auth.required');
    const found: SessionLookup = sessions.get(token) ?? (await findSession(store, token));
    if (found.status === 'unknown') raise('auth.required');
    if (found.status === 'expired') raise('auth.session_expired');
    sessions.set(token, found);
    request.auth = { user: found.user, actor: found.actor, token };
    if (access !== 'signed-in' && !can(found.actor, access)) raise('auth.forbidden');
  });
}

/** The signed-in caller of a guarded route (the guard has already refused anyone else). */
export function authOf(request: FastifyRequest): { user: SessionUser; actor: Actor; token: string } {
  if (!request.auth) raise('auth.required');
  return request.auth;
}
