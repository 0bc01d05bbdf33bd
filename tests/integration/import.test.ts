// The registry import (ADM-3) on both stores, and once through the command line on a PGlite directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareStore } from '../../src/server/boot';
import { createPgliteStore } from '../../src/server/store/pglite';
import { available } from '../helpers/require-env';
import { freshPostgres, seededDumpPath, seededPglite } from '../helpers/stores';
import { runImportSuite } from './import-suite';

runImportSuite('pglite', seededPglite);

if (available('postgres')) {
  runImportSuite('postgres', async () => {
    const store = await freshPostgres();
    await prepareStore(store, { demo: true });
    return store;
  });
}

describe('import command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'anxin-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('[ADM-3] npm run anxin -- import prints the report and exits 1 when rows were rejected', async () => {
    const store = await createPgliteStore({
      dataDir: join(dir, 'pglite'),
      loadDataDir: new Blob([readFileSync(seededDumpPath)]),
    });
    await store.close();
    const run = spawnSync(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        'src/server/cli.ts',
        'import',
        'volunteers',
        'tests/fixtures/import/volunteers.csv',
      ],
      { env: { ...process.env, ANXIN_DATA_DIR: dir, DATABASE_URL: '' }, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stdout, run.stderr).toContain('volunteers: 5 rows — 2 imported, 0 updated, 0 unchanged, 3 rejected');
    expect(run.stdout).toContain('line 4 [skills]');
    expect(run.status).toBe(1);
  });
});
