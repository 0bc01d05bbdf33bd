// The DC-09 receive journal (ALM-9): every frame is written here before it is answered, and processing marks it
// afterwards, so a crash between answer and processing loses nothing. Must not decide replies or meanings.
import type { Queryable } from '../../store/store';

export type ReplyKind = 'ACK' | 'NAK' | 'DUH';

export interface JournalEntry {
  transport: 'tcp' | 'udp';
  remote: string;
  account: string | null;
  receiver: string | null;
  line: string | null;
  sequence: string | null;
  token: string | null;
  raw: string;
  reply: ReplyKind;
  replyReason: string;
  encrypted: boolean;
  eventCode: string | null;
  eventData: string | null;
}

export interface JournalRow {
  id: string;
  received_at: Date;
  transport: 'tcp' | 'udp';
  remote: string;
  account: string | null;
  sequence: string | null;
  token: string | null;
  raw: string;
  reply: ReplyKind;
  reply_reason: string;
  encrypted: boolean;
  event_code: string | null;
  event_data: string | null;
  processed_at: Date | null;
}

// A journal row keeps at most this much of what came in: oversized input is cut, not stored whole.
const MAX_RAW = 2_000;

/** Rows still to process: answered ACK or DUH, or NAKed for an unknown account (which opens a technical alarm). */
export async function listUnprocessed(q: Queryable, limit = 500): Promise<string[]> {
  const rows = await q.query<{ id: string | number }>(
    `select id from dc09_journal where processed_at is null
        and (reply <> 'NAK' or reply_reason = 'unknown_account') order by id limit $1`,
    [limit],
  );
  return rows.map((r) => String(r.id));
}

export async function loadJournalRows(q: Queryable, ids: readonly string[]): Promise<JournalRow[]> {
  const rows = await q.query<JournalRow>(
    'select * from dc09_journal where id = any($1::bigint[]) and processed_at is null order by id for update',
    [ids],
  );
  return rows.map((r) => ({ ...r, id: String(r.id) }));
}

// DC-09 receivers treat a repeat of the same sequence and data from an account within this span as the same report.
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

/**
 * For each of these rows, the earlier row it repeats (same account, sequence and data, answered ACK, within 10
 * minutes, itself not a repeat), or none. One statement for a whole batch.
 */
export async function findDuplicates(q: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await q.query<{ id: string | number; dup: string | number | null }>(
    `select j.id, (select p.id from dc09_journal p
                    where p.account = j.account and p.sequence = j.sequence
                      and coalesce(p.event_data, '') = coalesce(j.event_data, '')
                      and p.received_at >= j.received_at - make_interval(secs => $2) and p.id < j.id
                      and p.reply = 'ACK' and p.duplicate_of is null
                    order by p.id desc limit 1) as dup
       from dc09_journal j where j.id = any($1::bigint[]) and j.account is not null and j.sequence is not null`,
    [ids, DUPLICATE_WINDOW_MS / 1000],
  );
  return new Map(rows.filter((r) => r.dup !== null).map((r) => [String(r.id), String(r.dup)]));
}

export interface ProcessResult {
  id: string;
  meaning?: string | null;
  duplicateOf?: string | null;
  error?: string | null;
}

/** Marks rows processed with what processing made of them, in one statement. */
export async function markProcessedMany(q: Queryable, results: readonly ProcessResult[], now: Date): Promise<void> {
  if (!results.length) return;
  await q.query(
    `update dc09_journal j set processed_at = $1, meaning = v.meaning, duplicate_of = v.dup::bigint,
            process_error = v.err
       from unnest($2::text[], $3::text[], $4::text[], $5::text[]) as v(id, meaning, dup, err)
      where j.id = v.id::bigint`,
    [
      now,
      results.map((r) => r.id),
      results.map((r) => r.meaning ?? null),
      results.map((r) => r.duplicateOf ?? null),
      results.map((r) => r.error ?? null),
    ],
  );
}

export async function markProcessed(
  q: Queryable,
  id: string,
  result: Omit<ProcessResult, 'id'>,
  now: Date,
): Promise<void> {
  await markProcessedMany(q, [{ id, ...result }], now);
}

export interface JournalWriter {
  /** Resolves with the row's id once it is committed (a reply may then be sent). */
  write(e: JournalEntry, at: Date): Promise<string>;
}

// Group commit: frames that arrive while a write is in flight go in the next statement together, so 1,000 frames/s
// cost tens of inserts a second, not a thousand, and no frame waits for more than one write before its own.
const MAX_GROUP = 500;

export function createJournalWriter(q: Queryable): JournalWriter {
  let waiting: { e: JournalEntry; at: Date; resolve: (id: string) => void; reject: (err: unknown) => void }[] = [];
  let writing = false;

  async function flush(): Promise<void> {
    writing = true;
    while (waiting.length) {
      const group = waiting.slice(0, MAX_GROUP);
      waiting = waiting.slice(MAX_GROUP);
      try {
        const ids = await insertJournalMany(q, group);
        for (const [i, g] of group.entries()) g.resolve(ids[i]!);
      } catch (err) {
        for (const g of group) g.reject(err);
      }
    }
    writing = false;
  }

  return {
    write(e, at) {
      return new Promise<string>((resolve, reject) => {
        waiting.push({ e, at, resolve, reject });
        // One turn of the event loop: frames read in the same turn (many sockets at once) share the insert.
        if (!writing) {
          writing = true;
          setImmediate(() => void flush());
        }
      });
    },
  };
}

/** Inserts rows in their order in one statement; ids come back in the same order (a sequence counts up). */
async function insertJournalMany(q: Queryable, group: readonly { e: JournalEntry; at: Date }[]): Promise<string[]> {
  const col = <T>(f: (e: JournalEntry) => T) => group.map((g) => f(g.e));
  const rows = await q.query<{ id: string | number }>(
    `insert into dc09_journal (received_at, transport, remote, account, receiver, line, sequence, token, raw, reply,
                               reply_reason, encrypted, event_code, event_data)
     select v.at::timestamptz, v.transport, v.remote, v.account, v.receiver, v.line, v.sequence, v.token, v.raw,
            v.reply, v.reason, v.encrypted::boolean, v.code, v.data
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[]) with ordinality
            as v(at, transport, remote, account, receiver, line, sequence, token, raw, reply, reason, encrypted, code,
                 data, n)
      order by v.n
     returning id`,
    [
      group.map((g) => g.at.toISOString()),
      col((e) => e.transport),
      col((e) => e.remote),
      col((e) => e.account),
      col((e) => e.receiver),
      col((e) => e.line),
      col((e) => e.sequence),
      col((e) => e.token),
      col((e) => e.raw.slice(0, MAX_RAW)),
      col((e) => e.reply),
      col((e) => e.replyReason),
      col((e) => String(e.encrypted)),
      col((e) => e.eventCode),
      col((e) => e.eventData),
    ],
  );
  const ids = rows.map((r) => BigInt(r.id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (ids.length !== group.length) throw new Error(`journal wrote ${ids.length} of ${group.length} rows`);
  return ids.map(String);
}
