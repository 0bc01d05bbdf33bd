// POST /api/sync/push and GET /api/sync/pull (ARCHITECTURE §4): any signed-in account may push; each mutation's own permission is checked
// by the push engine. A client older than the protocol it needs is told to reload, never served silently.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { EscalationTimers } from '../../../domain/alarms/escalation';
import type { OrderDeadlinePolicy } from '../../../domain/orders/order-deadlines';
import { type PushRequest, pushRequest } from '../../../protocol/sync';
import { minClientProtocol } from '../../../protocol/version';
import type { Store } from '../../store/store';
import { pull } from '../../sync/pull';
import { applyPush } from '../../sync/push';
import { authOf } from '../access-guard';
import { raise } from '../problem-error';
import { auditContextOf, langOf } from '../request-context';
import { deviceCaller } from './device-caller';

export interface SyncRouteDeps {
  store: Store;
  afterCommit: () => Promise<void>;
  alarmTimers?: EscalationTimers;
  orderPolicy?: OrderDeadlinePolicy;
}

export function registerSyncRoutes(app: FastifyInstance, deps: SyncRouteDeps) {
  const push = { config: { access: 'signed-in' as const, deviceAuth: true }, schema: { body: pushRequest } };
  app.post('/api/sync/push', push, async (request) => {
    const body = request.body as PushRequest;
    if (body.protocol < minClientProtocol) raise('protocol.client_too_old', 'protocol');
    const caller = request.auth
      ? { user: request.auth.user, actor: request.auth.actor, audit: auditContextOf(request) }
      : await deviceCaller(deps.store, request.headers.authorization);
    const results = await applyPush(
      deps.store,
      {
        ...caller,
        clientId: body.clientId,
        lang: langOf(request),
        ...(deps.alarmTimers ? { alarmTimers: deps.alarmTimers } : {}),
        ...(deps.orderPolicy ? { orderPolicy: deps.orderPolicy } : {}),
      },
      body.mutations,
    );
    if (results.some((r) => r.status === 'applied')) await deps.afterCommit();
    return { results };
  });

  const pullQuery = z.object({
    cursor: z.coerce.number().int().min(0).default(0),
    page: z.string().min(1).max(500).optional(),
  });
  app.get(
    '/api/sync/pull',
    { config: { access: 'signed-in' }, schema: { querystring: pullQuery } },
    async (request) => {
      const { cursor, page } = request.query as z.infer<typeof pullQuery>;
      return pull(deps.store, authOf(request).actor, cursor, page);
    },
  );
}
