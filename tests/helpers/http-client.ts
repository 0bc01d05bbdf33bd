// A script's view of a running server over real HTTP: sign in as a demo account, push one mutation and get its
// value. For browser stories that set the scene (duty positions, device tokens) without clicking through screens.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';

export interface HttpLogin {
  token: string;
  user: { id: string; communityIds: string[]; companyId: string | null };
}

export async function loginOver(baseUrl: string, username: string): Promise<HttpLogin> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'anxin-demo' }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as HttpLogin;
}

/** Pushes one mutation and expects it applied; resolves to its value (a created id, an issued token). */
export async function pushOver(baseUrl: string, token: string, name: string, args: unknown): Promise<unknown> {
  const res = await fetch(`${baseUrl}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      protocol: 1,
      clientId: 'e2e-test-script',
      mutations: [{ id: randomUUID(), name, args, at: new Date().toISOString() }],
    }),
  });
  const body = (await res.json()) as { results: { status: string; value?: unknown; problem?: unknown }[] };
  expect(body.results[0], JSON.stringify(body)).toMatchObject({ status: 'applied' });
  return body.results[0]?.value;
}

export interface PlacedResident {
  id: string;
  name: string;
  lat: number;
  lng: number;
}

/** The first active resident with a position that the reader's own pull brings, in these communities (none: any). */
export async function residentInCommunitiesOver(
  baseUrl: string,
  reader: HttpLogin,
  communityIds: readonly string[],
): Promise<PlacedResident> {
  let cursor = 0;
  let page: string | undefined;
  for (;;) {
    const q = `cursor=${cursor}${page ? `&page=${encodeURIComponent(page)}` : ''}`;
    const res = await fetch(`${baseUrl}/api/sync/pull?${q}`, { headers: { authorization: `Bearer ${reader.token}` } });
    const body = (await res.json()) as {
      cursor: number;
      more: boolean;
      page?: string;
      changes: { table: string; row?: Record<string, unknown> }[];
    };
    const found = body.changes.find(
      (c) =>
        c.table === 'residents' &&
        c.row?.active === true &&
        typeof c.row.lat === 'number' &&
        (communityIds.length === 0 || communityIds.includes(String(c.row.communityId))),
    );
    if (found?.row) {
      const r = found.row;
      return { id: String(r.id), name: String(r.name), lat: Number(r.lat), lng: Number(r.lng) };
    }
    if (!body.more) throw new Error(`no resident with a position in communities [${communityIds.join(',')}]`);
    cursor = body.cursor;
    page = body.page;
  }
}

/** Every row the reader's full pull brings, by table: for stories that choose their scene from the demo's data. */
export async function pullAllOver(baseUrl: string, token: string): Promise<Map<string, Record<string, unknown>[]>> {
  const tables = new Map<string, Record<string, unknown>[]>();
  let cursor = 0;
  let page: string | undefined;
  for (;;) {
    const q = `cursor=${cursor}${page ? `&page=${encodeURIComponent(page)}` : ''}`;
    const res = await fetch(`${baseUrl}/api/sync/pull?${q}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as {
      cursor: number;
      more: boolean;
      page?: string;
      changes: { table: string; op: string; row?: Record<string, unknown> }[];
    };
    for (const c of body.changes) {
      if (c.op !== 'put' || !c.row) continue;
      const rows = tables.get(c.table) ?? [];
      rows.push(c.row);
      tables.set(c.table, rows);
    }
    if (!body.more) return tables;
    cursor = body.cursor;
    page = body.page;
  }
}
