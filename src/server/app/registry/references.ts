// Checks that ids named in registry writes exist (REG-1..5): districts, communities, categories, companies.
// Refuses with field.invalid naming the field and the value; must not write.
import { raise } from '../../http/problem-error';
import type { Queryable } from '../../store/store';

export interface CommunityPlace {
  districtId: string;
  streetId: string;
}

export async function assertDistrict(tx: Queryable, id: string, field: string): Promise<void> {
  const rows = await tx.query('select 1 from districts where id = $1', [id]);
  if (!rows.length) raise('field.invalid', field, { detail: id });
}

export async function communityPlace(tx: Queryable, id: string, field: string): Promise<CommunityPlace> {
  const [c] = await tx.query<{ district_id: string; street_id: string }>(
    'select district_id, street_id from communities where id = $1',
    [id],
  );
  if (!c) return raise('field.invalid', field, { detail: id });
  return { districtId: c.district_id, streetId: c.street_id };
}

export async function assertCategories(tx: Queryable, ids: readonly string[], field: string): Promise<void> {
  if (!ids.length) return;
  const found = await tx.query<{ id: string }>('select id from service_categories where id = any($1)', [[...ids]]);
  const known = new Set(found.map((r) => r.id));
  const index = ids.findIndex((id) => !known.has(id));
  if (index >= 0) raise('field.invalid', `${field}.${index}`, { detail: ids[index]! });
}

export async function assertCompany(tx: Queryable, id: string, field: string): Promise<void> {
  const rows = await tx.query('select 1 from companies where id = $1', [id]);
  if (!rows.length) raise('field.invalid', field, { detail: id });
}
