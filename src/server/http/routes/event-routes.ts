// GET /api/events (ARCHITECTURE §4): a server-sent event stream per signed-in device. `hello` on connect, `poke`
// when a commit concerns this user (then the device pulls), a comment every 25 s so proxies keep it open.
// EventSource cannot send headers, so the token may come as ?token= (the access guard accepts it here).
import type { FastifyInstance } from 'fastify';
import { protocolVersion } from '../../../protocol/version';
import type { EventHub } from '../../events/event-hub';
import { authOf } from '../access-guard';

const KEEP_ALIVE_MS = 25_000;

export function registerEventRoutes(app: FastifyInstance, deps: { hub: EventHub }) {
  app.get('/api/events', { config: { access: 'signed-in' } }, (request, reply) => {
    const { actor } = authOf(request);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    send('hello', { protocol: protocolVersion });
    const unsubscribe = deps.hub.subscribe({ actor, send });
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    request.raw.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  });
}
