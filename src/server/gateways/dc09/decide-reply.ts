// What the DC-09 receiver answers to one frame (ALM-9) and what the journal records about it: ACK, NAK (bad CRC,
// unknown account, wrong key, plain from a keyed device, time window, strict length) or DUH. Pure given the device.
import { decryptBody, parseContent } from './content';
import type { DeviceInfo } from './device-records';
import { parseEventData } from './event-data';
import type { Dc09Frame, ParseResult } from './frame';
import type { JournalEntry } from './journal';
import { buildAck, buildDuh, buildNak } from './replies';
import { isWithinWindow, type TimeWindow } from './time-window';

export interface Decision {
  reply: string;
  journal: Omit<JournalEntry, 'transport' | 'remote'>;
  /** Something worth a log line even though the frame was accepted (a wrong length field). */
  warning: string | null;
}

type Base = Omit<JournalEntry, 'transport' | 'remote' | 'reply' | 'replyReason'>;

function nak(base: Base, reason: string, now: Date): Decision {
  return { reply: buildNak(now), journal: { ...base, reply: 'NAK', replyReason: reason }, warning: null };
}

/** The journal fields of a frame that did not parse (what could be read of it). */
function baseOfFailure(raw: string, parsed: Extract<ParseResult, { ok: false }>): Base {
  const p = parsed.partial;
  return {
    raw,
    account: p.account ?? null,
    receiver: p.receiver ?? null,
    line: p.line ?? null,
    sequence: p.sequence ?? null,
    token: p.token ?? null,
    encrypted: (p.token ?? '').startsWith('*'),
    eventCode: null,
    eventData: null,
  };
}

export function decideReply(
  raw: string,
  parsed: ParseResult,
  device: DeviceInfo | null,
  opts: { now: Date; window: TimeWindow },
): Decision {
  const { now } = opts;
  if (!parsed.ok) return nak(baseOfFailure(raw, parsed), parsed.reason, now);
  const f = parsed.frame;
  const base: Base = {
    raw,
    account: f.account,
    receiver: f.receiver,
    line: f.line,
    sequence: f.sequence,
    token: f.token,
    encrypted: f.encrypted,
    eventCode: null,
    eventData: null,
  };
  if (!device) return nak(base, 'unknown_account', now);
  if (!device.active) return nak(base, 'inactive', now);
  if (!f.lengthOk && device.strictLength) return nak(base, 'length', now);
  if (device.keyHex && !f.encrypted) return nak(base, 'must_encrypt', now);
  if (!device.keyHex && f.encrypted) return nak(base, 'no_key', now);
  const content = readContent(f, device.keyHex);
  if (!content.ok) {
    // Encrypted: an unreadable content means the key is wrong. Plain: the frame is valid but not understood.
    if (f.encrypted) return nak(base, 'wrong_key', now);
    return duh(f, base, 'content');
  }
  const { data, timestamp } = content;
  // Encrypted frames must carry a time stamp (DC-09 §5.5.1.7): without one a recorded frame could be replayed.
  if (opts.window !== 'off') {
    if (timestamp && !isWithinWindow(timestamp, now, opts.window)) return nak(base, 'time_window', now);
    if (!timestamp && f.encrypted) return nak(base, 'no_timestamp', now);
  }
  const withData: Base = { ...base, eventData: data };
  const warning = f.lengthOk ? null : `length field ${f.declaredLength} but ${f.actualLength} characters`;
  if (f.baseToken === 'NULL') return ack(f, withData, device, now, warning);
  if (f.baseToken !== 'ADM-CID' && f.baseToken !== 'SIA-DCS') return duh(f, withData, 'token');
  const events = parseEventData(f.baseToken, data);
  if (!events.ok || events.events.length === 0) return duh(f, withData, 'data');
  return ack(f, { ...withData, eventCode: events.events.map((e) => e.code).join(',') }, device, now, warning);
}

function readContent(f: Dc09Frame, keyHex: string | null) {
  if (!f.encrypted) return parseContent(f.body);
  const text = decryptBody(f, keyHex ?? '');
  return text.ok ? parseContent(text.text) : ({ ok: false } as const);
}

function ack(f: Dc09Frame, base: Base, d: DeviceInfo, now: Date, warning: string | null): Decision {
  const reply = buildAck(f, { ...(f.encrypted && d.keyHex ? { keyHex: d.keyHex } : {}), now });
  return { reply, journal: { ...base, reply: 'ACK', replyReason: warning ? 'length_mismatch' : '' }, warning };
}

function duh(f: Dc09Frame, base: Base, reason: string): Decision {
  return { reply: buildDuh(f), journal: { ...base, reply: 'DUH', replyReason: reason }, warning: null };
}
