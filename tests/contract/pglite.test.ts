// The store contract on PGlite, the embedded default.
import { createPgliteStore } from '../../src/server/store/pglite';
import { runStoreContract } from './store-contract';

runStoreContract('pglite', () => createPgliteStore());
