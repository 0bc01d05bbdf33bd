// GET /api/map/config (MAP-3): the operator's tile source for signed-in devices. Must not proxy or cache tiles:
// devices fetch tiles from the tile server directly.
import type { FastifyInstance } from 'fastify';
import type { MapConfig } from '../../../protocol/map-tiles';
import type { Config } from '../../config';

export function registerMapRoutes(app: FastifyInstance, deps: { config: Config }) {
  const body: MapConfig = { source: deps.config.tiles, tiandituKey: deps.config.tiandituKey };
  app.get('/api/map/config', { config: { access: 'signed-in' } }, async () => body);
}
