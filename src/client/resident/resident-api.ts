// The one-touch page's two calls to the server with `Authorization: Device <token>` (ALM-1): push alarm.raise and
// read GET /api/resident/alarm; plus the unsent press kept in localStorage. Must not hold UI state.
import { type ResidentAlarmStatus, residentAlarmStatus } from '../../protocol/alarms';
import { protocolVersion } from '../../protocol/version';
import { deviceClientId } from '../app/sync/client-id';

export interface PendingPress {
  id: string;
  at: string;
}

export type PushOutcome = { type: 'applied' } | { type: 'refused'; message: string } | { type: 'bad_token' };

/** Network failure or a server fault: the caller keeps the press and tries again. */
export class RetryLater extends Error {}

const pressKey = (token: string) => `anxin.resident.press.${token}`;

export function loadPendingPress(token: string): PendingPress | null {
  try {
    const raw = localStorage.getItem(pressKey(token));
    return raw ? (JSON.parse(raw) as PendingPress) : null;
  } catch {
    return null;
  }
}

export function savePendingPress(token: string, press: PendingPress): void {
  try {
    localStorage.setItem(pressKey(token), JSON.stringify(press));
  } catch {
    // Blocked storage: the press still retries while the page stays open.
  }
}

export function clearPendingPress(token: string): void {
  try {
    localStorage.removeItem(pressKey(token));
  } catch {
    // Nothing to clear.
  }
}

function headers(token: string, lang: string): Record<string, string> {
  return { 'content-type': 'application/json', authorization: `Device ${token}`, 'accept-language': lang };
}

export async function pushRaise(token: string, press: PendingPress, lang: string): Promise<PushOutcome> {
  let res: Response;
  try {
    res = await fetch('/api/sync/push', {
      method: 'POST',
      headers: headers(token, lang),
      body: JSON.stringify({
        protocol: protocolVersion,
        clientId: deviceClientId(),
        mutations: [{ id: press.id, name: 'alarm.raise', args: {}, at: press.at }],
      }),
    });
  } catch {
    throw new RetryLater('network');
  }
  if (res.status === 401 || res.status === 403) return { type: 'bad_token' };
  if (!res.ok) throw new RetryLater(`server answered ${res.status}`);
  const body = (await res.json().catch(() => null)) as {
    results?: { status: string; problem?: { message: string } }[];
  } | null;
  const result = body?.results?.[0];
  if (!result) throw new RetryLater('no result');
  if (result.status === 'applied') return { type: 'applied' };
  return { type: 'refused', message: result.problem?.message ?? '' };
}

/** The resident's current alarm, null on a network failure; 'bad_token' when the server refuses the token. */
export async function fetchResidentAlarm(
  token: string,
  lang: string,
): Promise<ResidentAlarmStatus | 'bad_token' | null> {
  try {
    const res = await fetch('/api/resident/alarm', { headers: headers(token, lang) });
    if (res.status === 401 || res.status === 403) return 'bad_token';
    if (!res.ok) return null;
    const parsed = residentAlarmStatus.safeParse(await res.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
