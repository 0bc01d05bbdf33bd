// Admin routes: accounts (ADM-1) and the audit log (ADM-2). Access is declared per route; the guard enforces it.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { roles } from '../../../domain/access/roles';
import { type CreateUserRequest, createUserRequest } from '../../../protocol/auth';
import { createUser, listUsers, setUserActive } from '../../app/users';
import type { SessionCache } from '../../auth/session-cache';
import type { Store } from '../../store/store';
import { auditContextOf } from '../request-context';

const auditQuery = z.object({
  user: z.string().optional(),
  action: z.string().optional(),
  entity: z.string().optional(),
  entityId: z.string().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export function registerAdminRoutes(app: FastifyInstance, deps: { store: Store; sessions: SessionCache }) {
  const { store } = deps;

  app.get(
    '/api/admin/users',
    { config: { access: 'admin.users' }, schema: { querystring: z.object({ role: z.enum(roles).optional() }) } },
    async (request) => ({ users: await listUsers(store, request.query as { role?: string }) }),
  );

  app.post(
    '/api/admin/users',
    { config: { access: 'admin.users' }, schema: { body: createUserRequest } },
    async (request, reply) => {
      const user = await createUser(store, auditContextOf(request), request.body as CreateUserRequest);
      return reply.code(201).send({ user });
    },
  );

  app.patch(
    '/api/admin/users/:id',
    {
      config: { access: 'admin.users' },
      schema: { params: z.object({ id: z.string().min(1) }), body: z.object({ active: z.boolean() }) },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const { active } = request.body as { active: boolean };
      const user = await setUserActive(store, auditContextOf(request), id, active);
      // A disabled account's sessions are gone from the database; forget every remembered one at once.
      deps.sessions.clear();
      return { user };
    },
  );

  app.get(
    '/api/admin/audit',
    { config: { access: 'admin.audit' }, schema: { querystring: auditQuery } },
    async (request) => {
      const f = request.query as z.infer<typeof auditQuery>;
      const entries = await store.query(
        `select id, at, user_id as "userId", username, action, entity, entity_id as "entityId", ip,
              user_agent as "userAgent", detail
         from audit_log
        where ($1::text is null or username = $1 or user_id = $1) and ($2::text is null or action like $2 || '%')
          and ($3::text is null or entity = $3) and ($4::text is null or entity_id = $4)
          and ($5::timestamptz is null or at >= $5) and ($6::timestamptz is null or at < $6)
        order by id desc limit $7`,
        [f.user ?? null, f.action ?? null, f.entity ?? null, f.entityId ?? null, f.from ?? null, f.to ?? null, f.limit],
      );
      return { entries };
    },
  );
}
