// The names of the tables a device may pull (SYN-3), without their row schemas: what the device's database needs at
// start, so the phone does not load the schema library before its first screen. rows.ts holds the schemas and must
// list exactly these tables (the compiler checks it there).
export const syncTableNames = [
  'districts',
  'streets',
  'communities',
  'service_categories',
  'service_prices',
  'companies',
  'volunteers',
  'residents',
  'resident_contacts',
  'callers',
  'orders',
  'order_notes',
  'alarms',
  'alarm_offers',
  'service_logs',
  'alarm_events',
  'order_events',
  'devices',
  'technical_alarms',
] as const;
export type SyncTable = (typeof syncTableNames)[number];
