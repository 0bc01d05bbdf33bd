// Volunteers and skilled individuals (REG-2): create and update, used by the volunteer.* mutations and the importer.
// Scoped like pull's visibility: by community, by company, and to the accounts linked to the volunteer.
import type { ArgsOf } from '../../../protocol/sync';
import { raise } from '../../http/problem-error';
import type { Row } from '../../store/store';
import { recordChange } from '../../sync/change-log';
import { recordAudit } from '../audit';
import {
  columnsOf,
  insertRecord,
  loadRow,
  type RegistryWriter,
  type SaveResult,
  toField,
  updateChanged,
} from './record-writes';
import { assertCategories, assertCompany, assertDistrict, communityPlace } from './references';

export type VolunteerCreate = ArgsOf<'volunteer.create'>;
export type VolunteerUpdate = ArgsOf<'volunteer.update'>;

/** Checks references and fills the district from the community when only the community is given. */
async function placeAndCheck(w: RegistryWriter, args: VolunteerUpdate): Promise<Row> {
  const values = columnsOf(args);
  if (args.communityId) {
    const place = await communityPlace(w.tx, args.communityId, 'communityId');
    if (args.districtId && args.districtId !== place.districtId) {
      raise('field.invalid', 'districtId', { detail: args.districtId });
    }
    values.district_id = place.districtId;
  } else if (args.districtId) {
    await assertDistrict(w.tx, args.districtId, 'districtId');
  }
  if (args.skillIds) await assertCategories(w.tx, args.skillIds, 'skillIds');
  if (args.companyId) await assertCompany(w.tx, args.companyId, 'companyId');
  return values;
}

async function logChange(w: RegistryWriter, id: string, row: Row, prev: Row | null, action: string, fields: string[]) {
  const users = await w.tx.query<{ id: string }>('select id from users where volunteer_id = $1', [id]);
  await recordChange(w.tx, {
    tbl: 'volunteers',
    rowId: id,
    op: 'put',
    communityId: (row.community_id as string | null) ?? null,
    companyId: (row.company_id as string | null) ?? null,
    prevCommunityId: prev && prev.community_id !== row.community_id ? (prev.community_id as string | null) : null,
    prevCompanyId: prev && prev.company_id !== row.company_id ? (prev.company_id as string | null) : null,
    userIds: users.map((u) => u.id),
    mutationId: w.mutationId,
  });
  await recordAudit(w.tx, w.audit, { action, entity: 'volunteer', entityId: id, detail: { fields, ...w.origin } });
}

export async function createVolunteer(w: RegistryWriter, args: VolunteerCreate): Promise<SaveResult> {
  if (await loadRow(w.tx, 'volunteers', args.id)) raise('record.exists', 'id', { entity: 'volunteer', id: args.id });
  const values = await placeAndCheck(w, args);
  await insertRecord(w.tx, 'volunteers', { id: args.id, ...values }, w.now);
  const fields = Object.keys(values).map(toField);
  await logChange(w, args.id, values, null, 'volunteer.create', fields);
  return { id: args.id, outcome: 'created', fields };
}

export async function updateVolunteer(w: RegistryWriter, args: VolunteerUpdate): Promise<SaveResult> {
  const current = await loadRow(w.tx, 'volunteers', args.id);
  if (!current) return raise('resource.not_found', 'id', { entity: 'volunteer' });
  const values = await placeAndCheck(w, args);
  const changed = await updateChanged(w.tx, 'volunteers', current, values, w.now);
  if (!changed.length) return { id: args.id, outcome: 'unchanged', fields: [] };
  const fields = changed.map(toField);
  await logChange(w, args.id, { ...current, ...values }, current, 'volunteer.update', fields);
  return { id: args.id, outcome: 'updated', fields };
}
