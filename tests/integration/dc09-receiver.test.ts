// The DC-09 receiver over real loopback sockets (ALM-9): replies byte for byte (plain) or decrypted (encrypted),
// journal before reply, alarms for liaison1, technical alarms, duplicates, bad input, split/coalesced frames, silence.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeviceDirectory } from '../../src/server/gateways/dc09/device-records';
import { createProcessQueue, type ProcessQueue } from '../../src/server/gateways/dc09/process-queue';
import { createDc09Receiver, type Dc09Receiver } from '../../src/server/gateways/dc09/receiver';
import {
  checkDeviceLiveness,
  createDeviceJobHandlers,
  ensureLivenessJob,
} from '../../src/server/jobs/device-job-handlers';
import { DEMO_DEVICE_KEY } from '../../src/server/seed/demo-devices';
import { bearer, createTestApp, type TestApp } from '../helpers/app';
import { buildFrame, type FrameSpec, refCrc16, refDecrypt } from '../helpers/dc09-frames';
import { openTcp, sendUdp } from '../helpers/dc09-sockets';
import { freePort } from '../helpers/server-process';

const KEY = Buffer.from(DEMO_DEVICE_KEY, 'ascii').toString('hex');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The receiver's device cache in this suite (2 s in the server): a registry change is seen after it. */
const DEVICE_TTL_MS = 200;

/** A complete plain reply computed here from the algorithm (CRC by the test's own routine). */
function plainReply(message: string): string {
  const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return `\n${hex4(refCrc16(message))}${hex4(message.length)}${message}\r`;
}

const tokenOf = (reply: string) => /"(\*?[A-Z-]+)"/.exec(reply)?.[1];

