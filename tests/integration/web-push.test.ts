// Web push for alarm offers (ALM-3): a responder's browser subscription saved through the API, an alarm offer queued
// as web push and sent by the outbox sender to a fake push service (aes128gcm, VAPID), decrypted here with the
// subscriber's own key; a 410 drops the subscription; a bad subscription body is refused naming the field.
import { createECDH, type ECDH, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offsetByMeters } from '../../src/domain/geo/distance';
import { loadConfig } from '../../src/server/config';
import { createOutboxSender } from '../../src/server/notify/outbox-sender';
import { createLogSmsGateway } from '../../src/server/notify/sms-gateway';
import { createWebPushSender, lazyVapidDetails } from '../../src/server/notify/web-push';
import { bearer, createTestApp, type TestApp } from '../helpers/app';

const require = createRequire(import.meta.url);
const ece = require('http_ece') as {
  decrypt(buffer: Buffer, params: { version: string; privateKey: ECDH; authSecret: string }): Buffer;
};

interface PushRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A push service stand-in: records every request; answers 410 for paths under /gone/, else 201. */
async function startFakePushService() {
  const received: PushRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
    res.writeHead(req.url?.startsWith('/gone/') ? 410 : 201).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  return {
    base: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A browser's subscription: a real P-256 key pair and auth secret, as PushManager.subscribe makes them. */
function browserSubscription(endpoint: string) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const authSecret = randomBytes(16).toString('base64url');
  return {
    ecdh,
    authSecret,
    json: {
      endpoint,
      expirationTime: null,
      keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: authSecret },
    },
  };
}

