// SMS through the pluggable gateway (ALM-5, ALM-8): the webhook gateway against a real local HTTP server (ok, 500,
// timeout), and the outbox sender's statuses and `notify` timeline rows on PGlite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareStore } from '../../src/server/boot';
import { createOutboxSender } from '../../src/server/notify/outbox-sender';
import { createLogSmsGateway, createWebhookSmsGateway } from '../../src/server/notify/sms-gateway';
import type { Store } from '../../src/server/store/store';
import { available } from '../helpers/require-env';
import { freshPostgres, seededPglite } from '../helpers/stores';

interface Received {
  to: string;
  body: string;
  id?: string;
}

/** A gateway stand-in: 200 with an id, 500 for targets ending in 500, never answers for targets ending in 999. */
async function startFakeGateway(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const msg = JSON.parse(raw) as Received;
    received.push(msg);
    if (msg.to.endsWith('999')) return; // hang
    if (msg.to.endsWith('500')) {
      res.writeHead(500).end('provider down');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `gw-${received.length}` }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/sms`,
    received,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

describe('SMS webhook gateway', () => {
  let gw: Awaited<ReturnType<typeof startFakeGateway>>;
  beforeAll(async () => {
    gw = await startFakeGateway();
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('[ALM-5] posts {to, body, id} and reports the gateway id on a 2xx', async () => {
    const result = await createWebhookSmsGateway(gw.url).send('13800000001', '安心: test', 'm-1');
    expect(result).toEqual({ ok: true, id: expect.stringMatching(/^gw-/) });
    expect(gw.received.at(-1)).toEqual({ to: '13800000001', body: '安心: test', id: 'm-1' });
  });

  it('[ALM-5] a non-2xx answer is a failure with the status', async () => {
    const result = await createWebhookSmsGateway(gw.url).send('13800000500', 'x');
    expect(result.ok).toBe(false);
    expect(result.error).toContain('HTTP 500');
  });

  it('[ALM-5] a gateway that does not answer in time is a failure', async () => {
    const started = Date.now();
    const result = await createWebhookSmsGateway(gw.url, 300).send('13800000999', 'x');
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('timeout') });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('[ALM-5] the log gateway prints one line and succeeds', async () => {
    const lines: string[] = [];
    expect((await createLogSmsGateway((l) => lines.push(l)).send('138', 'a\nb')).ok).toBe(true);
    expect(lines).toEqual(['[sms] to 138: a b']);
  });
});

function outboxSuite(name: string, open: () => Promise<Store>) {
  describe(`outbox sender (${name})`, () => {
    let store: Store;
    let gw: Awaited<ReturnType<typeof startFakeGateway>>;
    let alarmId: string;
    beforeAll(async () => {
      store = await open();
      gw = await startFakeGateway();
      const [resident] = await store.query<{ id: string; community_id: string }>(
        'select id, community_id from residents where community_id is not null order by id limit 1',
      );
      alarmId = randomUUID();
      await store.query(
        `insert into alarms (id, resident_id, community_id, source) values ($1, $2, $3, 'dispatcher')`,
        [alarmId, resident!.id, resident!.community_id],
      );
    });
    afterAll(async () => {
      await gw?.close();
      await store?.close();
    });

    it('[ALM-5][ALM-8] sends queued SMS, records sent or failed, and puts every attempt on the alarm timeline', async () => {
      const queue = async (target: string, alarm: string | null) => {
        const id = randomUUID();
        await store.query(
          `insert into outbound_messages (id, channel, target, body, alarm_id) values ($1, 'sms', $2, '安心告警', $3)`,
          [id, target, alarm],
        );
        return id;
      };
      const ok = await queue('13900000001', alarmId);
      const bad = await queue('13900000500', alarmId);
      const plain = await queue('13900000002', null);
      const sender = createOutboxSender(store, createWebhookSmsGateway(gw.url, 1000));
      expect(await sender.sendQueued()).toBe(3);
      expect(await sender.sendQueued()).toBe(0);
      const rows = await store.query<{ id: string; status: string; sent_at: Date | null; error: string }>(
        'select id, status, sent_at, error from outbound_messages where id = any($1)',
        [[ok, bad, plain]],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(ok)).toMatchObject({ status: 'sent', error: '' });
      expect(byId.get(ok)!.sent_at).not.toBeNull();
      expect(byId.get(bad)).toMatchObject({ status: 'failed', sent_at: null });
      expect(byId.get(bad)!.error).toContain('HTTP 500');
      expect(byId.get(plain)!.status).toBe('sent');
      const timeline = await store.query<{ channel: string; target: string; detail: { status: string } }>(
        `select channel, target, detail from alarm_events where alarm_id = $1 and kind = 'notify' order by target`,
        [alarmId],
      );
      expect(timeline.map((t) => [t.channel, t.target, t.detail.status])).toEqual([
        ['sms', '13900000001', 'sent'],
        ['sms', '13900000500', 'failed'],
      ]);
    });

    it('[ALM-5] the started sender sends a newly queued message in the background', async () => {
      const sender = createOutboxSender(store, createWebhookSmsGateway(gw.url, 1000), { pollMs: 100 });
      await sender.start();
      try {
        const id = randomUUID();
        await store.query(
          `insert into outbound_messages (id, channel, target, body, alarm_id) values ($1, 'sms', '13900000003', 'b', $2)`,
          [id, alarmId],
        );
        await expect
          .poll(
            async () =>
              (await store.query<{ status: string }>('select status from outbound_messages where id = $1', [id]))[0]!
                .status,
            { timeout: 3000 },
          )
          .toBe('sent');
      } finally {
        await sender.stop();
      }
    });
  });
}

outboxSuite('PGlite', seededPglite);
if (available('postgres')) {
  outboxSuite('PostgreSQL', async () => {
    const s = await freshPostgres();
    await prepareStore(s, { demo: true });
    return s;
  });
}
