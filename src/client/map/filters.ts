// The map's filters (MAP-1): service category (two levels), district and per-layer status, applied to MapItems.
// Pure; must not read the db or know how items are drawn.
import type { LocalRow } from '../../local/local-db';
import type { MapItem, MapKind } from './map-items';

export interface MapFilters {
  /** A group (parent) category, which matches its children too, or a leaf category; null for any. */
  categoryId: string | null;
  districtId: string | null;
  companyStatus: string | null;
  /** 'on_duty' or 'off_duty'; null for both. */
  volunteerDuty: string | null;
  orderStatus: string | null;
}

export const noFilters: MapFilters = {
  categoryId: null,
  districtId: null,
  companyStatus: null,
  volunteerDuty: null,
  orderStatus: null,
};

export function isFiltering(filters: MapFilters): boolean {
  return Object.values(filters).some((v) => v !== null);
}

/** The category ids a chosen category stands for: itself and, for a group, every child. */
export function categoryIdsMatching(categoryId: string, categories: readonly LocalRow[]): Set<string> {
  const out = new Set([categoryId]);
  for (const c of categories) if (c.parentId === categoryId) out.add(String(c.id));
  return out;
}

function statusFilterOf(kind: MapKind, filters: MapFilters): string | null {
  switch (kind) {
    case 'company':
      return filters.companyStatus;
    case 'volunteer':
      return filters.volunteerDuty;
    case 'order':
      return filters.orderStatus;
    case 'resident':
    case 'alarm':
      return null;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

// Residents and alarms carry no service category; a category filter leaves them alone rather than hiding them all.
const categorised: ReadonlySet<MapKind> = new Set(['company', 'volunteer', 'order']);

/** A predicate for items of one kind; build it once per filter change, not per item. */
export function createItemFilter(
  kind: MapKind,
  filters: MapFilters,
  categories: readonly LocalRow[],
): (item: MapItem) => boolean {
  const status = statusFilterOf(kind, filters);
  const cats =
    filters.categoryId !== null && categorised.has(kind) ? categoryIdsMatching(filters.categoryId, categories) : null;
  const district = filters.districtId;
  return (item) =>
    (district === null || item.districtId === district) &&
    (status === null || item.status === status) &&
    (cats === null || item.categoryIds.some((c) => cats.has(c)));
}

/** Every kind's items with the filters applied. */
export function filterItems(
  items: Record<MapKind, MapItem[]>,
  filters: MapFilters,
  categories: readonly LocalRow[],
): Record<MapKind, MapItem[]> {
  const out = {} as Record<MapKind, MapItem[]>;
  for (const kind of Object.keys(items) as MapKind[]) {
    out[kind] = isFiltering(filters) ? items[kind].filter(createItemFilter(kind, filters, categories)) : items[kind];
  }
  return out;
}

/** Category choices as a two-level list: each active group followed by its active children, in catalogue order. */
export function categoryOptions(categories: readonly LocalRow[]): { id: string; row: LocalRow; depth: 0 | 1 }[] {
  const active = categories.filter((c) => c.active !== false);
  const bySort = (a: LocalRow, b: LocalRow) => Number(a.sort ?? 0) - Number(b.sort ?? 0);
  const groups = active.filter((c) => c.parentId === null || c.parentId === undefined).sort(bySort);
  const out: { id: string; row: LocalRow; depth: 0 | 1 }[] = [];
  for (const g of groups) {
    out.push({ id: String(g.id), row: g, depth: 0 });
    for (const c of active.filter((x) => x.parentId === g.id).sort(bySort))
      out.push({ id: String(c.id), row: c, depth: 1 });
  }
  return out;
}
