// Pushing mutations into a test app as a signed-in demo user, the way a device does: one mutation per request, its
// stored result back. For integration suites that walk a lifecycle; must not sign in (the suite holds the tokens).
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { bearer, type TestApp } from './app';

export interface PushResult {
  id: string;
  status: 'applied' | 'rejected';
  value?: unknown;
  problem?: { code: string; field?: string; message: string };
}

export interface TestMutation {
  id: string;
  name: string;
  args: unknown;
  at: string;
}

export function testMutation(name: string, args: unknown, id: string = randomUUID()): TestMutation {
  return { id, name, args, at: new Date().toISOString() };
}

/** send / push / applied over one app; `tokenOf` names the bearer token of each user. */
export function pushKit(app: () => TestApp, tokenOf: (user: string) => string) {
  const send = async (user: string, m: TestMutation, lang = 'en'): Promise<PushResult> => {
    const res = await app().app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { ...bearer(tokenOf(user)), 'accept-language': lang },
      payload: { protocol: 1, clientId: `device-${user}`, mutations: [m] },
    });
    return res.json().results[0] as PushResult;
  };
  const push = (user: string, name: string, args: unknown, id: string = randomUUID()) =>
    send(user, testMutation(name, args, id));
  /** Pushes and expects the mutation applied; gives its id and value. */
  const applied = async (user: string, name: string, args: unknown, id: string = randomUUID()) => {
    const r = await push(user, name, args, id);
    expect(r, `${user} ${name}`).toMatchObject({ status: 'applied' });
    return { id, value: r.value };
  };
  return { send, push, applied };
}
