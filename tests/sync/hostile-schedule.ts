// A hostile-network schedule for SYN-1/SYN-2: several devices (two of them one technician's, one with its clock
// hours off) act offline and sync through drops, lost answers and duplicate deliveries, while apps and server
// instances restart. After the network heals, every device holds the server's state and every accepted mutation
// was applied exactly once. Run on PGlite and on PostgreSQL with two instances by the *.test.ts files beside it.
import 'fake-indexeddb/auto';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { type LocalDb, openLocalDb } from '../../src/local/local-db';
import { createSyncEngine, type SyncEngine } from '../../src/local/sync-engine';
import { TransportError } from '../../src/local/transport';
import { createRandom } from '../../src/server/seed/random';
import type { Store } from '../../src/server/store/store';
import { type Faults, simulatedTransport } from './simulated-network';

// The seed's mulberry32 stream: a schedule is the same for the same seed, wherever it runs.
const seededRandom = (seed: number): (() => number) => createRandom(seed).next;

interface Device {
  name: string;
  user: string;
  engine: SyncEngine;
  db: LocalDb;
  made: string[];
  restart?: () => void;
}

export interface NetworkEnv {
  label: string;
  /** The server instances devices reach (each request picks one); all share one store. */
  servers: FastifyInstance[];
  store: Store;
  tokens: Record<string, string>;
  userIds: Record<string, string>;
  /** Restarts a server instance (a new app on the same store), between requests. */
  restartServer?: (index: number) => Promise<void>;
}

function makeDevice(env: NetworkEnv, seed: number, name: string, user: string, faults: Faults, skewHours = 0): Device {
  const random = seededRandom(seed * 7919 + name.length);
  const dbName = `anxin-test-${env.label}-${seed}-${name}`;
  let n = 0;
  const build = (db: LocalDb) =>
    createSyncEngine({
      db,
      transport: simulatedTransport(
        () => env.servers[Math.floor(random() * env.servers.length)]!,
        env.tokens[user]!,
        random,
        faults,
      ),
      user: { id: env.userIds[user]! },
      clientId: `device-${name}-${seed}`,
      clock: () => new Date(Date.now() + skewHours * 3_600_000),
      // Deterministic ids per seed and device, still valid v4-shaped uuids.
      uuid: () => {
        const device = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 65_536, 7);
        const hex = `${(seed % 65_536).toString(16).padStart(4, '0')}${device.toString(16).padStart(4, '0')}${(n++).toString(16).padStart(4, '0')}`;
        return `5eed0000-0000-4000-8000-${hex}`;
      },
    });
  const device: Device = { name, user, db: openLocalDb(dbName), engine: undefined as unknown as SyncEngine, made: [] };
  device.engine = build(device.db);
  // A restart of the app: the database is closed and opened again, a new engine reads the same outbox.
  device.restart = () => {
    device.db.close();
    device.db = openLocalDb(dbName);
    device.engine = build(device.db);
  };
  return device;
}

async function trySync(d: Device): Promise<void> {
  try {
    await d.engine.sync();
  } catch (err) {
    if (!(err instanceof TransportError)) throw err;
  }
}

async function act(d: Device, random: () => number, foreignOrder: string): Promise<void> {
  const orders = (await d.db.orders.toArray()).map((o) => String(o.id));
  const r = random();
  if (r < 0.15 && d.user !== 'dispatcher1') {
    d.made.push(await d.engine.mutate('order.addNote', { orderId: foreignOrder, text: `not mine ${d.name}` }));
  } else if (r < 0.3 && d.user !== 'dispatcher1') {
    d.made.push(
      await d.engine.mutate('duty.set', { onDuty: random() < 0.5, position: { lat: 34.33, lng: 108.7, accuracy: 20 } }),
    );
  } else if (r < 0.75 && orders.length) {
    const orderId = orders[Math.floor(random() * orders.length)]!;
    d.made.push(await d.engine.mutate('order.addNote', { orderId, text: `${d.name} note ${d.made.length}` }));
  } else {
    await trySync(d);
  }
}

