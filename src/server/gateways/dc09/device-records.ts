// The DC-09 receiver's view of registered devices (ALM-9): one lookup by account, a short-lived cache for the hot
// path, and the change-log entry consoles pull. Must not decide replies or meanings (receiver / process-frame do).
import type { Queryable } from '../../store/store';
import { recordChange } from '../../sync/change-log';

export interface DeviceInfo {
  account: string;
  residentId: string | null;
  /** The bound resident's community: the scope of every change-log entry about this device. */
  communityId: string | null;
  keyHex: string | null;
  strictLength: boolean;
  profile: string;
  heartbeatSeconds: number;
  active: boolean;
  createdAt: Date;
}

interface DeviceDbRow {
  account: string;
  resident_id: string | null;
  community_id: string | null;
  key_hex: string | null;
  strict_length: boolean;
  profile: string;
  heartbeat_seconds: number;
  active: boolean;
  created_at: Date | string;
}

const DEVICE_SQL = `select d.account, d.resident_id, r.community_id, d.key_hex, d.strict_length, d.profile,
       d.heartbeat_seconds, d.active, d.created_at
  from devices d left join residents r on r.id = d.resident_id`;

function toInfo(r: DeviceDbRow): DeviceInfo {
  return {
    account: r.account,
    residentId: r.resident_id,
    communityId: r.community_id,
    keyHex: r.key_hex,
    strictLength: r.strict_length,
    profile: r.profile,
    heartbeatSeconds: Number(r.heartbeat_seconds),
    active: r.active,
    createdAt: new Date(r.created_at),
  };
}

export async function loadDevice(q: Queryable, account: string): Promise<DeviceInfo | null> {
  const [row] = await q.query<DeviceDbRow>(`${DEVICE_SQL} where d.account = $1`, [account]);
  return row ? toInfo(row) : null;
}

export async function loadDevices(q: Queryable, accounts: readonly string[]): Promise<DeviceInfo[]> {
  if (!accounts.length) return [];
  const rows = await q.query<DeviceDbRow>(`${DEVICE_SQL} where d.account = any($1::text[])`, [accounts]);
  return rows.map(toInfo);
}

export async function loadAllDevices(q: Queryable): Promise<DeviceInfo[]> {
  const rows = await q.query<DeviceDbRow>(`${DEVICE_SQL} where d.active order by d.account`);
  return rows.map(toInfo);
}

export interface DeviceDirectory {
  /** The device, or null when unknown; answers from a cache at most ttlMs old. */
  find(account: string): Promise<DeviceInfo | null>;
  forget(account?: string): void;
}

// Two seconds: a device registered or changed on the console is seen on the next frame but one after that, while
// 1,000 frames/s from a hundred units cost one reload query per two seconds.
const DEFAULT_TTL_MS = 2_000;

export function createDeviceDirectory(q: Queryable, ttlMs = DEFAULT_TTL_MS): DeviceDirectory {
  const cache = new Map<string, { at: number; device: Promise<DeviceInfo | null> }>();
  const wanted = new Map<string, ((d: DeviceInfo | null) => void)[]>();
  let scheduled = false;

  // Lookups wait for the next turn and go to the store together, and stale entries are answered from the cache while
  // that query reloads them: a hundred devices (re)appearing at once must not put a hundred lookups in front of the
  // journal writes that replies wait for.
  async function loadWanted(): Promise<void> {
    const batch = new Map(wanted);
    wanted.clear();
    scheduled = false;
    let found: Map<string, DeviceInfo> | null = null;
    try {
      found = new Map((await loadDevices(q, [...batch.keys()])).map((d) => [d.account, d]));
    } catch {
      // Unknown for now: nothing cached, so the next frame asks again.
    }
    const at = Date.now();
    for (const [account, waiters] of batch) {
      const device = found ? (found.get(account) ?? null) : null;
      if (found) cache.set(account, { at, device: Promise.resolve(device) });
      for (const w of waiters) w(device);
    }
  }
  function want(account: string, waiter: (d: DeviceInfo | null) => void = () => undefined): void {
    const list = wanted.get(account) ?? [];
    list.push(waiter);
    wanted.set(account, list);
    if (!scheduled) {
      scheduled = true;
      setImmediate(() => void loadWanted());
    }
  }

  return {
    find(account) {
      const hit = cache.get(account);
      if (hit) {
        if (Date.now() - hit.at >= ttlMs && !wanted.has(account)) want(account);
        return hit.device;
      }
      if (cache.size >= 10_000) cache.delete(cache.keys().next().value as string);
      return new Promise((resolve) => want(account, resolve));
    },
    forget(account) {
      if (account === undefined) cache.clear();
      else cache.delete(account);
    },
  };
}

/** Logs the devices row for the consoles covering its resident (city-wide consoles only when unbound). */
export async function recordDeviceChange(q: Queryable, d: Pick<DeviceInfo, 'account' | 'communityId'>) {
  await recordChange(q, { tbl: 'devices', rowId: d.account, op: 'put', communityId: d.communityId, mutationId: null });
}
