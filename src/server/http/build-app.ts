// Builds the Fastify app: validation, the access guard, problem answers, routes and the static client.
// Must not open stores or listen: main.ts (and tests) compose it with a store and start it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { problem } from '../../domain/common/problems';
import { createLoginThrottle } from '../auth/login-throttle';
import { createSessionCache } from '../auth/session-cache';
import type { Config } from '../config';
import { COMMIT_CHANNEL } from '../events/commit-channel';
import { createEventHub } from '../events/event-hub';
import { createNearbyIndex } from '../geo/nearby-index';
import type { Store } from '../store/store';
import { installAccessGuard } from './access-guard';
import { ProblemError, problemBody, zodValidatorCompiler } from './problem-error';
import { langOf } from './request-context';
import { registerAdminRoutes } from './routes/admin-routes';
import { registerAuthRoutes } from './routes/auth-routes';
import { registerResidentRoutes } from './routes/device-caller';
import { registerEventRoutes } from './routes/event-routes';
import { registerHealthRoutes } from './routes/health-routes';
import { importRoutes } from './routes/import-routes';
import { registerMapRoutes } from './routes/map-routes';
import { registerNearbyRoutes } from './routes/nearby-routes';
import { registerPushRoutes } from './routes/push-routes';
import { registerStaffRoutes } from './routes/staff-routes';
import { registerSyncRoutes } from './routes/sync-routes';

export interface AppDeps {
  store: Store;
  config: Config;
  version: string;
  /** The built client (dist/); omitted in API-only tests. */
  staticDir?: string;
  logger?: boolean | { level: string };
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  // Open event streams would hold close() forever: end them when the server stops.
  const app = Fastify({
    logger: deps.logger ?? false,
    trustProxy: true,
    bodyLimit: 1_048_576,
    forceCloseConnections: true,
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const shell = Boolean(deps.staticDir && existsSync(join(deps.staticDir, 'index.html')));
  installErrorHandling(app, shell);
  const sessions = createSessionCache();
  installAccessGuard(app, deps.store, sessions);

  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, { store: deps.store, config: deps.config, throttle: createLoginThrottle(), sessions });
  registerAdminRoutes(app, { store: deps.store, sessions });
  await app.register(importRoutes, { store: deps.store, afterCommit: () => deps.store.notify(COMMIT_CHANNEL) });
  const hub = await createEventHub(deps.store);
  const nearby = await createNearbyIndex(deps.store);
  const stopListening = await deps.store.listen(COMMIT_CHANNEL, () => {
    void hub.committed();
    nearby.committed();
  });
  app.addHook('onClose', async () => {
    await stopListening();
    await nearby.close();
  });
  registerSyncRoutes(app, {
    store: deps.store,
    afterCommit: () => deps.store.notify(COMMIT_CHANNEL),
    alarmTimers: deps.config.alarmTimers,
    orderPolicy: deps.config.orderPolicy,
  });
  registerResidentRoutes(app, { store: deps.store });
  registerEventRoutes(app, { hub });
  registerNearbyRoutes(app, { nearby });
  registerMapRoutes(app, deps);
  registerPushRoutes(app, deps);
  registerStaffRoutes(app, { store: deps.store });

  if (shell && deps.staticDir) await serveClient(app, deps.staticDir);
  return app;
}

/** Problems for every refusal; with the client served, unknown extension-less paths are client routes (the shell). */
function installErrorHandling(app: FastifyInstance, shell: boolean): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = langOf(request);
    if (error instanceof ProblemError) {
      return reply.code(error.statusCode).send(problemBody(error.problem, lang));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own refusals: unparsable JSON, wrong content type, body too large.
      return reply.code(status).send(problemBody(problem('request.invalid'), lang));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(problemBody(problem('server.internal'), lang));
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/')) {
      return reply
        .code(404)
        .send(problemBody(problem('resource.not_found', undefined, { entity: 'API' }), langOf(request)));
    }
    // A missing file (an old hashed chunk after a release) must be a 404, never the HTML shell.
    if (!shell || request.method !== 'GET' || /\.[a-z0-9]+$/i.test(path)) {
      return reply.code(404).send('Not found');
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}

async function serveClient(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    // Files are looked up per request, so a rebuild's new hashed chunks are served without a restart.
    wildcard: true,
    setHeaders(res, path) {
      // The service worker and the HTML shell must be revalidated so a new release is picked up; hashed assets
      // are immutable.
      if (path.endsWith('sw.js') || path.endsWith('.html') || path.endsWith('.webmanifest')) {
        res.header('Cache-Control', 'no-cache');
      } else if (path.includes('/assets/')) {
        res.header('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
}
