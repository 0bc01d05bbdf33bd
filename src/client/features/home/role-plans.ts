// What each role's home will hold, as honest "coming with feature X" entries until those features land.
// Must hold no data and no actions: an entry is a promise on a card, replaced by the real panel when it ships.
import type { Role } from '../../../domain/access/roles';
import type { MessageKey } from '../../app/i18n/translate';

type FeatureKey = Extract<MessageKey, `feature.${string}`>;

/** Each planned panel names the feature issue that brings it (the "arrives with" line on its card). */
const plannedPanels = {
  intake: 'feature.orders',
  dispatchMap: 'feature.map',
  slaLights: 'feature.orders',
  approvals: 'feature.orders',
  reports: 'feature.reports',
  careVerify: 'feature.billing',
  timeBank: 'feature.billing',
  companyOrders: 'feature.orders',
  companyReports: 'feature.reports',
  users: 'feature.admin',
  audit: 'feature.admin',
  settlement: 'feature.billing',
  referrals: 'feature.departments',
  deptLights: 'feature.departments',
  sampling: 'feature.quality',
  knowledge: 'feature.knowledge',
} as const satisfies Record<string, FeatureKey>;

export type PlannedPanel = keyof typeof plannedPanels;

// Most urgent work first on each screen: alarms before orders, orders before reports.
const panelsByRole: Record<Role, readonly PlannedPanel[]> = {
  // The alarm console (with the 120 prompt of escalations) and the responder's offers are real panels now
  // (features/alarms); they show above the plans on the homes of roles with alarms.console / alarms.respond.
  // Intake, the lights and extension approvals are the real orders panel now (features/orders/OrdersHomeCard).
  dispatcher: ['dispatchMap'],
  supervisor: ['reports'],
  // Liaisons' residents are in the registry (nav) and their duty switch is a real panel now.
  liaison: ['careVerify'],
  // The field worker's duty switch, orders and sync state are real panels now (FieldPanels, SyncStatus).
  field_worker: ['timeBank'],
  vendor_manager: ['companyOrders', 'companyReports'],
  admin: ['users', 'audit', 'settlement'],
  department_officer: ['referrals', 'deptLights'],
  inspector: ['sampling', 'knowledge', 'reports'],
};

export function plannedPanelsOf(role: Role): readonly PlannedPanel[] {
  return panelsByRole[role];
}

export function featureOf(panel: PlannedPanel): FeatureKey {
  return plannedPanels[panel];
}
