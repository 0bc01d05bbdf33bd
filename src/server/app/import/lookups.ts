// Names and ids the importer resolves cells against (ADM-3): districts, communities, service categories,
// companies and residents, loaded once per import inside its transaction. Must not write.
import type { Queryable } from '../../store/store';
import { cellInvalid } from './columns';

interface Named {
  id: string;
  name: string;
  name_en: string;
}

export interface Lookups {
  district(cell: string): string;
  community(cell: string, districtId?: string): string;
  category(cell: string): string;
  company(cell: string): string;
  resident(cell: string): string;
}

const fold = (s: string) => s.trim().toLowerCase();

/** A resolver by id, then by name (Chinese or English); a name shared by several rows must be given by id. */
function resolver<T extends { id: string }>(rows: readonly T[], names: (r: T) => string[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const byName = new Map<string, T[]>();
  for (const r of rows) {
    for (const n of names(r)) {
      if (!n) continue;
      const list = byName.get(fold(n)) ?? [];
      list.push(r);
      byName.set(fold(n), list);
    }
  }
  return (cell: string, keep: (r: T) => boolean = () => true): T => {
    const found = byId.get(cell.trim());
    if (found && keep(found)) return found;
    const matches = (byName.get(fold(cell)) ?? []).filter(keep);
    if (matches.length === 1) return matches[0]!;
    return cellInvalid(matches.length ? `${cell} (several match; give the id)` : cell);
  };
}

export async function loadLookups(tx: Queryable): Promise<Lookups> {
  const districts = await tx.query<Named>('select id, name, name_en from districts');
  const communities = await tx.query<Named & { district_id: string }>(
    'select id, name, name_en, district_id from communities',
  );
  const categories = await tx.query<Named>('select id, name, name_en from service_categories');
  const companies = await tx.query<{ id: string; name: string }>('select id, name from companies');
  const residents = await tx.query<{ id: string; service_card_no: string | null }>(
    'select id, service_card_no from residents',
  );
  const named = (r: Named) => [r.name, r.name_en];
  const district = resolver(districts, named);
  const community = resolver(communities, named);
  const category = resolver(categories, named);
  const company = resolver(companies, (r) => [r.name]);
  const resident = resolver(residents, (r) => [r.service_card_no ?? '']);
  return {
    district: (cell) => district(cell).id,
    community: (cell, districtId) => community(cell, (c) => !districtId || c.district_id === districtId).id,
    category: (cell) => category(cell).id,
    company: (cell) => company(cell).id,
    resident: (cell) => resident(cell).id,
  };
}
