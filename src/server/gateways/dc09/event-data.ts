// Reads the events in the data block of an ADM-CID frame ('#acct|QEEE GG ZZZ', Contact ID over DC-09) or a SIA-DCS
// frame ('#acct|Nri1/FA000/BA002'). Pure: must not classify events (src/domain/devices) nor check accounts.
import type { DeviceEvent } from '../../../domain/devices/device-events';

export type { DeviceEvent } from '../../../domain/devices/device-events';
export type EventDataResult = { ok: true; events: DeviceEvent[] } | { ok: false };

/** The data's own copy of the account ('#acct|'), which senders may leave out. */
const ACCOUNT_PREFIX = /^#[0-9A-Za-z]{1,16}\|/;
/** Qualifier, event, group (partition), zone; spaces optional (some units send '1101010001'). */
const CID = /^([136])([0-9A-Fa-f]{3}) ?([0-9A-Fa-f]{2}) ?([0-9A-Fa-f]{3})$/;
const QUALIFIERS = { '1': 'new', '3': 'restore', '6': 'previous' } as const;
/** A SIA event: 2-letter code, then the zone (or other number), then an optional '^text^'. */
const SIA_EVENT = /^([A-Z]{2})([0-9A-Za-z]*)(?:\^[^^]*\^?)?$/;
/** A SIA modifier such as ri (area), id (user), ti (time), pi: two lower-case letters then its value. */
const SIA_MODIFIER = /^([a-z]{2})(.*)$/;

function parseCid(data: string): EventDataResult {
  const match = CID.exec(data.trim());
  if (!match) return { ok: false };
  const [, q, code, group, zone] = match as unknown as [string, keyof typeof QUALIFIERS, string, string, string];
  const raw = data.trim();
  return {
    ok: true,
    events: [{ format: 'cid', code: code.toUpperCase(), qualifier: QUALIFIERS[q], zone, group, raw }],
  };
}

/** One '|'-separated SIA block: a leading 'N' (new event) block code, then '/'-separated fields. */
function parseSiaBlock(block: string, events: DeviceEvent[]): boolean {
  const body = /^N(?=[a-z]|[A-Z]{2})/.test(block) ? block.slice(1) : block;
  let group: string | null = null;
  for (const field of body.split('/')) {
    const text = field.trim();
    if (text === '') continue;
    const event = SIA_EVENT.exec(text);
    if (event) {
      events.push({ format: 'sia', code: event[1]!, qualifier: null, zone: event[2] || null, group, raw: text });
      continue;
    }
    const modifier = SIA_MODIFIER.exec(text);
    if (!modifier) return false;
    if (modifier[1] === 'ri') group = modifier[2] || null;
  }
  return true;
}

function parseSia(data: string): EventDataResult {
  const events: DeviceEvent[] = [];
  for (const block of data.split('|')) {
    if (block.trim() !== '' && !parseSiaBlock(block.trim(), events)) return { ok: false };
  }
  return events.length > 0 ? { ok: true, events } : { ok: false };
}

/** The events in `data` (the inside of the first [...] block); { ok: false } when nothing there can be read. */
export function parseEventData(baseToken: 'ADM-CID' | 'SIA-DCS', data: string): EventDataResult {
  const rest = data.replace(ACCOUNT_PREFIX, '');
  return baseToken === 'ADM-CID' ? parseCid(rest) : parseSia(rest);
}
