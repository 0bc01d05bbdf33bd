// Sends queued SMS rows of outbound_messages through the gateway, and web_push rows to the user's subscriptions when a
// web push sender is given (ALM-3), and records the outcome (status, sent_at, error) and, for alarm messages, a
// `notify` row on the alarm's timeline (ALM-5, ALM-8). Must not run inside an HTTP
// request: it runs in its own background loop.
import { randomUUID } from 'node:crypto';
import { createPollLoop, type PollLoop } from '../jobs/poll-loop';
import type { Queryable, Store } from '../store/store';
import type { SmsGateway, SmsResult } from './sms-gateway';
import type { WebPushSender } from './web-push';

interface QueuedMessage {
  id: string;
  channel: string;
  target: string;
  body: string;
  alarm_id: string | null;
}

const nextSql = (channels: readonly string[]) => `select id, channel, target, body, alarm_id from outbound_messages
  where status = 'queued' and channel in (${channels.map((c) => `'${c}'`).join(', ')}) order by created_at, id limit 1`;

export interface OutboxSender extends PollLoop {
  /** Sends up to `limit` queued messages; returns how many were handled (sent or failed). */
  sendQueued(limit?: number): Promise<number>;
}

export function createOutboxSender(
  store: Store,
  gateway: SmsGateway,
  options: { pollMs?: number; webPush?: WebPushSender } = {},
): OutboxSender {
  const { webPush } = options;
  const NEXT_SQL = nextSql(webPush ? ['sms', 'web_push'] : ['sms']);
  /** web_push targets a user id: the sender reads (and prunes) that user's subscriptions through `q`. */
  const send = (q: Queryable, m: QueuedMessage): Promise<SmsResult> =>
    m.channel === 'web_push' && webPush ? webPush.send(q, m.target, m.body) : gateway.send(m.target, m.body, m.id);

  async function sendNext(): Promise<boolean> {
    if (store.kind === 'postgres') {
      // Several instances: the row lock is the claim, held while the gateway answers (at most its timeout).
      return store.transaction(async (tx) => {
        const [m] = await tx.query<QueuedMessage>(`${NEXT_SQL} for update skip locked`);
        if (!m) return false;
        await recordOutcome(tx, m, await send(tx, m));
        return true;
      });
    }
    // PGlite is one process with one sender loop, so nobody else can take the message; holding its only connection
    // while a gateway answers would stall every request, so the send happens outside the transaction.
    const [m] = await store.query<QueuedMessage>(NEXT_SQL);
    if (!m) return false;
    const result = await send(store, m);
    await store.transaction((tx) => recordOutcome(tx, m, result));
    return true;
  }

  async function sendQueued(limit = 20): Promise<number> {
    let handled = 0;
    while (handled < limit && (await sendNext())) handled++;
    return handled;
  }

  const loop = createPollLoop(store, 'sms', async () => (await sendQueued()) === 20, options.pollMs ?? 500);
  return { ...loop, sendQueued };
}

async function recordOutcome(tx: Queryable, m: QueuedMessage, result: SmsResult): Promise<void> {
  const status = result.ok ? 'sent' : 'failed';
  await tx.query(
    `update outbound_messages set status = $2, sent_at = case when $2 = 'sent' then now() end, error = $3
      where id = $1`,
    [m.id, status, result.error ?? ''],
  );
  if (!m.alarm_id) return;
  const detail = { status, messageId: m.id, ...(result.id ? { gatewayId: result.id } : {}), ...errorOf(result) };
  await tx.query(
    `insert into alarm_events (id, alarm_id, kind, channel, target, detail) values ($1, $2, 'notify', $3, $4, $5)`,
    [randomUUID(), m.alarm_id, m.channel, m.target, JSON.stringify(detail)],
  );
}

function errorOf(result: SmsResult): { error?: string } {
  return result.error ? { error: result.error } : {};
}