export async function runHostileSchedule(env: NetworkEnv, seed: number): Promise<void> {
  const random = seededRandom(seed);
  const faults: Faults = { on: false, dropBefore: 0.25, loseAnswer: 0.25, duplicate: 0.2 };
  const devices = [
    makeDevice(env, seed, 'phoneA', 'tech1', faults),
    makeDevice(env, seed, 'phoneB', 'tech1', faults),
    makeDevice(env, seed, 'desk', 'dispatcher1', faults),
    makeDevice(env, seed, 'skewed', 'worker1', faults, 5),
  ];
  for (const d of devices) await d.engine.sync(); // first sync on a good network
  const [foreign] = await env.store.query<{ id: string }>(
    `select id from orders where assignee_user_id is distinct from $1 and assignee_user_id is distinct from $2
       and (company_id is null or company_id <> (select company_id from users where id = $1)) limit 1`,
    [env.userIds.tech1, env.userIds.worker1],
  );

  faults.on = true;
  for (let step = 0; step < 40; step++) {
    // Sometimes two devices act at once, so their deliveries interleave on the server.
    const a = devices[Math.floor(random() * devices.length)]!;
    const b = devices[Math.floor(random() * devices.length)]!;
    const r = random();
    if (r < 0.05) a.restart?.();
    else if (r < 0.08 && env.restartServer) await env.restartServer(Math.floor(random() * env.servers.length));
    else if (r < 0.35 && a !== b) await Promise.all([act(a, random, foreign!.id), act(b, random, foreign!.id)]);
    else await act(a, random, foreign!.id);
  }

  faults.on = false; // the network heals
  for (const d of devices) await d.engine.sync();
  for (const d of devices) await d.engine.sync(); // pick up what the others pushed

  for (const d of devices) {
    const state = await d.engine.state();
    expect(state.pending, `${d.name} outbox`).toBe(0);
    const rejectedIds = new Set(state.rejected.map((e) => e.id));
    for (const id of d.made) {
      const [p] = await env.store.query<{ status: string }>('select status from processed_mutations where id = $1', [
        id,
      ]);
      expect(p, `mutation ${id} reached the server once`).toBeDefined();
      expect(rejectedIds.has(id), `${id} listed as refused on ${d.name}`).toBe(p!.status === 'rejected');
    }
    for (const e of state.rejected) {
      expect(e.problem?.code).toBe('order.not_visible');
      expect(await d.db.order_notes.where('_mutationId').equals(e.id).count()).toBe(0);
    }
    // Converged: the device holds exactly the notes a fresh device of the same user would pull.
    const fresh = makeDevice(env, seed + 1_000_000, `fresh-${d.name}`, d.user, { ...faults, on: false });
    await fresh.engine.sync();
    const notes = async (x: Device) =>
      (await x.db.order_notes.toArray()).map((n) => `${n._id}|${n.text}|${n._mutationId ?? ''}`).sort();
    const mine = await notes(d);
    const theirs = await notes(fresh);
    expect(mine).toEqual(theirs);
    await fresh.db.delete();
  }

  // Exactly once: each applied note is one row and one audit entry, however often it was delivered.
  const made = devices.flatMap((d) => d.made);
  const [counts] = await env.store.query<{ notes: number; audits: number; applied: number }>(
    `select (select count(*)::int from order_notes where id = any($1)) as notes,
            (select count(*)::int from audit_log where action = 'order.addNote' and detail->>'noteId' = any($1)) as audits,
            (select count(*)::int from processed_mutations where id = any($1) and status = 'applied' and name = 'order.addNote')
              as applied`,
    [made],
  );
  expect(counts!.notes).toBe(counts!.applied);
  expect(counts!.audits).toBe(counts!.applied);
  for (const d of devices) await d.db.delete();
}
