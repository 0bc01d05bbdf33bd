// What the registry mutations (company.*, volunteer.*, resident.*, caller.setClass) do on the device before the
// server answers: whole rows with the wire defaults, marked with the mutation id, plus what to put back on refusal.
// Must not validate (the screens ran the protocol schema) and must not talk to the server.
import { contactIdFor } from '../domain/registry/contact-id';
import type { LocalDb, LocalRow, RowUndo } from './local-db';

type Args = Record<string, unknown>;
interface Mutation {
  id: string;
  name: string;
  args: unknown;
  at: string;
}

const companyDefaults = {
  districtId: null,
  address: '',
  lat: null,
  lng: null,
  contactPerson: '',
  categoryIds: [],
  serviceRadiusM: 5000,
  isVolunteerCompany: false,
  isHomeCareProvider: false,
  is24h: false,
  creditRating: 'B',
  status: 'active',
  joinedOn: null,
  suspendedOn: null,
  exitedOn: null,
  inspectionDueOn: null,
  remarksRecommend: '',
  remarksSpecial: '',
};
const volunteerDefaults = {
  districtId: null,
  communityId: null,
  lat: null,
  lng: null,
  skillIds: [],
  serviceMode: 'free',
  supportSystem: 'volunteer',
  kind: 'volunteer',
  companyId: null,
  onDuty: false,
  dutyLat: null,
  dutyLng: null,
  dutyAccuracyM: null,
  dutyAt: null,
  timeBankMinutes: 0,
  active: true,
};
const residentDefaults = {
  idCard: '',
  phone: '',
  address: '',
  lat: null,
  lng: null,
  identityCategories: [],
  livesAlone: false,
  healthConditions: '',
  medication: '',
  allergies: '',
  accessNotes: '',
  serviceCardNo: null,
  cardBalanceCents: 0,
  cardMinutes: 0,
  deviceId: null,
  active: true,
};

const tableOf = { company: 'companies', volunteer: 'volunteers', resident: 'residents' } as const;
const defaultsOf = { company: companyDefaults, volunteer: volunteerDefaults, resident: residentDefaults };

/** Puts the created or updated row; returns the rows to restore if the server refuses. */
export async function applyRegistryOptimistic(db: LocalDb, m: Mutation): Promise<RowUndo[] | null> {
  const [entity, verb] = m.name.split('.') as [string, string];
  if (m.name === 'caller.setClass') return setCallerClass(db, m);
  if (!(entity in tableOf) || (verb !== 'create' && verb !== 'update')) return null;
  const key = entity as keyof typeof tableOf;
  const table = tableOf[key];
  const { contacts, ...fields } = m.args as Args & { contacts?: Args[] };
  const id = String(fields.id);
  const previous = (await db.table(table).get(id)) as LocalRow | undefined;
  if (verb === 'update' && !previous) return null;
  const base = previous ?? { ...defaultsOf[key], _id: id };
  const row: LocalRow = { ...base, ...fields, _id: id, _mutationId: m.id, updatedAt: m.at };
  if (key === 'resident') await placeResident(db, row);
  await db.table(table).put(row);
  const undo: RowUndo[] = [{ table, id, row: previous ?? null }];
  if (key === 'resident' && contacts) undo.push(...(await replaceContacts(db, m.id, id, contacts)));
  return undo;
}

/** A resident's district and street follow from the community, as on the server. */
async function placeResident(db: LocalDb, row: LocalRow): Promise<void> {
  const community = (await db.communities.get(String(row.communityId))) as LocalRow | undefined;
  if (!community) return;
  row.districtId = community.districtId ?? null;
  row.streetId = community.streetId ?? null;
}

/** The same list rule as the server: a position keeps its contact's id, a new position gets contactIdFor's. */
async function replaceContacts(db: LocalDb, mutationId: string, residentId: string, contacts: Args[]) {
  const old = (await db.resident_contacts.filter((c) => c.residentId === residentId).toArray()) as LocalRow[];
  const byPosition = new Map(old.map((c) => [Number(c.position), c]));
  const undo: RowUndo[] = [];
  for (const [i, c] of contacts.entries()) {
    const position = i + 1;
    const before = byPosition.get(position);
    if (before && before.name === c.name && before.phone === c.phone && before.relation === c.relation) continue;
    const id = before ? String(before.id) : contactIdFor(residentId, position);
    await db.resident_contacts.put({ ...c, _id: id, id, residentId, position, _mutationId: mutationId });
    undo.push({ table: 'resident_contacts', id, row: before ?? null });
  }
  for (const gone of old.filter((c) => Number(c.position) > contacts.length)) {
    await db.resident_contacts.delete(gone._id);
    undo.push({ table: 'resident_contacts', id: gone._id, row: gone });
  }
  return undo;
}

async function setCallerClass(db: LocalDb, m: Mutation): Promise<RowUndo[]> {
  const args = m.args as { phone: string; class: string; name?: string; note?: string };
  const previous = (await db.callers.get(args.phone)) as LocalRow | undefined;
  await db.callers.put({
    residentId: null,
    firstSeenAt: m.at,
    lastSeenAt: m.at,
    name: '',
    note: '',
    ...previous,
    phone: args.phone,
    class: args.class,
    ...(args.name !== undefined ? { name: args.name } : {}),
    ...(args.note !== undefined ? { note: args.note } : {}),
    _id: args.phone,
    _mutationId: m.id,
  });
  return [{ table: 'callers', id: args.phone, row: previous ?? null }];
}
