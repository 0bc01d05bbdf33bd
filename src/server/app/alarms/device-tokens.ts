// Resident one-touch tokens (ALM-1, SEC-1): issued once, stored only as sha-256 hashes, able to raise alarms only.
// Must not grant anything else: the push path and /api/resident/alarm check what a device may do.
import { randomBytes } from 'node:crypto';
import { hashToken } from '../../auth/sessions';
import type { Queryable } from '../../store/store';

export async function issueDeviceToken(
  tx: Queryable,
  residentId: string,
  createdBy: string | null,
  now: Date,
): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await tx.query(
    'insert into resident_device_tokens (token_hash, resident_id, created_by, created_at) values ($1, $2, $3, $4)',
    [hashToken(token), residentId, createdBy, now],
  );
  return token;
}

/** The resident a device token stands for, or null when unknown, revoked, or the resident is inactive. */
export async function findDeviceResident(
  q: Queryable,
  token: string,
): Promise<{ residentId: string; name: string } | null> {
  const [row] = await q.query<{ resident_id: string; name: string }>(
    `select t.resident_id, r.name from resident_device_tokens t join residents r on r.id = t.resident_id
      where t.token_hash = $1 and t.revoked_at is null and r.active`,
    [hashToken(token)],
  );
  return row ? { residentId: row.resident_id, name: row.name } : null;
}

/** The token of an `Authorization: Device <token>` header, if that is what the request carries. */
export function deviceTokenOf(header: string | undefined): string | null {
  return header?.startsWith('Device ') ? header.slice(7).trim() || null : null;
}
