// Roles, permissions and scope (ADM-1, SEC-1, SEC-2, SYN-3): the pure rules the server enforces and devices share.
import { describe, expect, it } from 'vitest';
import { type Actor, can, permissionsOf, requiredScope, roles } from '../../../../src/domain/access/roles';
import { canSeeResident, canSeeResidentSensitive, isInScope } from '../../../../src/domain/access/scope';

const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  role,
  companyId: null,
  communityIds: [],
  ...extra,
});

describe('permissions', () => {
  it('[SEC-1] only the admin administers accounts and reads the audit log', () => {
    for (const role of roles) {
      expect(can(actor(role), 'admin.users'), role).toBe(role === 'admin');
      expect(can(actor(role), 'admin.audit'), role).toBe(role === 'admin');
    }
  });

  it('[SEC-2] a field worker never gets residents’ health and id data as such, nor the registry', () => {
    expect(can(actor('field_worker'), 'resident.sensitive')).toBe(false);
    expect(can(actor('field_worker'), 'registry.read')).toBe(false);
    expect(can(actor('vendor_manager'), 'resident.sensitive')).toBe(false);
  });

  it('[REG-4] the call centre classes caller numbers; only the admin changes the registry', () => {
    const classify = roles.filter((r) => can(actor(r), 'callers.classify'));
    expect(classify.sort()).toEqual(['admin', 'dispatcher', 'supervisor']);
    expect(roles.filter((r) => can(actor(r), 'registry.write'))).toEqual(['admin']);
  });

  it('[ALM-3] liaisons and field workers can be offered alarms; dispatchers watch the console', () => {
    expect(can(actor('liaison'), 'alarms.respond')).toBe(true);
    expect(can(actor('field_worker'), 'alarms.respond')).toBe(true);
    expect(can(actor('dispatcher'), 'alarms.console')).toBe(true);
    expect(can(actor('dispatcher'), 'alarms.respond')).toBe(false);
  });

  it('[ADM-1] every role has a permission list, and liaisons need communities, vendor managers a company', () => {
    for (const role of roles) expect(Array.isArray(permissionsOf(role))).toBe(true);
    expect(requiredScope('liaison')).toBe('communities');
    expect(requiredScope('vendor_manager')).toBe('company');
    expect(requiredScope('dispatcher')).toBe('none');
  });
});

describe('scope', () => {
  const liaison = actor('liaison', { communityIds: ['c1', 'c2'] });

  it('[SYN-3] a liaison sees records of their own communities only', () => {
    expect(isInScope(liaison, { communityId: 'c1' })).toBe(true);
    expect(isInScope(liaison, { communityId: 'c9' })).toBe(false);
    expect(canSeeResident(liaison, { communityId: 'c2' })).toBe(true);
    expect(canSeeResidentSensitive(liaison, { communityId: 'c9' })).toBe(false);
  });

  it('[SYN-3] centre roles see the whole city; a vendor manager sees its company’s records', () => {
    expect(isInScope(actor('dispatcher'), { communityId: 'anything' })).toBe(true);
    const vm = actor('vendor_manager', { companyId: 'co1' });
    expect(isInScope(vm, { companyId: 'co1' })).toBe(true);
    expect(isInScope(vm, { companyId: 'co2' })).toBe(false);
  });

  it('[SYN-3] a field worker sees what names them, not what merely sits in their company', () => {
    const tech = actor('field_worker', { companyId: 'co1' });
    expect(isInScope(tech, { companyId: 'co1' })).toBe(false);
    expect(isInScope(tech, { companyId: 'co1', userIds: ['u1'] })).toBe(true);
  });
});
