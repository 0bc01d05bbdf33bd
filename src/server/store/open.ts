// Opens the configured store: PostgreSQL when DATABASE_URL is set, else PGlite under the data directory.
// Guards the PGlite directory with a pid lock, because two processes on one PGlite directory corrupt it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPgliteStore } from './pglite';
import { createPostgresStore } from './postgres';
import type { Store } from './store';

export async function openStore(options: {
  databaseUrl?: string | undefined;
  dbSchema?: string | undefined;
  dataDir: string;
}): Promise<Store> {
  if (options.databaseUrl) {
    return createPostgresStore({
      connectionString: options.databaseUrl,
      ...(options.dbSchema ? { schema: options.dbSchema } : {}),
    });
  }
  mkdirSync(options.dataDir, { recursive: true });
  const release = lockDataDir(options.dataDir);
  const store = await createPgliteStore({ dataDir: join(options.dataDir, 'pglite') });
  return {
    ...store,
    close: async () => {
      await store.close();
      release();
    },
  };
}

function lockDataDir(dir: string): () => void {
  const lock = join(dir, 'anxin.pid');
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The data directory ${dir} is in use by process ${pid}; stop it first (PGlite is single-process).`,
      );
    }
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
