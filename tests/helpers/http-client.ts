// A script's view of a running server over real HTTP: sign in as a demo account, push one mutation and get its
// value. For browser stories that set the scene (duty positions, device tokens) without clicking through screens.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';

export interface HttpLogin {
  token: string;
  user: { id: string; communityIds: string[] };
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
