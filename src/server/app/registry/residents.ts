// Elderly residents (REG-3) and their contacts in calling order: create and update, used by the resident.*
// mutations and the importer. Scoped by community (liaisons) and to field workers holding open work for them.
import { contactIdFor } from '../../../domain/registry/contact-id';
import { isSameValue } from '../../../domain/registry/record-diff';
import type { ArgsOf } from '../../../protocol/sync';
import { raise } from '../../http/problem-error';
import type { Row } from '../../store/store';
import { type ChangeEntry, recordChange } from '../../sync/change-log';
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
import { communityPlace } from './references';

export type ResidentCreate = ArgsOf<'resident.create'>;
export type ResidentUpdate = ArgsOf<'resident.update'>;
type Contact = NonNullable<ResidentUpdate['contacts']>[number];
type Scope = Pick<ChangeEntry, 'communityId' | 'prevCommunityId' | 'userIds' | 'mutationId'>;

/** Column values with the district and street derived from the community; an empty card number means none. */
async function valuesOf(w: RegistryWriter, args: ResidentUpdate): Promise<Row> {
  const values = columnsOf(args, ['id', 'contacts']);
  if (args.communityId) {
    const place = await communityPlace(w.tx, args.communityId, 'communityId');
    values.district_id = place.districtId;
    values.street_id = place.streetId;
  }
  if (args.serviceCardNo !== undefined) {
    const cardNo = args.serviceCardNo?.trim() || null;
    values.service_card_no = cardNo;
    if (cardNo) {
      const taken = await w.tx.query('select 1 from residents where service_card_no = $1 and id <> $2', [
        cardNo,
        args.id,
      ]);
      if (taken.length) raise('resident.service_card_taken', 'serviceCardNo', { cardNo });
    }
  }
  return values;
}

/** Field workers with open work for this resident receive the row too (pull's visibility). */
async function scopeOf(
  w: RegistryWriter,
  id: string,
  communityId: string,
  prevCommunityId: string | null,
): Promise<Scope> {
  const workers = await w.tx.query<{ id: string }>(
    `select distinct assignee_user_id as id from orders where resident_id = $1 and assignee_user_id is not null
        and status in ('new', 'dispatched', 'accepted', 'en_route', 'on_site', 'returned')`,
    [id],
  );
  return {
    communityId,
    prevCommunityId: prevCommunityId !== communityId ? prevCommunityId : null,
    userIds: workers.map((u) => u.id),
    mutationId: w.mutationId,
  };
}

/** Replaces the contact list in order (positions 1..n), writing only positions that differ; returns how many. */
async function replaceContacts(w: RegistryWriter, residentId: string, contacts: readonly Contact[], scope: Scope) {
  const rows = await w.tx.query<Row>('select * from resident_contacts where resident_id = $1 order by position', [
    residentId,
  ]);
  const byPosition = new Map(rows.map((r) => [Number(r.position), r]));
  let changes = 0;
  for (const [i, c] of contacts.entries()) {
    const position = i + 1;
    const old = byPosition.get(position);
    const next = { name: c.name, phone: c.phone, relation: c.relation };
    if (old && Object.entries(next).every(([k, v]) => isSameValue(old[k], v))) continue;
    const id = (old?.id as string | undefined) ?? contactIdFor(residentId, position);
    if (old) {
      await w.tx.query('update resident_contacts set name = $2, phone = $3, relation = $4 where id = $1', [
        id,
        c.name,
        c.phone,
        c.relation,
      ]);
    } else {
      await insertRecord(w.tx, 'resident_contacts', { id, resident_id: residentId, position, ...next }, w.now, false);
    }
    await recordChange(w.tx, { tbl: 'resident_contacts', rowId: id, op: 'put', ...scope });
    changes++;
  }
  for (const old of rows.filter((r) => Number(r.position) > contacts.length)) {
    await w.tx.query('delete from resident_contacts where id = $1', [old.id]);
    await recordChange(w.tx, { tbl: 'resident_contacts', rowId: String(old.id), op: 'delete', ...scope });
    changes++;
  }
  return changes;
}

/** A resident who moved community takes their contacts along: the new liaisons get them, the old a delete. */
async function moveContacts(w: RegistryWriter, residentId: string, scope: Scope): Promise<void> {
  const rows = await w.tx.query<{ id: string }>('select id from resident_contacts where resident_id = $1', [
    residentId,
  ]);
  for (const r of rows) await recordChange(w.tx, { tbl: 'resident_contacts', rowId: r.id, op: 'put', ...scope });
}

async function audit(w: RegistryWriter, action: string, id: string, fields: string[], contactChanges: number) {
  await recordAudit(w.tx, w.audit, {
    action,
    entity: 'resident',
    entityId: id,
    detail: { fields, ...(contactChanges ? { contactChanges } : {}), ...w.origin },
  });
}

export async function createResident(w: RegistryWriter, args: ResidentCreate): Promise<SaveResult> {
  if (await loadRow(w.tx, 'residents', args.id)) raise('record.exists', 'id', { entity: 'resident', id: args.id });
  const values = await valuesOf(w, args);
  await insertRecord(w.tx, 'residents', { id: args.id, ...values }, w.now);
  const scope = await scopeOf(w, args.id, args.communityId, null);
  await recordChange(w.tx, { tbl: 'residents', rowId: args.id, op: 'put', ...scope });
  const contactChanges = args.contacts ? await replaceContacts(w, args.id, args.contacts, scope) : 0;
  const fields = Object.keys(values).map(toField);
  await audit(w, 'resident.create', args.id, fields, contactChanges);
  return { id: args.id, outcome: 'created', fields };
}

export async function updateResident(w: RegistryWriter, args: ResidentUpdate): Promise<SaveResult> {
  const current = await loadRow(w.tx, 'residents', args.id);
  if (!current) return raise('resource.not_found', 'id', { entity: 'resident' });
  const values = await valuesOf(w, args);
  const changed = await updateChanged(w.tx, 'residents', current, values, w.now);
  const communityId = String(values.community_id ?? current.community_id);
  const scope = await scopeOf(w, args.id, communityId, String(current.community_id));
  const contactChanges = args.contacts ? await replaceContacts(w, args.id, args.contacts, scope) : 0;
  if (scope.prevCommunityId) await moveContacts(w, args.id, scope);
  if (!changed.length && !contactChanges) return { id: args.id, outcome: 'unchanged', fields: [] };
  // A contact change alone still bumps the resident, so its updated_at says the record changed.
  if (!changed.length) await w.tx.query('update residents set updated_at = $2 where id = $1', [args.id, w.now]);
  await recordChange(w.tx, { tbl: 'residents', rowId: args.id, op: 'put', ...scope });
  const fields = changed.map(toField);
  await audit(w, 'resident.update', args.id, fields, contactChanges);
  return { id: args.id, outcome: 'updated', fields: contactChanges ? [...fields, 'contacts'] : fields };
}
