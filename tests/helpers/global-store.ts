// Once per test run: migrate a fresh PGlite, seed the demo, and dump it, so each test file loads a copy in under a
// second instead of paying initdb (about 4 s) and the seed again.
import { mkdirSync, writeFileSync } from 'node:fs';
import { prepareStore } from '../../src/server/boot';
import { createPgliteStore } from '../../src/server/store/pglite';
import { seededDumpPath } from './stores';

export async function setup(): Promise<void> {
  const started = Date.now();
  const store = await createPgliteStore();
  await prepareStore(store, { demo: true });
  const dump = await store.dump();
  await store.close();
  mkdirSync('.tmp', { recursive: true });
  writeFileSync(seededDumpPath, Buffer.from(await dump.arrayBuffer()));
  console.log(`[tests] seeded store dump ready in ${Date.now() - started} ms`);
}
