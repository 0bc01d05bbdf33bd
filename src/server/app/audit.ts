// The audit log (ADM-2): who did what, when, from where. Always written through the caller's transaction, so an
// audit entry exists exactly when the change it describes was committed. Must not open its own transaction.
import type { Queryable } from '../store/store';

export interface AuditContext {
  userId: string | null;
  username: string;
  ip: string;
  userAgent: string;
}

export interface AuditEntry {
  action: string;
  entity?: string;
  entityId?: string;
  detail?: Record<string, unknown>;
}

export async function recordAudit(tx: Queryable, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await tx.query(
    `insert into audit_log (user_id, username, action, entity, entity_id, ip, user_agent, detail)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      ctx.userId,
      ctx.username,
      entry.action,
      entry.entity ?? '',
      entry.entityId ?? '',
      ctx.ip,
      ctx.userAgent.slice(0, 300),
      JSON.stringify(entry.detail ?? {}),
    ],
  );
}
