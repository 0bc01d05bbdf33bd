// The map's data from the device's db (MAP-1, MAP-3: works offline): live rows per table, turned into items per kind.
// Each kind is rebuilt only when its own table changes. Must not filter, cluster or draw.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { OrderLight } from '../../domain/orders/order-deadlines';
import type { LocalRow } from '../../local/local-db';
import { useSync } from '../app/sync/useSync';
import { useNow } from '../features/alarms/useNow';
import { lightOfRow } from '../features/orders/OrderLight';
import {
  alarmToItem,
  companyToItem,
  keepItems,
  type MapItem,
  type MapKind,
  orderToItem,
  residentToItem,
  volunteerToItem,
} from './map-items';

export interface MapCatalogues {
  categories: LocalRow[];
  districts: LocalRow[];
  communities: LocalRow[];
  categoriesById: Map<string, LocalRow>;
  districtsById: Map<string, LocalRow>;
  communitiesById: Map<string, LocalRow>;
}

export interface MapData {
  items: Record<MapKind, MapItem[]>;
  catalogues: MapCatalogues;
}

const byId = (rows: readonly LocalRow[]) => new Map(rows.map((r) => [String(r.id ?? r._id), r]));

const keep = keepItems;

/** Null until every table has been read once. */
export function useMapData(): MapData | null {
  const { db } = useSync();
  const companies = useLiveQuery(() => db.companies.toArray(), [db]);
  const volunteers = useLiveQuery(() => db.volunteers.toArray(), [db]);
  const residents = useLiveQuery(() => db.residents.toArray(), [db]);
  const orders = useLiveQuery(() => db.orders.toArray(), [db]);
  const alarms = useLiveQuery(() => db.alarms.toArray(), [db]);
  const categories = useLiveQuery(() => db.service_categories.toArray(), [db]);
  const districts = useLiveQuery(() => db.districts.toArray(), [db]);
  const communities = useLiveQuery(() => db.communities.toArray(), [db]);

  const companyItems = useMemo(() => keep(companies, companyToItem), [companies]);
  const volunteerItems = useMemo(() => keep(volunteers, volunteerToItem), [volunteers]);
  const residentItems = useMemo(() => keep(residents, residentToItem), [residents]);
  // Lights move with the clock (ORD-4): checked each minute, but the order items (and the cluster index) are rebuilt
  // only when a light actually changed or the table did.
  const now = useNow(60_000);
  const lights = useMemo(() => (orders ?? []).map((o) => lightOfRow(o, now)).join(','), [orders, now]);
  const orderItems = useMemo(() => {
    const byRow = lights.split(',') as OrderLight[];
    const out: MapItem[] = [];
    (orders ?? []).forEach((o, i) => {
      const item = orderToItem(o, byRow[i]);
      if (item) out.push(item);
    });
    return out;
  }, [orders, lights]);
  const residentsById = useMemo(() => byId(residents ?? []), [residents]);
  const alarmItems = useMemo(
    () => keep(alarms, (a) => alarmToItem(a, residentsById.get(String(a.residentId)))),
    [alarms, residentsById],
  );
  const catalogues = useMemo<MapCatalogues>(
    () => ({
      categories: categories ?? [],
      districts: districts ?? [],
      communities: communities ?? [],
      categoriesById: byId(categories ?? []),
      districtsById: byId(districts ?? []),
      communitiesById: byId(communities ?? []),
    }),
    [categories, districts, communities],
  );
  const items = useMemo(
    () => ({
      company: companyItems,
      volunteer: volunteerItems,
      resident: residentItems,
      order: orderItems,
      alarm: alarmItems,
    }),
    [companyItems, volunteerItems, residentItems, orderItems, alarmItems],
  );
  const loaded = [companies, volunteers, residents, orders, alarms, categories, districts, communities].every(
    (x) => x !== undefined,
  );
  return loaded ? { items, catalogues } : null;
}
