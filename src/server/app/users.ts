// Account administration (ADM-1): create, list and change users. Checks the role's required scope with the shared
// rule (domain/access) and that named companies and communities exist; writes and audits in one transaction.
import { randomUUID } from 'node:crypto';
import { requiredScope } from '../../domain/access/roles';
import type { CreateUserRequest, UserSummary } from '../../protocol/auth';
import { hashPassword } from '../auth/password';
import { sessionUserColumns } from '../auth/sessions';
import { raise } from '../http/problem-error';
import type { Queryable, Store } from '../store/store';
import { type AuditContext, recordAudit } from './audit';

const userColumns = `${sessionUserColumns}, u.phone, u.created_at`;

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: UserSummary['role'];
  company_id: string | null;
  volunteer_id: string | null;
  phone: string;
  active: boolean;
  created_at: Date;
  community_ids: string[];
}

function summaryOf(r: UserRow): UserSummary {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    companyId: r.company_id,
    volunteerId: r.volunteer_id,
    communityIds: r.community_ids,
    phone: r.phone,
    active: r.active,
    createdAt: r.created_at.toISOString(),
  };
}

export async function listUsers(q: Queryable, filter: { role?: string } = {}): Promise<UserSummary[]> {
  const rows = await q.query<UserRow>(
    `select ${userColumns} from users u where ($1::text is null or u.role = $1) order by u.username`,
    [filter.role ?? null],
  );
  return rows.map(summaryOf);
}

async function checkScope(tx: Queryable, input: CreateUserRequest): Promise<void> {
  const needs = requiredScope(input.role);
  if (needs === 'communities' && !input.communityIds?.length) {
    raise('user.scope_mismatch', 'communityIds', { role: input.role });
  }
  if (needs === 'company' && !input.companyId) raise('user.scope_mismatch', 'companyId', { role: input.role });
  if (input.companyId) {
    const found = await tx.query('select 1 from companies where id = $1', [input.companyId]);
    if (!found.length) raise('field.invalid', 'companyId', { detail: 'no such company' });
  }
  if (input.volunteerId) {
    const found = await tx.query('select 1 from volunteers where id = $1', [input.volunteerId]);
    if (!found.length) raise('field.invalid', 'volunteerId', { detail: 'no such volunteer' });
  }
  if (input.communityIds?.length) {
    const found = await tx.query<{ id: string }>('select id from communities where id = any($1)', [input.communityIds]);
    const known = new Set(found.map((r) => r.id));
    const missing = input.communityIds.find((c) => !known.has(c));
    if (missing) raise('field.invalid', 'communityIds', { detail: `no such community ${missing}` });
  }
}

export async function createUser(store: Store, ctx: AuditContext, input: CreateUserRequest): Promise<UserSummary> {
  const passwordHash = await hashPassword(input.password);
  return store.transaction(async (tx) => {
    const taken = await tx.query('select 1 from users where lower(username) = lower($1)', [input.username]);
    if (taken.length) raise('user.username_taken', 'username', { username: input.username });
    await checkScope(tx, input);
    const id = randomUUID();
    await tx.query(
      `insert into users (id, username, display_name, role, company_id, volunteer_id, phone, password_hash)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        input.username,
        input.displayName,
        input.role,
        input.companyId ?? null,
        input.volunteerId ?? null,
        input.phone ?? '',
        passwordHash,
      ],
    );
    for (const communityId of new Set(input.communityIds ?? [])) {
      await tx.query('insert into user_communities (user_id, community_id) values ($1, $2)', [id, communityId]);
    }
    const { password: _omit, ...detail } = input;
    await recordAudit(tx, ctx, { action: 'user.create', entity: 'user', entityId: id, detail });
    const [row] = await tx.query<UserRow>(`select ${userColumns} from users u where u.id = $1`, [id]);
    return summaryOf(row!);
  });
}

export async function setUserActive(
  store: Store,
  ctx: AuditContext,
  id: string,
  active: boolean,
): Promise<UserSummary> {
  return store.transaction(async (tx) => {
    const updated = await tx.query('update users set active = $2, updated_at = now() where id = $1 returning id', [
      id,
      active,
    ]);
    if (!updated.length) raise('resource.not_found', 'id', { entity: 'user' });
    // A disabled account loses its sessions at once, not at their expiry.
    if (!active) await tx.query('delete from sessions where user_id = $1', [id]);
    await recordAudit(tx, ctx, { action: active ? 'user.enable' : 'user.disable', entity: 'user', entityId: id });
    const [row] = await tx.query<UserRow>(`select ${userColumns} from users u where u.id = $1`, [id]);
    return summaryOf(row!);
  });
}