describe('web push for alarm offers (PGlite)', () => {
  let t: TestApp;
  let push: Awaited<ReturnType<typeof startFakePushService>>;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const q = <T = Record<string, unknown>>(sql: string, p: unknown[] = []) => t.store.query<T>(sql, p);

  const mutate = async (user: string, name: string, args: unknown) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { ...bearer(tokens[user]!), 'accept-language': 'en' },
      payload: {
        protocol: 1,
        clientId: `web-push-${user}`,
        mutations: [{ id: randomUUID(), name, args, at: new Date().toISOString() }],
      },
    });
    expect(res.statusCode).toBe(200);
    return res.json().results[0] as { status: string; value?: { id: string } };
  };
  const subscribe = (user: string, body: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/push/subscription',
      headers: { ...bearer(tokens[user]!), 'accept-language': 'en' },
      payload: body as Record<string, unknown>,
    });
  const sender = () =>
    createOutboxSender(
      t.store,
      createLogSmsGateway(() => {}),
      {
        webPush: createWebPushSender(lazyVapidDetails(t.store, loadConfig({ ANXIN_DATA_DIR: '.tmp/unused' }).vapid)),
      },
    );

  beforeAll(async () => {
    t = await createTestApp();
    push = await startFakePushService();
    for (const u of ['dispatcher1', 'worker1', 'worker2', 'vendor1']) tokens[u] = await t.login(u);
    for (const r of await q<{ id: string; username: string }>('select id, username from users')) ids[r.username] = r.id;
    await q('update users set on_duty = false');
  });
  afterAll(async () => {
    await push?.close();
    await t?.close();
  });

  /** Puts worker1 alone on duty 100 m from a resident and raises an alarm for them; returns the alarm id. */
  async function raiseOfferingWorker1(): Promise<string> {
    const [resident] = await q<{ id: string; lat: number; lng: number }>(
      `select r.id, r.lat, r.lng from residents r
        where r.lat is not null and r.community_id in (select community_id from user_communities where user_id = $1)
        order by r.id limit 1`,
      [ids.liaison1],
    );
    const position = { ...offsetByMeters(resident!, 100, 0), accuracy: 10 };
    expect((await mutate('worker1', 'duty.set', { onDuty: true, position })).status).toBe('applied');
    const raised = await mutate('dispatcher1', 'alarm.raise', { residentId: resident!.id });
    expect(raised.status).toBe('applied');
    const alarmId = raised.value!.id;
    const offers = await q<{ user_id: string }>('select user_id from alarm_offers where alarm_id = $1', [alarmId]);
    expect(offers.map((o) => o.user_id)).toContain(ids.worker1);
    return alarmId;
  }

  it('[ALM-3] the server gives its VAPID public key, the same on every call', async () => {
    const get = () => t.app.inject({ method: 'GET', url: '/api/push/key', headers: bearer(tokens.worker1!) });
    const first = await get();
    expect(first.statusCode).toBe(200);
    expect(Buffer.from(first.json().publicKey, 'base64url')).toHaveLength(65);
    expect((await get()).json().publicKey).toBe(first.json().publicKey);
    expect((await t.app.inject({ method: 'GET', url: '/api/push/key' })).statusCode).toBe(401);
  });

  it('[ALM-3] an alarm offer is pushed encrypted (aes128gcm) and VAPID-signed to the responder’s browser', async () => {
    const browser = browserSubscription(`${push.base}/push/${randomUUID()}`);
    const saved = await subscribe('worker1', browser.json);
    expect(saved.statusCode).toBe(201);
    // Saving again (the app re-subscribes at every start) keeps one row.
    expect((await subscribe('worker1', browser.json)).statusCode).toBe(201);
    expect(await q('select 1 from push_subscriptions where endpoint = $1', [browser.json.endpoint])).toHaveLength(1);

    const alarmId = await raiseOfferingWorker1();
    const queued = await q<{ target: string; body: string }>(
      `select target, body from outbound_messages where alarm_id = $1 and channel = 'web_push'`,
      [alarmId],
    );
    expect(queued.map((m) => m.target)).toContain(ids.worker1);

    const before = push.received.length;
    await sender().sendQueued(100);
    const got = push.received.slice(before).filter((r) => r.path === new URL(browser.json.endpoint).pathname);
    expect(got).toHaveLength(1);
    const r = got[0]!;
    expect(r.method).toBe('POST');
    expect(r.headers['content-encoding']).toBe('aes128gcm');
    expect(r.headers.ttl).toBe('60');
    expect(r.headers.urgency).toBe('high');
    const publicKey = (
      await t.app.inject({ method: 'GET', url: '/api/push/key', headers: bearer(tokens.worker1!) })
    ).json().publicKey as string;
    expect(r.headers.authorization).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${publicKey}$`));

    const plain = ece.decrypt(r.body, {
      version: 'aes128gcm',
      privateKey: browser.ecdh,
      authSecret: browser.authSecret,
    });
    const payload = JSON.parse(plain.toString('utf8'));
    expect(payload).toMatchObject({ alarmId, url: `/?alarm=${alarmId}` });
    expect(payload.title).toEqual(expect.any(String));
    expect(payload.body).toEqual(expect.any(String));

    const [row] = await q<{ status: string }>(
      `select status from outbound_messages where alarm_id = $1 and channel = 'web_push' and target = $2`,
      [alarmId, ids.worker1],
    );
    expect(row!.status).toBe('sent');
    const notify = await q<{ target: string; detail: { status: string } }>(
      `select target, detail from alarm_events where alarm_id = $1 and kind = 'notify' and channel = 'web_push'`,
      [alarmId],
    );
    expect(notify.find((n) => n.target === ids.worker1)?.detail.status).toBe('sent');
    // The SMS went too: web push never replaces it.
    const sms = await q<{ status: string }>(
      `select status from outbound_messages where alarm_id = $1 and channel = 'sms' and status = 'sent'`,
      [alarmId],
    );
    expect(sms.length).toBeGreaterThan(0);
  });

  it('[ALM-3] a subscription the push service says is gone (410) is deleted, and the attempt fails', async () => {
    await q('delete from push_subscriptions where user_id = $1', [ids.worker1]);
    const browser = browserSubscription(`${push.base}/gone/${randomUUID()}`);
    expect((await subscribe('worker1', browser.json)).statusCode).toBe(201);
    await q(`update alarms set status = 'resolved' where status <> 'resolved'`);
    const alarmId = await raiseOfferingWorker1();
    await sender().sendQueued(100);
    expect(push.received.some((r) => r.path === new URL(browser.json.endpoint).pathname)).toBe(true);
    expect(await q('select 1 from push_subscriptions where endpoint = $1', [browser.json.endpoint])).toHaveLength(0);
    const [row] = await q<{ status: string; error: string }>(
      `select status, error from outbound_messages where alarm_id = $1 and channel = 'web_push' and target = $2`,
      [alarmId, ids.worker1],
    );
    expect(row).toMatchObject({ status: 'failed', error: expect.stringContaining('410') });
  });

  it('[ALM-3] a user without a subscription: the web push fails with the reason, on the timeline', async () => {
    await q('delete from push_subscriptions where user_id = $1', [ids.worker1]);
    await q(`update alarms set status = 'resolved' where status <> 'resolved'`);
    const alarmId = await raiseOfferingWorker1();
    await sender().sendQueued(100);
    const [e] = await q<{ detail: { status: string; error: string } }>(
      `select detail from alarm_events where alarm_id = $1 and kind = 'notify' and channel = 'web_push' and target = $2`,
      [alarmId, ids.worker1],
    );
    expect(e!.detail).toMatchObject({ status: 'failed', error: 'no push subscription' });
  });

  it('[ALM-3] a bad subscription is refused naming the field; only responders may subscribe; delete removes it', async () => {
    const good = browserSubscription(`${push.base}/push/${randomUUID()}`).json;
    const refused = async (body: unknown, field: string) => {
      const res = await subscribe('worker1', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().problem.field).toBe(field);
    };
    await refused({ ...good, endpoint: 'ftp://push.example/x' }, 'endpoint');
    await refused({ ...good, keys: { ...good.keys, p256dh: 'bm90IGEga2V5' } }, 'keys.p256dh');
    await refused({ ...good, keys: { p256dh: good.keys.p256dh } }, 'keys.auth');
    await refused({ keys: good.keys }, 'endpoint');
    expect((await subscribe('vendor1', good)).statusCode).toBe(403);

    expect((await subscribe('worker2', good)).statusCode).toBe(201);
    const del = await t.app.inject({
      method: 'DELETE',
      url: '/api/push/subscription',
      headers: bearer(tokens.worker2!),
      payload: { endpoint: good.endpoint },
    });
    expect(del.statusCode).toBe(200);
    expect(await q('select 1 from push_subscriptions where endpoint = $1', [good.endpoint])).toHaveLength(0);
  });
});