describe('DC-09 receiver on pglite', () => {
  let t: TestApp;
  let queue: ProcessQueue;
  let receiver: Dc09Receiver;
  let port = 0;
  let seq = 100;
  const logs: string[] = [];
  const nextSeq = () => String(++seq).padStart(4, '0');
  const q = <T = Record<string, unknown>>(sql: string, p: unknown[] = []) => t.store.query<T>(sql, p);
  let residentOf: Record<string, string> = {};

  /** One frame over a fresh TCP connection, its one reply, and processing finished. */
  async function roundTrip(spec: FrameSpec): Promise<string> {
    const c = await openTcp(port);
    c.send(buildFrame(spec));
    const [reply] = await c.waitFor(1);
    c.close();
    await queue.idle();
    return reply ?? '';
  }

  beforeAll(async () => {
    t = await createTestApp();
    queue = createProcessQueue(t.store, { log: (m) => logs.push(m) });
    port = await freePort();
    receiver = createDc09Receiver({
      store: t.store,
      queue,
      port,
      host: '127.0.0.1',
      window: { behindSeconds: 40, aheadSeconds: 20 },
      log: (_level, m) => logs.push(m),
      devices: createDeviceDirectory(t.store, DEVICE_TTL_MS),
    });
    await receiver.start();
    const rows = await q<{ account: string; resident_id: string }>('select account, resident_id from devices');
    residentOf = Object.fromEntries(rows.map((r) => [r.account, r.resident_id]));
  });
  afterAll(async () => {
    await receiver?.stop();
    await queue?.stop();
    await t?.close();
  });

  it('[ALM-9] the demo has ANX0001 (encrypted, pendant-v1) and ANX0002 (plain) bound to liaison1 residents', async () => {
    const rows = await q<{ account: string; key_hex: string | null; profile: string; community_id: string }>(
      `select d.account, d.key_hex, d.profile, r.community_id from devices d join residents r on r.id = d.resident_id
        order by d.account`,
    );
    expect(rows.map((r) => [r.account, r.key_hex !== null, r.profile])).toEqual([
      ['ANX0001', true, 'pendant-v1'],
      ['ANX0002', false, 'default'],
    ]);
    const [liaison] = await q<{ id: string }>(`select id from users where username = 'liaison1'`);
    const scope = await q<{ community_id: string }>('select community_id from user_communities where user_id = $1', [
      liaison!.id,
    ]);
    for (const r of rows) expect(scope.map((s) => s.community_id)).toContain(r.community_id);
  });

  it('[ALM-9] an encrypted Contact ID 1101 from ANX0001 over TCP gets an encrypted ACK and raises an alarm liaison1 pulls', async () => {
    const token = await t.login('liaison1');
    const first = await t.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0', headers: bearer(token) });
    const cursor = first.json().cursor as number;
    const sequence = nextSeq();
    const reply = await roundTrip({
      token: 'ADM-CID',
      account: 'ANX0001',
      sequence,
      receiver: '1',
      line: '1',
      data: '#ANX0001|1101 01 015',
      timestamp: new Date(),
      keyHex: KEY,
    });
    expect(tokenOf(reply)).toBe('*ACK');
    const m = /^\n([0-9A-F]{4})([0-9A-F]{4})("\*ACK"(\d{4})R1L1#ANX0001\[([0-9A-F]+))\r$/.exec(reply);
    expect(m, reply).not.toBeNull();
    expect(Number.parseInt(m![1]!, 16)).toBe(refCrc16(m![3]!));
    expect(Number.parseInt(m![2]!, 16)).toBe(m![3]!.length);
    expect(m![4]).toBe(sequence);
    const plain = refDecrypt(m![5]!, KEY);
    const stamp = /\]_(\d\d:\d\d:\d\d,\d\d-\d\d-\d{4})$/.exec(plain);
    expect(stamp, plain).not.toBeNull();
    expect(Math.abs(Date.now() - Date.parse(dc09ToIso(stamp![1]!)))).toBeLessThan(5_000);

    const [alarm] = await q<{ id: string; source: string; device_account: string; event_code: string }>(
      `select id, source, device_account, event_code from alarms where resident_id = $1 order by raised_at desc`,
      [residentOf.ANX0001],
    );
    expect(alarm).toMatchObject({ source: 'device', device_account: 'ANX0001', event_code: '101' });
    const pulled = await t.app.inject({
      method: 'GET',
      url: `/api/sync/pull?cursor=${cursor}`,
      headers: bearer(token),
    });
    const changes = pulled.json().changes as { table: string; id: string }[];
    expect(changes.filter((c) => c.table === 'alarms').map((c) => c.id)).toContain(alarm!.id);
    const [journal] = await q<{ reply: string; encrypted: boolean; event_code: string; processed_at: Date | null }>(
      `select reply, encrypted, event_code, processed_at from dc09_journal where account = 'ANX0001' and sequence = $1`,
      [sequence],
    );
    expect(journal).toMatchObject({ reply: 'ACK', encrypted: true, event_code: '101' });
    expect(journal!.processed_at).not.toBeNull();
  });

  it('[ALM-9] a repeat within 10 minutes is ACKed again but raises nothing twice', async () => {
    const sequence = nextSeq();
    const spec = { token: 'ADM-CID', account: 'ANX0002', sequence, data: '#ANX0002|1100 01 001' };
    await q(`update alarms set status = 'resolved' where resident_id = $1`, [residentOf.ANX0002]);
    expect(tokenOf(await roundTrip(spec))).toBe('ACK');
    expect(tokenOf(await roundTrip(spec))).toBe('ACK');
    const alarms = await q(`select id from alarms where resident_id = $1 and status = 'raised'`, [residentOf.ANX0002]);
    expect(alarms).toHaveLength(1);
    const rows = await q<{ id: string; duplicate_of: string | null }>(
      `select id, duplicate_of from dc09_journal where account = 'ANX0002' and sequence = $1 order by id`,
      [sequence],
    );
    expect(rows).toHaveLength(2);
    expect(String(rows[1]!.duplicate_of)).toBe(String(rows[0]!.id));
  });

  it('[ALM-9] a plain NULL over UDP gets a byte-exact ACK and updates last_seen', async () => {
    await q(`update devices set last_seen_at = null where account = 'ANX0002'`);
    const sequence = nextSeq();
    const reply = await sendUdp(
      port,
      buildFrame({ token: 'NULL', account: 'ANX0002', sequence, receiver: '12', line: '3' }),
    );
    expect(reply).toBe(plainReply(`"ACK"${sequence}R12L3#ANX0002[]`));
    await queue.idle();
    const [d] = await q<{ last_seen_at: Date | null; last_remote: string }>(
      `select last_seen_at, last_remote from devices where account = 'ANX0002'`,
    );
    expect(d!.last_seen_at).not.toBeNull();
    expect(d!.last_remote).toMatch(/^udp:127\.0\.0\.1:/);
  });

  it('[ALM-9] unknown account → NAK with the receiver time, journaled, and one open unregistered_device alarm', async () => {
    const before = Date.now();
    const r1 = await roundTrip({
      token: 'ADM-CID',
      account: 'ZZ9999',
      sequence: nextSeq(),
      data: '#ZZ9999|1101 01 001',
    });
    const r2 = await roundTrip({ token: 'NULL', account: 'ZZ9999', sequence: nextSeq() });
    for (const r of [r1, r2]) {
      const m = /^\n([0-9A-F]{4})([0-9A-F]{4})("NAK"0000R0L0A0\[\]_(.+))\r$/.exec(r);
      expect(m, r).not.toBeNull();
      expect(r).toBe(plainReply(m![3]!));
      expect(Math.abs(Date.parse(dc09ToIso(m![4]!)) - before)).toBeLessThan(5_000);
    }
    const tech = await q<{ kind: string; status: string }>(
      `select kind, status from technical_alarms where device_account = 'ZZ9999'`,
    );
    expect(tech).toEqual([{ kind: 'unregistered_device', status: 'open' }]);
    const journal = await q(`select reply_reason from dc09_journal where account = 'ZZ9999'`);
    expect(journal).toEqual([{ reply_reason: 'unknown_account' }, { reply_reason: 'unknown_account' }]);
  });

  it('[ALM-9] wrong key, plain from a keyed device, time outside the window and bad CRC are NAKed', async () => {
    const FIXED = new Date('2026-01-01T00:00:00Z');
    const wrongKey = Buffer.from('WrongKeyWrongKey', 'ascii').toString('hex');
    const cases: [string, FrameSpec][] = [
      [
        'wrong_key',
        // A fixed time: the cipher text is the same every run, and so is the garbage the wrong key makes of it.
        { token: 'ADM-CID', account: 'ANX0001', data: '#ANX0001|1101 01 015', timestamp: FIXED, keyHex: wrongKey },
      ],
      ['must_encrypt', { token: 'ADM-CID', account: 'ANX0001', data: '#ANX0001|1101 01 015', timestamp: new Date() }],
      ['time_window', { token: 'NULL', account: 'ANX0001', timestamp: new Date(Date.now() - 120_000), keyHex: KEY }],
      ['time_window', { token: 'NULL', account: 'ANX0002', timestamp: new Date(Date.now() + 60_000) }],
      ['crc', { token: 'NULL', account: 'ANX0002', corruptCrc: true }],
    ];
    for (const [reason, spec] of cases) {
      const sequence = nextSeq();
      const reply = await roundTrip({ ...spec, sequence });
      expect(tokenOf(reply), reason).toBe('NAK');
      const [row] = await q<{ reply_reason: string }>(
        'select reply_reason from dc09_journal where sequence = $1 order by id desc limit 1',
        [sequence],
      );
      expect(row?.reply_reason).toBe(reason);
    }
  });

  it('[ALM-9] a valid frame with unreadable event data gets DUH; a wrong length is accepted unless strict', async () => {
    expect(
      tokenOf(await roundTrip({ token: 'ADM-CID', account: 'ANX0002', sequence: nextSeq(), data: 'nonsense' })),
    ).toBe('DUH');
    const lax = await roundTrip({ token: 'NULL', account: 'ANX0002', sequence: nextSeq(), lengthDelta: 3 });
    expect(tokenOf(lax)).toBe('ACK');
    expect(logs.some((l) => l.includes('ANX0002') && l.includes('length'))).toBe(true);
    await q(`update devices set strict_length = true where account = 'ANX0002'`);
    await sleep(DEVICE_TTL_MS + 50);
    await roundTrip({ token: 'NULL', account: 'ANX0002', sequence: nextSeq() }); // a stale hit reloads the device
    const strict = await roundTrip({ token: 'NULL', account: 'ANX0002', sequence: nextSeq(), lengthDelta: 3 });
    expect(tokenOf(strict)).toBe('NAK');
    await q(`update devices set strict_length = false where account = 'ANX0002'`);
    await sleep(DEVICE_TTL_MS + 50);
    await roundTrip({ token: 'NULL', account: 'ANX0002', sequence: nextSeq() });
  });

  it('[ALM-9] split and coalesced frames on one connection are each answered, in order', async () => {
    const seqs = [nextSeq(), nextSeq(), nextSeq()];
    const frames = seqs.map((s) => buildFrame({ token: 'NULL', account: 'ANX0002', sequence: s, trailingNuls: 2 }));
    const c = await openTcp(port);
    const all = frames.join('');
    // Coalesced: the first two in one write; then the third split byte by byte over several writes.
    c.send(frames[0]! + frames[1]!);
    await sleep(20);
    for (let i = 0; i < frames[2]!.length; i += 7) {
      c.send(frames[2]!.slice(i, i + 7));
      await sleep(2);
    }
    const replies = await c.waitFor(3);
    c.close();
    expect(all.length).toBeGreaterThan(0);
    expect(replies).toEqual(seqs.map((s) => plainReply(`"ACK"${s}#ANX0002[]`)));
  });

  it('[ALM-9] garbage and oversized input never crash the receiver, and other connections keep working', async () => {
    const bad = await openTcp(port);
    bad.send(Buffer.from([0xff, 0x00, 0x0a, 0x41, 0x0d, 0x0a]));
    bad.send(`\n${'A'.repeat(100_000)}`);
    bad.send('\nnot a frame at all\r\n0000"\r\n');
    const other = await openTcp(port);
    const sequence = nextSeq();
    other.send(buildFrame({ token: 'NULL', account: 'ANX0002', sequence }));
    expect(await other.waitFor(1)).toEqual([plainReply(`"ACK"${sequence}#ANX0002[]`)]);
    other.close();
    bad.send(`\r${buildFrame({ token: 'NULL', account: 'ANX0002', sequence: '0077' })}`);
    const until = Date.now() + 3_000;
    while (!bad.replies.some((r) => r.includes('"ACK"0077')) && Date.now() < until) await sleep(10);
    bad.close();
    expect(bad.replies.filter((r) => r.includes('"ACK"0077'))).toHaveLength(1);
    expect(bad.replies.every((r) => /^\n[0-9A-F]{8}"(ACK|NAK)"/.test(r))).toBe(true);
    expect(await sendUdp(port, buildFrame({ token: 'NULL', account: 'ANX0002', sequence: '0078' }))).toContain(
      '"ACK"0078',
    );
  });

  it('[ALM-9] every ACKed frame has exactly one journal row, written before the reply', async () => {
    const c = await openTcp(port);
    const seqs = Array.from({ length: 20 }, () => nextSeq());
    c.send(seqs.map((s) => buildFrame({ token: 'NULL', account: 'ANX0002', sequence: s })).join(''));
    const replies = await c.waitFor(20);
    c.close();
    expect(replies).toHaveLength(20);
    // Journal first: at the moment each reply arrived its row existed, so counting now finds exactly one each.
    const rows = await q<{ sequence: string; n: number }>(
      `select sequence, count(*)::int as n from dc09_journal where account = 'ANX0002' and sequence = any($1)
        group by sequence`,
      [seqs],
    );
    expect(rows.map((r) => r.n)).toEqual(seqs.map(() => 1));
  });

  it('[ALM-9] low battery and its restore set and clear the flag and a technical alarm', async () => {
    await roundTrip({ token: 'ADM-CID', account: 'ANX0002', sequence: nextSeq(), data: '#ANX0002|1302 01 000' });
    let [d] = await q<{ battery_low: boolean }>(`select battery_low from devices where account = 'ANX0002'`);
    expect(d!.battery_low).toBe(true);
    const open = await q(
      `select status from technical_alarms where device_account = 'ANX0002' and kind = 'low_battery'`,
    );
    expect(open).toEqual([{ status: 'open' }]);
    await roundTrip({ token: 'ADM-CID', account: 'ANX0002', sequence: nextSeq(), data: '#ANX0002|3302 01 000' });
    [d] = await q<{ battery_low: boolean }>(`select battery_low from devices where account = 'ANX0002'`);
    expect(d!.battery_low).toBe(false);
    const cleared = await q(
      `select status from technical_alarms where device_account = 'ANX0002' and kind = 'low_battery'`,
    );
    expect(cleared).toEqual([{ status: 'cleared' }]);
    await roundTrip({ token: 'ADM-CID', account: 'ANX0002', sequence: nextSeq(), data: '#ANX0002|1999 01 000' });
    const unknown = await q<{ detail: { priority: string; code: string } }>(
      `select detail from technical_alarms where device_account = 'ANX0002' and kind = 'unknown_code'`,
    );
    expect(unknown[0]?.detail).toMatchObject({ priority: 'high', code: '999' });
  });

  it('[ALM-9] silence past interval + grace opens device_silent (fake clock), a frame clears it', async () => {
    const [d] = await q<{ last_seen_at: Date }>(`select last_seen_at from devices where account = 'ANX0001'`);
    const seen = d?.last_seen_at ? new Date(d.last_seen_at) : new Date();
    const handler = createDeviceJobHandlers({ graceSeconds: 60 })['device.liveness']!;
    await t.store.transaction((tx) => handler(tx, { once: true }, new Date(seen.getTime() + 200_000)));
    expect(
      await q(`select 1 from technical_alarms where device_account = 'ANX0001' and kind = 'device_silent'`),
    ).toEqual([]);
    // 300 s heartbeat + 60 s grace: at +400 s ANX0001 is silent.
    await t.store.transaction((tx) => handler(tx, { once: true }, new Date(seen.getTime() + 400_000)));
    const silent = await q<{ status: string; community_id: string | null }>(
      `select status, community_id from technical_alarms where device_account = 'ANX0001' and kind = 'device_silent'`,
    );
    expect(silent).toHaveLength(1);
    expect(silent[0]!.status).toBe('open');
    expect(silent[0]!.community_id).not.toBeNull();
    const again = await t.store.transaction((tx) => checkDeviceLiveness(tx, new Date(seen.getTime() + 430_000), 60));
    expect(again).toEqual([]); // already open: not raised twice
    await roundTrip({ token: 'NULL', account: 'ANX0001', sequence: nextSeq(), timestamp: new Date(), keyHex: KEY });
    const cleared = await q(
      `select status from technical_alarms where device_account = 'ANX0001' and kind = 'device_silent'`,
    );
    expect(cleared).toEqual([{ status: 'cleared' }]);
  });

  it('[ALM-9] the liveness check is one recurring job row: ensured once, and each run schedules the next', async () => {
    const pending = () =>
      q<{ due_at: Date }>(`select due_at from jobs where kind = 'device.liveness' and done_at is null`);
    await q(`delete from jobs where kind = 'device.liveness'`);
    await ensureLivenessJob(t.store, new Date());
    await ensureLivenessJob(t.store, new Date());
    expect(await pending()).toHaveLength(1);
    const now = new Date();
    const handler = createDeviceJobHandlers({ everySeconds: 30 })['device.liveness']!;
    await t.store.transaction((tx) => handler(tx, {}, now));
    const due = (await pending()).map((j) => new Date(j.due_at).getTime());
    expect(due).toContain(now.getTime() + 30_000);
  });

  it('[ALM-9] the journal keeps its retention: old processed and NAKed rows go, unprocessed ones stay, duplicates unlink', async () => {
    const old = new Date(Date.now() - 91 * 86_400_000);
    const insert = (reply: string, processed: boolean, received: Date, duplicateOf: number | null = null) =>
      q<{ id: number }>(
        `insert into dc09_journal (received_at, transport, account, sequence, raw, reply, processed_at, duplicate_of)
         values ($1, 'tcp', 'PRUNE1', '0001', 'raw', $2, $3, $4) returning id`,
        [received, reply, processed ? received : null, duplicateOf],
      );
    const [done] = await insert('ACK', true, old);
    await insert('NAK', false, old);
    const [waiting] = await insert('ACK', false, old);
    const [recent] = await insert('ACK', true, new Date(), done!.id);
    const handler = createDeviceJobHandlers({ journalDays: 90 })['dc09.prune']!;
    await t.store.transaction((tx) => handler(tx, { once: true }, new Date()));
    const left = await q<{ id: number; duplicate_of: number | null }>(
      `select id, duplicate_of from dc09_journal where account = 'PRUNE1' order by id`,
    );
    expect(left.map((r) => r.id)).toEqual([waiting!.id, recent!.id]);
    expect(left.find((r) => r.id === recent!.id)?.duplicate_of).toBeNull();
    await q(`delete from dc09_journal where account = 'PRUNE1'`);
  });

  it('[ALM-9] device.register makes a new account work within seconds; technical alarms are acknowledged and cleared', async () => {
    const admin = await t.login('admin');
    const dispatcher = await t.login('dispatcher1');
    const push = async (name: string, args: unknown) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: { ...bearer(name.startsWith('device.') ? admin : dispatcher), 'accept-language': 'en' },
        payload: {
          protocol: 1,
          clientId: 'dc09-test',
          mutations: [{ id: randomUUID(), name, args, at: new Date().toISOString() }],
        },
      });
      return res.json().results[0];
    };
    const args = {
      account: 'NEW0001',
      key: '00112233445566778899aabbccddeeff',
      keyFormat: 'hex',
      residentId: residentOf.ANX0002,
    };
    expect((await push('device.register', args)).status).toBe('applied');
    const again = await push('device.register', args);
    expect(JSON.stringify(again)).toContain('record.exists');
    const reply = await roundTrip({
      token: 'NULL',
      account: 'NEW0001',
      sequence: nextSeq(),
      timestamp: new Date(),
      keyHex: '00112233445566778899aabbccddeeff',
    });
    expect(tokenOf(reply)).toBe('*ACK');
    const [tech] = await q<{ id: string }>(`select id from technical_alarms where device_account = 'ZZ9999'`);
    const ack = await push('technicalAlarm.acknowledge', { id: tech!.id });
    expect(ack.status, JSON.stringify(ack)).toBe('applied');
    expect((await push('technicalAlarm.clear', { id: tech!.id, note: 'test unit' })).status).toBe('applied');
    const [row] = await q(`select status from technical_alarms where id = $1`, [tech!.id]);
    expect(row).toEqual({ status: 'cleared' });
    const audit = await q(`select action from audit_log where entity_id = $1 order by id`, [tech!.id]);
    expect(audit).toEqual([{ action: 'technicalAlarm.acknowledge' }, { action: 'technicalAlarm.clear' }]);
  });

  it('[ALM-9] device.classifyCode classifies an unknown code: its open unknown_code alarm clears, the next raises', async () => {
    const admin = await t.login('admin');
    const sendCode = () =>
      roundTrip({ token: 'ADM-CID', account: 'ANX0002', sequence: nextSeq(), data: '#ANX0002|1799 01 004' });
    await q(`update alarms set status = 'resolved' where resident_id = $1`, [residentOf.ANX0002]);
    expect(tokenOf(await sendCode())).toBe('ACK');
    const [open] = await q<{ id: string; status: string; detail: Record<string, unknown> }>(
      `select id, status, detail from technical_alarms where device_account = 'ANX0002' and kind = 'unknown_code'
        and status <> 'cleared'`,
    );
    expect(open?.detail).toMatchObject({ format: 'cid', code: '799', profile: 'default', priority: 'high' });
    const [cursorRow] = await q<{ seq: string | null }>('select max(seq)::text as seq from change_log');
    const [device] = await q<{ profile: string }>(`select profile from devices where account = 'ANX0002'`);
    const profile = device!.profile;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { ...bearer(admin), 'accept-language': 'en' },
      payload: {
        protocol: 1,
        clientId: 'dc09-test',
        mutations: [
          {
            id: randomUUID(),
            name: 'device.classifyCode',
            args: { profile, format: 'cid', code: '799', meaning: 'personal_emergency' },
            at: new Date().toISOString(),
          },
        ],
      },
    });
    const result = res.json().results[0];
    expect(result.status, JSON.stringify(result)).toBe('applied');
    const [after] = await q<{ status: string; detail: Record<string, unknown> }>(
      'select status, detail from technical_alarms where id = $1',
      [open!.id],
    );
    expect(after).toMatchObject({ status: 'cleared', detail: { classifiedAs: 'personal_emergency' } });
    const logged = await q(`select 1 from change_log where tbl = 'technical_alarms' and row_id = $1 and seq > $2`, [
      open!.id,
      cursorRow!.seq ?? '0',
    ]);
    expect(logged.length).toBeGreaterThan(0);
    const audit = await q(`select detail from audit_log where action = 'device.classifyCode'`);
    expect(audit).toHaveLength(1);

    expect(tokenOf(await sendCode())).toBe('ACK');
    const alarms = await q<{ event_code: string; source: string }>(
      `select event_code, source from alarms where resident_id = $1 and status not in ('resolved', 'cancelled')`,
      [residentOf.ANX0002],
    );
    expect(alarms).toEqual([{ event_code: '799', source: 'device' }]);
    const reopened = await q(
      `select id from technical_alarms where device_account = 'ANX0002' and kind = 'unknown_code'
        and status <> 'cleared'`,
    );
    expect(reopened).toEqual([]);
  });

  it('[ALM-9] rows left unprocessed by a crash are processed by recover()', async () => {
    await q(
      `insert into dc09_journal (transport, remote, account, sequence, token, raw, reply, event_data)
       values ('tcp', 'tcp:127.0.0.1:1', 'ANX0002', '9999', 'NULL', 'x', 'ACK', '')`,
    );
    expect(await queue.recover()).toBeGreaterThanOrEqual(1);
    const left = await q(`select id from dc09_journal where processed_at is null and reply <> 'NAK'`);
    expect(left).toEqual([]);
  });
});

/** 'HH:MM:SS,MM-DD-YYYY' → ISO. */
function dc09ToIso(s: string): string {
  const m = /^(\d\d:\d\d:\d\d),(\d\d)-(\d\d)-(\d{4})$/.exec(s)!;
  return `${m[4]}-${m[2]}-${m[3]}T${m[1]}Z`;
}
