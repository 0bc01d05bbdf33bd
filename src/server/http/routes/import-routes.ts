// Registry import over HTTP (ADM-3): POST a CSV as the raw body, GET a template. Owns the text/csv body parser for
// these routes only (registered inside this plugin); must not hold import rules (app/import does).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { importKindNames } from '../../app/import/import-kind';
import { runImport } from '../../app/import/run-import';
import { importTemplate } from '../../app/import/template';
import type { Store } from '../../store/store';
import { auditContextOf, langOf } from '../request-context';

/** About 50,000 registry rows; larger files are better split. */
const IMPORT_BODY_LIMIT = 10 * 1024 * 1024;

const params = z.object({ kind: z.enum(importKindNames) });
const query = z.object({ dryRun: z.enum(['0', '1', 'true', 'false']).optional() });

export async function importRoutes(
  app: FastifyInstance,
  deps: { store: Store; afterCommit: () => Promise<void> },
): Promise<void> {
  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT },
    (_req, body, done) => done(null, body),
  );

  app.post(
    '/api/admin/import/:kind',
    { config: { access: 'registry.write' }, bodyLimit: IMPORT_BODY_LIMIT, schema: { params, querystring: query } },
    async (request) => {
      const { kind } = request.params as z.infer<typeof params>;
      const { dryRun } = request.query as z.infer<typeof query>;
      const body = typeof request.body === 'string' ? request.body : '';
      const report = await runImport(deps.store, kind, body, {
        dryRun: dryRun === '1' || dryRun === 'true',
        lang: langOf(request),
        audit: auditContextOf(request),
      });
      // Devices in scope learn of the new rows at once (SSE pokes), as after a push.
      if (!report.dryRun && (report.imported || report.updated)) await deps.afterCommit();
      return report;
    },
  );

  app.get(
    '/api/admin/import/:kind/template',
    { config: { access: 'registry.write' }, schema: { params } },
    async (request, reply) => {
      const { kind } = request.params as z.infer<typeof params>;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="anxin-${kind}-template.csv"`)
        .send(importTemplate(kind, langOf(request)));
    },
  );
}
