// Shape checks for the sign-in answer and the stored session, without pulling zod into the phone's bundle.
// Must only inspect values; no storage, no network.
import { isRole } from '../../domain/access/roles';
import type { LoginResponse, SessionUser } from '../../protocol/auth';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isStringOrNull = (value: unknown) => value === null || typeof value === 'string';

export function isSessionUser(value: unknown): value is SessionUser {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.username === 'string' &&
    typeof value.displayName === 'string' &&
    typeof value.role === 'string' &&
    isRole(value.role) &&
    isStringOrNull(value.companyId) &&
    isStringOrNull(value.volunteerId) &&
    Array.isArray(value.communityIds) &&
    value.communityIds.every((id) => typeof id === 'string')
  );
}

export function isLoginResponse(value: unknown): value is LoginResponse {
  return (
    isObject(value) &&
    typeof value.token === 'string' &&
    value.token.length > 0 &&
    typeof value.expiresAt === 'string' &&
    !Number.isNaN(Date.parse(value.expiresAt)) &&
    isSessionUser(value.user)
  );
}
