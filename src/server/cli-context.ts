// The audit identity of the command line (ADM-2): changes made with `npm run anxin` are recorded as the OS user.
import { userInfo } from 'node:os';
import type { AuditContext } from './app/audit';

export function auditContextOf(): AuditContext {
  return { userId: null, username: `cli:${userInfo().username}`, ip: 'local', userAgent: 'anxin-cli' };
}
