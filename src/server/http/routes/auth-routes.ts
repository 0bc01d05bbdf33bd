// Sign-in, sign-out and "who am I" (SEC-1). Every sign-in and sign-out is audited in the same transaction.
import type { FastifyInstance } from 'fastify';
import { loginRequest } from '../../../protocol/auth';
import { recordAudit } from '../../app/audit';
import type { LoginThrottle } from '../../auth/login-throttle';
import { decoyHash, verifyPassword } from '../../auth/password';
import type { SessionCache } from '../../auth/session-cache';
import { createSession, deleteSession, sessionUserColumns, userFromRow } from '../../auth/sessions';
import type { Config } from '../../config';
import type { Store } from '../../store/store';
import { authOf } from '../access-guard';
import { raise } from '../problem-error';
import { auditContextOf } from '../request-context';

interface LoginRow {
  id: string;
  username: string;
  display_name: string;
  role: import('../../../domain/access/roles').Role;
  company_id: string | null;
  volunteer_id: string | null;
  password_hash: string;
  active: boolean;
  community_ids: string[] | null;
}

export function registerAuthRoutes(
  app: FastifyInstance,
  deps: { store: Store; config: Config; throttle: LoginThrottle; sessions: SessionCache },
) {
  const { store, config, throttle } = deps;

  app.post('/api/auth/login', { config: { access: 'public' }, schema: { body: loginRequest } }, async (request) => {
    const { username, password } = request.body as { username: string; password: string };
    const locked = throttle.lockedMinutes(username);
    if (locked > 0) raise('auth.too_many_attempts', undefined, { minutes: locked });
    const [row] = await store.query<LoginRow>(
      `select ${sessionUserColumns}, u.password_hash from users u where lower(u.username) = lower($1)`,
      [username],
    );
    const matches = await verifyPassword(password, row?.password_hash ?? (await decoyHash()));
    if (!row || !matches) {
      throttle.recordFailure(username);
      await store.transaction((tx) =>
        recordAudit(tx, auditContextOf(request, null), { action: 'auth.login_failed', detail: { username } }),
      );
      raise('auth.invalid_credentials');
    }
    if (!row.active) raise('auth.account_disabled');
    throttle.recordSuccess(username);
    const user = userFromRow(row);
    const session = await store.transaction(async (tx) => {
      const s = await createSession(tx, {
        userId: user.id,
        hours: config.sessionHours,
        ip: request.ip,
        userAgent: String(request.headers['user-agent'] ?? ''),
      });
      await recordAudit(tx, auditContextOf(request, user), { action: 'auth.login', entity: 'user', entityId: user.id });
      return s;
    });
    return { token: session.token, expiresAt: session.expiresAt.toISOString(), user };
  });

  app.post('/api/auth/logout', { config: { access: 'signed-in' } }, async (request, reply) => {
    const { token, user } = authOf(request);
    await store.transaction(async (tx) => {
      await deleteSession(tx, token);
      await recordAudit(tx, auditContextOf(request), { action: 'auth.logout', entity: 'user', entityId: user.id });
    });
    deps.sessions.forget(token);
    return reply.code(204).send();
  });

  app.get('/api/me', { config: { access: 'signed-in' } }, async (request) => ({ user: authOf(request).user }));
}
