// The push contract on both stores: PGlite (the seeded dump) and PostgreSQL (a schema of its own, seeded).
import { prepareStore } from '../../src/server/boot';
import { available } from '../helpers/require-env';
import { freshPostgres, seededPglite } from '../helpers/stores';
import { runPushSuite } from './push-suite';

runPushSuite('pglite', seededPglite);

if (available('postgres')) {
  runPushSuite('postgres', async () => {
    const store = await freshPostgres();
    await prepareStore(store, { demo: true });
    return store;
  });
}
