// Registry rows as map points for the nearby index (MAP-2): which rows count (active, with a position) and where a
// volunteer stands (fresh duty position while on duty, else home). Must not cache or filter by viewer.
import type { GeoItem } from '../../domain/geo/nearest';
import type { Queryable } from '../store/store';

export const nearbyKinds = ['company', 'volunteer', 'resident'] as const;
export type NearbyKind = (typeof nearbyKinds)[number];
export const nearbyTables = ['companies', 'volunteers', 'residents'] as const;
export type NearbyTable = (typeof nearbyTables)[number];

/** What /api/nearby answers per item: the contract fields, then the small facts a map or dispatcher needs. */
export interface NearbyItem {
  kind: NearbyKind;
  id: string;
  name: string;
  lat: number;
  lng: number;
  phone?: string;
  districtId?: string | null;
  communityId?: string | null;
  status?: string;
  companyCategoryIds?: string[];
  skillIds?: string[];
  onDuty?: boolean;
  /** Where a volunteer is shown: 'duty' (shared while on duty, fresh) or 'home'. */
  positionSource?: 'duty' | 'home';
}

/** One indexed point; valid in [validFrom, validUntil) ms, so a duty position lapses to home exactly on time. */
export interface NearbyEntry extends GeoItem {
  item: NearbyItem;
  validFrom: number;
  validUntil: number;
}

// A duty position older than this no longer says where the person is (the app shares it while open, FLD-3); the
// volunteer is then shown at home. 30 minutes: a shift's walk between calls, not yesterday's last fix.
export const DUTY_POSITION_FRESH_MS = 30 * 60_000;
const ALWAYS = { validFrom: Number.NEGATIVE_INFINITY, validUntil: Number.POSITIVE_INFINITY };

const hasPosition = (lat: unknown, lng: unknown): boolean =>
  typeof lat === 'number' && typeof lng === 'number' && Number.isFinite(lat) && Number.isFinite(lng);

function entry(item: NearbyItem, validity = ALWAYS): NearbyEntry {
  return { kind: item.kind, id: item.id, lat: item.lat, lng: item.lng, item, ...validity };
}

interface CompanyRow {
  id: string;
  name: string;
  lat: number | null;
  lng: number | null;
  phone: string;
  district_id: string | null;
  category_ids: string[];
  status: string;
}

export function companyEntries(r: CompanyRow): NearbyEntry[] {
  if (r.status !== 'active' || !hasPosition(r.lat, r.lng)) return [];
  const item: NearbyItem = { kind: 'company', id: r.id, name: r.name, lat: r.lat!, lng: r.lng!, phone: r.phone };
  return [entry({ ...item, districtId: r.district_id, status: r.status, companyCategoryIds: r.category_ids })];
}

interface VolunteerRow {
  id: string;
  name: string;
  lat: number | null;
  lng: number | null;
  phone: string;
  district_id: string | null;
  community_id: string | null;
  skill_ids: string[];
  active: boolean;
  on_duty: boolean;
  duty_lat: number | null;
  duty_lng: number | null;
  duty_at: Date | string | null;
}

/** A fresh duty position until it lapses, then home (or nothing when there is no home position). */
export function volunteerEntries(r: VolunteerRow): NearbyEntry[] {
  if (!r.active) return [];
  const base = {
    kind: 'volunteer' as const,
    id: r.id,
    name: r.name,
    phone: r.phone,
    districtId: r.district_id,
    communityId: r.community_id,
    skillIds: r.skill_ids,
    onDuty: r.on_duty,
  };
  const dutyAt = r.duty_at === null ? Number.NaN : new Date(r.duty_at).getTime();
  const lapses = dutyAt + DUTY_POSITION_FRESH_MS;
  const duty = r.on_duty && hasPosition(r.duty_lat, r.duty_lng) && Number.isFinite(lapses);
  const out: NearbyEntry[] = [];
  if (duty) {
    const item = { ...base, lat: r.duty_lat!, lng: r.duty_lng!, positionSource: 'duty' as const };
    out.push(entry(item, { validFrom: Number.NEGATIVE_INFINITY, validUntil: lapses }));
  }
  if (hasPosition(r.lat, r.lng)) {
    const item = { ...base, lat: r.lat!, lng: r.lng!, positionSource: 'home' as const };
    out.push(entry(item, duty ? { validFrom: lapses, validUntil: Number.POSITIVE_INFINITY } : ALWAYS));
  }
  return out;
}

interface ResidentRow {
  id: string;
  name: string;
  lat: number | null;
  lng: number | null;
  phone: string;
  district_id: string | null;
  community_id: string;
  active: boolean;
}

export function residentEntries(r: ResidentRow): NearbyEntry[] {
  if (!r.active || !hasPosition(r.lat, r.lng)) return [];
  const item: NearbyItem = { kind: 'resident', id: r.id, name: r.name, lat: r.lat!, lng: r.lng!, phone: r.phone };
  return [entry({ ...item, districtId: r.district_id, communityId: r.community_id })];
}

// Rows are read whole by id (or all) and judged here, so a row that stopped counting (suspended, moved off the
// map) is dropped by the same rule that admits it.
const selects: Record<NearbyTable, string> = {
  companies: 'select id, name, lat, lng, phone, district_id, category_ids, status from companies',
  volunteers: `select id, name, lat, lng, phone, district_id, community_id, skill_ids, active, on_duty, duty_lat,
                      duty_lng, duty_at from volunteers`,
  residents: 'select id, name, lat, lng, phone, district_id, community_id, active from residents',
};

/** The entries of the given rows of a table (all rows when ids is null). */
export async function loadNearbyRows(
  store: Queryable,
  table: NearbyTable,
  ids: readonly string[] | null,
): Promise<NearbyEntry[]> {
  const sql = ids ? `${selects[table]} where id = any($1)` : selects[table];
  const params = ids ? [ids] : [];
  switch (table) {
    case 'companies':
      return (await store.query<CompanyRow>(sql, params)).flatMap(companyEntries);
    case 'volunteers':
      return (await store.query<VolunteerRow>(sql, params)).flatMap(volunteerEntries);
    case 'residents':
      return (await store.query<ResidentRow>(sql, params)).flatMap(residentEntries);
    default: {
      const never: never = table;
      return never;
    }
  }
}
