// The map's view of the local rows (MAP-1): one flat MapItem per drawable company, volunteer, resident, open order
// and live alarm, with its WGS-84 position. Pure; must not read the db, draw, or shift datums.

import type { OrderLight } from '../../domain/orders/order-deadlines';
import { isOpenOrderStatus, type OrderStatus } from '../../domain/orders/order-kinds';
import type { LocalRow } from '../../local/local-db';

export const mapKinds = ['company', 'volunteer', 'resident', 'order', 'alarm'] as const;
export type MapKind = (typeof mapKinds)[number];

export interface MapItem {
  kind: MapKind;
  id: string;
  name: string;
  /** Digits to search by; empty when the kind has none. */
  phone: string;
  lat: number;
  lng: number;
  districtId: string | null;
  categoryIds: readonly string[];
  /** Company status, 'on_duty' / 'off_duty' for volunteers, order or alarm status, 'active' for residents. */
  status: string;
  /** An order's deadline light (ORD-4) at the time the items were built; absent for other kinds. */
  light?: OrderLight;
  row: LocalRow;
}

/** The rows the map reads, by table. */
export interface MapRows {
  companies: readonly LocalRow[];
  volunteers: readonly LocalRow[];
  residents: readonly LocalRow[];
  orders: readonly LocalRow[];
  alarms: readonly LocalRow[];
}

const liveAlarmStatuses = new Set(['raised', 'accepted', 'en_route', 'on_scene']);

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function itemOf(kind: MapKind, row: LocalRow, lat: unknown, lng: unknown, extra: Partial<MapItem>): MapItem | null {
  const la = num(lat);
  const ln = num(lng);
  if (la === null || ln === null) return null;
  return {
    kind,
    id: String(row.id ?? row._id),
    name: str(row.name),
    phone: str(row.phone),
    lat: la,
    lng: ln,
    districtId: strOrNull(row.districtId),
    categoryIds: [],
    status: '',
    row,
    ...extra,
  };
}

export function companyToItem(row: LocalRow): MapItem | null {
  return itemOf('company', row, row.lat, row.lng, { categoryIds: ids(row.categoryIds), status: str(row.status) });
}

/** On duty, a volunteer is drawn at the last duty position (REG-2), else at home. Inactive volunteers are left out. */
export function volunteerToItem(row: LocalRow): MapItem | null {
  if (row.active === false) return null;
  const onDuty = row.onDuty === true && num(row.dutyLat) !== null && num(row.dutyLng) !== null;
  const status = row.onDuty === true ? 'on_duty' : 'off_duty';
  const extra = { categoryIds: ids(row.skillIds), status };
  return onDuty
    ? itemOf('volunteer', row, row.dutyLat, row.dutyLng, extra)
    : itemOf('volunteer', row, row.lat, row.lng, extra);
}

export function residentToItem(row: LocalRow): MapItem | null {
  if (row.active === false) return null;
  return itemOf('resident', row, row.lat, row.lng, { status: 'active' });
}

/** An open order, with its light when the caller worked it out (the light needs the clock; this must not read it). */
export function orderToItem(row: LocalRow, light?: OrderLight): MapItem | null {
  if (!isOpenOrderStatus(row.status as OrderStatus)) return null;
  return itemOf('order', row, row.lat, row.lng, {
    ...(light ? { light } : {}),
    name: str(row.no),
    phone: str(row.callerPhone),
    categoryIds: row.categoryId ? [String(row.categoryId)] : [],
    status: str(row.status),
  });
}

/** A live alarm is drawn where it was raised, else at its resident's home, and named after the resident. */
export function alarmToItem(row: LocalRow, resident: LocalRow | undefined): MapItem | null {
  if (!liveAlarmStatuses.has(str(row.status))) return null;
  const at = num(row.lat) !== null ? row : resident;
  if (!at) return null;
  return itemOf('alarm', row, at.lat, at.lng, {
    name: str(resident?.name),
    phone: str(resident?.phone),
    districtId: strOrNull(resident?.districtId),
    status: str(row.status),
  });
}

/** The items of the rows that can be drawn, in row order. */
export function keepItems(rows: readonly LocalRow[] | undefined, toItem: (row: LocalRow) => MapItem | null): MapItem[] {
  const out: MapItem[] = [];
  for (const row of rows ?? []) {
    const item = toItem(row);
    if (item) out.push(item);
  }
  return out;
}

/** Every drawable item of the local rows, grouped by kind. */
export function rowsToItems(rows: MapRows): Record<MapKind, MapItem[]> {
  const residentsById = new Map(rows.residents.map((r) => [String(r.id ?? r._id), r]));
  const keep = keepItems;
  return {
    company: keep(rows.companies, companyToItem),
    volunteer: keep(rows.volunteers, volunteerToItem),
    resident: keep(rows.residents, residentToItem),
    order: keep(rows.orders, orderToItem),
    alarm: keep(rows.alarms, (a) => alarmToItem(a, residentsById.get(str(a.residentId)))),
  };
}

/** Age in whole years on `today` (both YYYY-MM-DD), or null when the birth date cannot be read. */
export function ageOn(birthDate: string, today: string): number | null {
  const b = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate);
  const t = /^(\d{4})-(\d{2})-(\d{2})/.exec(today);
  if (!b || !t) return null;
  const [by, bm, bd] = [Number(b[1]), Number(b[2]), Number(b[3])];
  const [ty, tm, td] = [Number(t[1]), Number(t[2]), Number(t[3])];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** The registry path of an item's record, or null for kinds the registry does not hold. */
export function registryPathOf(item: Pick<MapItem, 'kind' | 'id'>): string | null {
  switch (item.kind) {
    case 'company':
      return `/registry/companies/${item.id}`;
    case 'volunteer':
      return `/registry/volunteers/${item.id}`;
    case 'resident':
      return `/registry/residents/${item.id}`;
    case 'order':
    case 'alarm':
      return null;
    default: {
      const never: never = item.kind;
      return never;
    }
  }
}
