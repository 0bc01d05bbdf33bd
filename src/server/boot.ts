// Prepares a store for serving: migrations, then the Xianyang demo on an empty store when demo mode is on.
// Must not seed twice: the settings row 'demo_seeded', or any existing user, means the store is already in use.
import { type DemoSummary, seedDemo } from './seed/demo';
import { migrate } from './store/migrate';
import type { Store } from './store/store';

export interface PrepareResult {
  migrated: string[];
  seeded: DemoSummary | null;
}

export async function prepareStore(store: Store, options: { demo: boolean; now?: Date }): Promise<PrepareResult> {
  const migrated = await migrate(store);
  if (!options.demo) return { migrated, seeded: null };
  const [state] = await store.query<{ seeded: boolean; users: number }>(
    `select exists(select 1 from settings where key = 'demo_seeded') as seeded, (select count(*)::int from users) as users`,
  );
  if (state?.seeded || (state?.users ?? 0) > 0) return { migrated, seeded: null };
  const seeded = await seedDemo(store, options.now ? { now: options.now } : {});
  return { migrated, seeded };
}
