// What each role's home will hold, as honest "coming with feature X" entries until those features land.
// Must hold no data and no actions: an entry is a promise on a card, replaced by the real panel when it ships.
import type { Role } from '../../../domain/access/roles';
import type { MessageKey } from '../../app/i18n/translate';

type FeatureKey = Extract<MessageKey, `feature.${string}`>;

/** Each planned panel names the feature issue that brings it (the "arrives with" line on its card). */
const plannedPanels = {
  intake: 'feature.orders',
  dispatchMap: 'feature.map',
  alarmConsole: 'feature.alarms',
  alarmConsoleCommunities: 'feature.alarms',
  slaLights: 'feature.orders',
  approvals: 'feature.orders',
  escalations: 'feature.alarms',
  reports: 'feature.reports',
  residents: 'feature.registry',
  duty: 'feature.alarms',
  careVerify: 'feature.billing',
  myOrders: 'feature.orders',
  alarmOffers: 'feature.alarms',
  timeBank: 'feature.billing',
  syncState: 'feature.sync',
  companyOrders: 'feature.orders',
  companyReports: 'feature.reports',
  users: 'feature.admin',
  registry: 'feature.registry',
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
  dispatcher: ['intake', 'dispatchMap', 'alarmConsole'],
  supervisor: ['escalations', 'slaLights', 'approvals', 'reports'],
  liaison: ['alarmConsoleCommunities', 'residents', 'duty', 'careVerify'],
  // The field worker's duty switch, orders and sync state are real panels now (FieldPanels, SyncStatus).
  field_worker: ['alarmOffers', 'timeBank'],
  vendor_manager: ['companyOrders', 'companyReports'],
  admin: ['users', 'registry', 'audit', 'settlement'],
  department_officer: ['referrals', 'deptLights'],
  inspector: ['sampling', 'knowledge', 'reports'],
};

export function plannedPanelsOf(role: Role): readonly PlannedPanel[] {
  return panelsByRole[role];
}

export function featureOf(panel: PlannedPanel): FeatureKey {
  return plannedPanels[panel];
}
