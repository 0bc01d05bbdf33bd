// GET /api/health (ARCHITECTURE §7): says which store runs and whether it is durable; 503 when the store fails.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/store';

export function registerHealthRoutes(app: FastifyInstance, deps: { store: Store; version: string }) {
  app.get('/api/health', { config: { access: 'public' } }, async (_request, reply) => {
    const body = { store: deps.store.kind, version: deps.version, durable: deps.store.durable };
    try {
      await deps.store.query('select 1');
      return { ok: true, ...body };
    } catch {
      return reply.code(503).send({ ok: false, ...body });
    }
  });
}
