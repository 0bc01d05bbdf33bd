// Session tokens (SEC-1): opaque random tokens given to the client once, stored only as sha-256 hashes.
// Must not decide permissions: it says who the caller is; src/domain/access says what they may do.
import { createHash, randomBytes } from 'node:crypto';
import type { Actor, Role } from '../../domain/access/roles';
import type { SessionUser } from '../../protocol/auth';
import type { Queryable } from '../store/store';

/** The account fields a SessionUser is made of, from `users u`, communities sorted (userFromRow reads them). */
export const sessionUserColumns = `u.id, u.username, u.display_name, u.role, u.company_id, u.volunteer_id, u.active,
  coalesce((select array_agg(community_id order by community_id) from user_communities uc where uc.user_id = u.id),
    '{}') as community_ids`;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export interface NewSession {
  token: string;
  expiresAt: Date;
}

export async function createSession(
  tx: Queryable,
  input: { userId: string; hours: number; ip: string; userAgent: string; now?: Date },
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + input.hours * 3_600_000);
  await tx.query(
    `insert into sessions (token_hash, user_id, created_at, expires_at, last_seen_at, ip, user_agent)
     values ($1, $2, $3, $4, $3, $5, $6)`,
    [hashToken(token), input.userId, now, expiresAt, input.ip, input.userAgent.slice(0, 300)],
  );
  return { token, expiresAt };
}

export type SessionLookup =
  | { status: 'valid'; user: SessionUser; actor: Actor; expiresAt: Date }
  | { status: 'expired' }
  | { status: 'unknown' };

interface SessionRow {
  expires_at: Date;
  id: string;
  username: string;
  display_name: string;
  role: Role;
  company_id: string | null;
  volunteer_id: string | null;
  active: boolean;
  community_ids: string[] | null;
}

export async function findSession(q: Queryable, token: string, now = new Date()): Promise<SessionLookup> {
  const [row] = await q.query<SessionRow>(
    `select s.expires_at, ${sessionUserColumns}
       from sessions s join users u on u.id = s.user_id
      where s.token_hash = $1`,
    [hashToken(token)],
  );
  if (!row) return { status: 'unknown' };
  if (row.expires_at.getTime() <= now.getTime() || !row.active) return { status: 'expired' };
  const user = userFromRow(row);
  return { status: 'valid', user, actor: actorOf(user), expiresAt: row.expires_at };
}

export async function deleteSession(q: Queryable, token: string): Promise<boolean> {
  const rows = await q.query('delete from sessions where token_hash = $1 returning user_id', [hashToken(token)]);
  return rows.length > 0;
}

export function userFromRow(row: Omit<SessionRow, 'expires_at' | 'active'>): SessionUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    companyId: row.company_id,
    volunteerId: row.volunteer_id,
    communityIds: row.community_ids ?? [],
  };
}

export function actorOf(user: SessionUser): Actor {
  return { userId: user.id, role: user.role, companyId: user.companyId, communityIds: user.communityIds };
}
