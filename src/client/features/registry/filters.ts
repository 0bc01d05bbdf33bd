// The list filters of the registry (REG-1..3): district, category or skill, status or on-duty, identity category.
// Pure: takes device rows and the chosen filters, returns the rows that pass; '' means "any".
import type { RegistryKind } from './registry-path';

export interface ListFilters {
  districtId: string;
  /** A service category; a group matches each of its items (companies' categories, volunteers' skills). */
  categoryId: string;
  /** companies: active | suspended | exited; volunteers: on | off (duty); residents: alone. */
  status: string;
  /** residents only: one identity category. */
  identity: string;
}

export const noFilters: ListFilters = { districtId: '', categoryId: '', status: '', identity: '' };

/** A device row (districtId, categoryIds, skillIds, status, onDuty, livesAlone, identityCategories, …). */
export type FilterRow = Record<string, unknown>;

const listOf = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

/** `categoryIds` is the chosen category with its items (see categoryAndChildren). */
export function passesFilters(
  kind: RegistryKind,
  row: FilterRow,
  f: ListFilters,
  categoryIds: ReadonlySet<string>,
): boolean {
  if (f.districtId && row.districtId !== f.districtId) return false;
  switch (kind) {
    case 'companies':
      if (f.categoryId && !listOf(row.categoryIds).some((c) => categoryIds.has(c))) return false;
      return !f.status || row.status === f.status;
    case 'volunteers':
      if (f.categoryId && !listOf(row.skillIds).some((c) => categoryIds.has(c))) return false;
      return !f.status || (f.status === 'on') === Boolean(row.onDuty);
    case 'residents':
      if (f.identity && !listOf(row.identityCategories).includes(f.identity)) return false;
      return !f.status || (f.status === 'alone' && Boolean(row.livesAlone));
    default: {
      const never: never = kind;
      return never;
    }
  }
}

export function countActiveFilters(f: ListFilters): number {
  return [f.districtId, f.categoryId, f.status, f.identity].filter(Boolean).length;
}

/** Rows are shown a page at a time so 2,000 residents render quickly; "show more" adds a page. */
export const pageSize = 50;
