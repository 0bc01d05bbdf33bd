// Roles and what each may do (ADM-1, SEC-1). Pure: the server enforces these, the client uses them to hide actions.
// Must not look anything up: scope facts arrive in the Actor.

export const roles = [
  'dispatcher',
  'supervisor',
  'liaison',
  'field_worker',
  'vendor_manager',
  'admin',
  'department_officer',
  'inspector',
] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'admin.users', // create, change and disable accounts
  'admin.audit', // search and export the audit log
  'registry.read', // see companies, volunteers and residents in scope
  'registry.write', // change the registry and catalogues
  'resident.sensitive', // health, id card and access notes (SEC-2)
  'callers.classify', // class a caller's number as elderly, VIP, important or blacklisted (REG-4)
  'orders.intake', // open cases from calls
  'orders.dispatch', // dispatch or recommend vendors
  'orders.supervise', // approve extensions and returns, see SLA lights
  'orders.work', // accept, travel, arrive, complete assigned orders
  'orders.assign_staff', // a vendor manager hands orders to its technicians
  'orders.note', // add notes to orders one may see
  'alarms.console', // watch and handle alarms for covered residents
  'alarms.respond', // receive and accept alarm offers
  'alarms.raise', // raise an alarm for a resident (a dispatcher taking a call, a resident's device token)
  'duty.set', // go on and off duty, share position
  'care.clock', // clock service time
  'care.verify', // verify and correct service logs
  'reports.read',
] as const;
export type Permission = (typeof permissions)[number];

const byRole: Record<Role, readonly Permission[]> = {
  dispatcher: [
    'registry.read',
    'resident.sensitive',
    'callers.classify',
    'orders.intake',
    'orders.dispatch',
    'orders.note',
    'alarms.console',
    'alarms.raise',
  ],
  supervisor: [
    'registry.read',
    'resident.sensitive',
    'callers.classify',
    'orders.intake',
    'orders.dispatch',
    'orders.supervise',
    'orders.note',
    'alarms.console',
    'alarms.raise',
    'care.verify',
    'reports.read',
  ],
  liaison: ['registry.read', 'resident.sensitive', 'alarms.console', 'alarms.respond', 'duty.set', 'care.verify'],
  field_worker: ['orders.work', 'orders.note', 'alarms.respond', 'duty.set', 'care.clock'],
  vendor_manager: ['orders.work', 'orders.assign_staff', 'orders.note', 'reports.read'],
  admin: [
    'admin.users',
    'admin.audit',
    'registry.read',
    'registry.write',
    'resident.sensitive',
    'callers.classify',
    'orders.supervise',
    'reports.read',
    'care.verify',
  ],
  department_officer: [],
  inspector: ['reports.read'],
};

/** Who is acting, as far as access rules need to know. */
export interface Actor {
  userId: string;
  role: Role;
  companyId: string | null;
  communityIds: readonly string[];
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return byRole[role];
}

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return byRole[actor.role].includes(permission);
}

/** What scope a role's account must carry: liaisons need communities, vendor staff a company. */
export function requiredScope(role: Role): 'communities' | 'company' | 'none' {
  switch (role) {
    case 'liaison':
      return 'communities';
    case 'vendor_manager':
      return 'company';
    case 'field_worker':
    case 'dispatcher':
    case 'supervisor':
    case 'admin':
    case 'department_officer':
    case 'inspector':
      return 'none';
    default: {
      const never: never = role;
      return never;
    }
  }
}
