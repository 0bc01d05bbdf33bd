// What a handler needs to know about the caller beyond identity: language and where the request came from (ADM-2).
import type { FastifyRequest } from 'fastify';
import { type Lang, pickLang } from '../../domain/common/problems';
import type { AuditContext } from '../app/audit';

export function langOf(request: FastifyRequest): Lang {
  return pickLang(request.headers['accept-language']);
}

export function auditContextOf(request: FastifyRequest, who?: { id: string; username: string } | null): AuditContext {
  const user = who === undefined ? request.auth?.user : who;
  return {
    userId: user?.id ?? null,
    username: user?.username ?? '',
    ip: request.ip,
    userAgent: String(request.headers['user-agent'] ?? ''),
  };
}
