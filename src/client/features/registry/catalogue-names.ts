// Names of catalogue rows (REG-5) in the user's language: places by id, service categories as "group › item".
// Pure: takes rows already read from the device; must not read Dexie or React state.
import type { Lang } from '../../../domain/common/problems';

export interface NamedRow {
  id: string;
  name: string;
  nameEn: string;
}

export interface CategoryRow extends NamedRow {
  parentId: string | null;
  sort: number;
  active: boolean;
}

export interface CommunityRow extends NamedRow {
  streetId: string;
  districtId: string;
}

export function nameIn(row: Pick<NamedRow, 'name' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && row.nameEn ? row.nameEn : row.name;
}

/** How items of a list are joined in running text: 、 in Chinese, a comma in English. */
export function listJoin(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'en' ? ', ' : '、');
}

export function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

/** '家政服务 › 保洁' for a second-level category; a group's own name for a group; the id when unknown. */
export function categoryPath(id: string, categories: ReadonlyMap<string, CategoryRow>, lang: Lang): string {
  const row = categories.get(id);
  if (!row) return id;
  const parent = row.parentId ? categories.get(row.parentId) : undefined;
  return parent ? `${nameIn(parent, lang)} › ${nameIn(row, lang)}` : nameIn(row, lang);
}

export interface CategoryGroup {
  group: CategoryRow;
  items: CategoryRow[];
}

/** Groups with their items, each in catalogue order (sort, then id). */
export function groupCategories(rows: readonly CategoryRow[]): CategoryGroup[] {
  const order = (a: CategoryRow, b: CategoryRow) => a.sort - b.sort || a.id.localeCompare(b.id);
  const groups = rows.filter((r) => r.parentId === null).sort(order);
  return groups.map((group) => ({
    group,
    items: rows.filter((r) => r.parentId === group.id).sort(order),
  }));
}

/** A category id and, for a group, all of its items: what a filter on it should match. */
export function categoryAndChildren(id: string, rows: readonly CategoryRow[]): Set<string> {
  const out = new Set([id]);
  for (const r of rows) if (r.parentId === id) out.add(r.id);
  return out;
}

/** "秦都区 › 人民路街道 › 渭阳社区" for a community; its id when unknown. */
export function communityPath(
  id: string,
  communities: ReadonlyMap<string, CommunityRow>,
  streets: ReadonlyMap<string, NamedRow>,
  districts: ReadonlyMap<string, NamedRow>,
  lang: Lang,
): string {
  const c = communities.get(id);
  if (!c) return id;
  const parts = [districts.get(c.districtId), streets.get(c.streetId), c].filter((r): r is NamedRow => Boolean(r));
  return parts.map((r) => nameIn(r, lang)).join(' › ');
}

/** Whole years between a YYYY-MM-DD birth date and today (also YYYY-MM-DD), or null if unreadable. */
export function ageOn(birthDate: string, today: string): number | null {
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const t = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!b || !t) return null;
  const years = Number(t[1]) - Number(b[1]);
  const beforeBirthday = t[2]! + t[3]! < b[2]! + b[3]!;
  return beforeBirthday ? years - 1 : years;
}
