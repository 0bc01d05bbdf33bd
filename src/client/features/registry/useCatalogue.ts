// The catalogues on the device (REG-5) as lookup maps: districts, streets, communities, service categories and
// companies by id, live from Dexie. Must not write, and must not read the personal tables (residents, callers).
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useSync } from '../../app/sync/useSync';
import { byId, type CategoryRow, type CommunityRow, type NamedRow } from './catalogue-names';

export interface Catalogue {
  ready: boolean;
  districts: NamedRow[];
  districtsById: Map<string, NamedRow>;
  streetsById: Map<string, NamedRow>;
  communities: CommunityRow[];
  communitiesById: Map<string, CommunityRow>;
  categories: CategoryRow[];
  categoriesById: Map<string, CategoryRow>;
  companies: NamedRow[];
}

const empty: never[] = [];

export function useCatalogue(): Catalogue {
  const { db } = useSync();
  const districts = useLiveQuery(() => db.districts.toArray(), [db]) as NamedRow[] | undefined;
  const streets = useLiveQuery(() => db.streets.toArray(), [db]) as NamedRow[] | undefined;
  const communities = useLiveQuery(() => db.communities.toArray(), [db]) as CommunityRow[] | undefined;
  const categories = useLiveQuery(() => db.service_categories.toArray(), [db]) as CategoryRow[] | undefined;
  const companies = useLiveQuery(
    async () => (await db.companies.toArray()).map((c) => ({ id: String(c.id), name: String(c.name), nameEn: '' })),
    [db],
  );
  return useMemo(
    () => ({
      ready: districts !== undefined && communities !== undefined && categories !== undefined,
      districts: [...(districts ?? empty)].sort((a, b) => a.id.localeCompare(b.id)),
      districtsById: byId(districts ?? empty),
      streetsById: byId(streets ?? empty),
      communities: communities ?? empty,
      communitiesById: byId(communities ?? empty),
      categories: categories ?? empty,
      categoriesById: byId(categories ?? empty),
      companies: companies ?? empty,
    }),
    [districts, streets, communities, categories, companies],
  );
}
