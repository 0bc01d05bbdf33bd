// Demo elderly residents (登记老人, REG-3) with their contacts in calling order: family, doctor, liaison, property desk.
// Must not invent alarms or service logs: those belong to later scenarios; this is the registry only.
import type { ContactRelation, IdentityCategory } from '../../domain/registry/registry-kinds';
import { type Gender, makeName, pickSurname } from './chinese-names';
import {
  chinaDateAfterDays,
  type DemoContext,
  describeCommunity,
  isoAfterMinutes,
  pickCommunity,
  pointInDistrictNear,
} from './demo-context';
import { makeHomeAddress, makeIdCard } from './people';
import type { Random } from './random';
import { hasServiceCard, makeAccessNotes, makeHealthNotes, makeIdentityCategories } from './resident-profile';
import type { CommunityPlace } from './xianyang';

export interface ResidentRow {
  id: string;
  name: string;
  gender: Gender;
  birth_date: string;
  id_card: string;
  phone: string;
  address: string;
  lat: number;
  lng: number;
  district_id: string;
  street_id: string;
  community_id: string;
  identity_categories: IdentityCategory[];
  lives_alone: boolean;
  health_conditions: string;
  medication: string;
  allergies: string;
  access_notes: string;
  service_card_no: string | null;
  card_balance_cents: number;
  card_minutes: number;
  device_id: string | null;
  active: boolean;
  created_at: string;
  updated_at: string;
}

export interface ContactRow {
  id: string;
  resident_id: string;
  position: number;
  name: string;
  phone: string;
  relation: ContactRelation;
}

export const RESIDENT_COUNT = 2000;
const DAYS_PER_YEAR = 365.2425;

/** One doctor per street, one liaison and one property desk per community: many residents share them. */
interface CommunityStaff {
  doctor: Omit<ContactRow, 'id' | 'resident_id' | 'position'>;
  liaison: Omit<ContactRow, 'id' | 'resident_id' | 'position'>;
  security: Omit<ContactRow, 'id' | 'resident_id' | 'position'>;
}

export function buildResidents(random: Random, ctx: DemoContext): { residents: ResidentRow[]; contacts: ContactRow[] } {
  const residents: ResidentRow[] = [];
  const contacts: ContactRow[] = [];
  const doctors = new Map<string, CommunityStaff['doctor']>();
  const staff = new Map<string, CommunityStaff>();
  const staffOf = (community: CommunityPlace): CommunityStaff => {
    let found = staff.get(community.id);
    if (!found) {
      found = makeStaff(random, ctx, community, doctors);
      staff.set(community.id, found);
    }
    return found;
  };
  const deviceIds = new Set<string>();
  for (let i = 0; i < RESIDENT_COUNT; i++) {
    const community = pickCommunity(random, ctx.places);
    const resident = buildResident(random, ctx, community, i, deviceIds);
    residents.push(resident);
    contacts.push(...buildContacts(random, ctx, resident, staffOf(community)));
  }
  return { residents, contacts };
}

/** Ages 60–98, thinning with age; women outnumber men more the older the cohort. */
function pickAge(random: Random): number {
  for (;;) {
    const age = random.int(60, 98);
    if (random.chance(Math.exp(-(age - 60) / 13))) return age;
  }
}

function buildResident(
  random: Random,
  ctx: DemoContext,
  community: CommunityPlace,
  index: number,
  deviceIds: Set<string>,
): ResidentRow {
  const { district, street } = describeCommunity(ctx.places, community);
  const age = pickAge(random);
  const gender: Gender = random.chance(0.5 + (0.3 * (age - 60)) / 38) ? 'female' : 'male';
  const birthDate = chinaDateAfterDays(ctx.now, -Math.floor((age + random.float(0.01, 0.99)) * DAYS_PER_YEAR));
  const livesAlone = random.chance(0.3);
  const categories = makeIdentityCategories(random, age, livesAlone);
  const health = makeHealthNotes(random, age);
  const point = pointInDistrictNear(random, district, community.point, community.kind === 'village' ? 600 : 350);
  const card = hasServiceCard(random, age, categories);
  const createdDaysAgo = random.int(30, 5 * 365);
  return {
    id: random.uuid(),
    name: makeName(random, gender, 'elder'),
    gender,
    birth_date: birthDate,
    id_card: makeIdCard(random, district.id, birthDate, gender),
    phone: random.chance(0.55) ? ctx.phones.mobile() : ctx.phones.landline(),
    address: makeHomeAddress(random, district, street, community),
    lat: point.lat,
    lng: point.lng,
    district_id: district.id,
    street_id: street.id,
    community_id: community.id,
    identity_categories: categories,
    lives_alone: livesAlone,
    health_conditions: health.conditions,
    medication: health.medication,
    allergies: health.allergies,
    access_notes: makeAccessNotes(random, livesAlone, makeName(random, 'female', 'elder')),
    // Card numbers are the district code and a running number: unique by construction.
    service_card_no: card ? `XYK${district.id}${String(index + 1).padStart(5, '0')}` : null,
    card_balance_cents: card ? random.int(10, 120) * 500 : 0,
    card_minutes: card && random.chance(0.5) ? random.int(2, 40) * 30 : 0,
    device_id: random.chance(0.4) ? makeDeviceId(random, deviceIds) : null,
    active: true,
    created_at: isoAfterMinutes(ctx.now, -createdDaysAgo * 1440),
    updated_at: isoAfterMinutes(ctx.now, -random.int(0, createdDaysAgo) * 1440),
  };
}

/** A DC-09 account number: 3–16 hex characters; ours are 6, uppercase, unique. */
function makeDeviceId(random: Random, used: Set<string>): string {
  for (;;) {
    const id = random.int(0x100000, 0xffffff).toString(16).toUpperCase();
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

function makeStaff(
  random: Random,
  ctx: DemoContext,
  community: CommunityPlace,
  doctors: Map<string, CommunityStaff['doctor']>,
): CommunityStaff {
  let doctor = doctors.get(community.streetId);
  if (!doctor) {
    doctor = {
      name: makeName(random, random.chance(0.5) ? 'male' : 'female', 'adult'),
      phone: ctx.phones.landline(),
      relation: 'doctor',
    };
    doctors.set(community.streetId, doctor);
  }
  const liaisonGender = random.chance(0.7) ? 'female' : 'male';
  return {
    doctor,
    liaison: { name: makeName(random, liaisonGender, 'adult'), phone: ctx.phones.mobile(), relation: 'liaison' },
    // Villages have no property company: a neighbour is the last call instead.
    security:
      community.kind === 'village'
        ? {
            name: makeName(random, random.chance(0.5) ? 'male' : 'female', 'elder'),
            phone: ctx.phones.mobile(),
            relation: 'neighbour',
          }
        : { name: '物业值班室', phone: ctx.phones.landline(), relation: 'security' },
  };
}

/** 2–4 contacts in calling order: family first, then the doctor, the community liaison, the property desk. */
function buildContacts(random: Random, ctx: DemoContext, resident: ResidentRow, staff: CommunityStaff): ContactRow[] {
  const count = random.pickWeighted([
    [2, 30],
    [3, 45],
    [4, 25],
  ] as const);
  // Children usually carry their father's surname: the resident's own when he is the father.
  const childSurname = () =>
    resident.gender === 'male' || random.chance(0.3) ? resident.name.slice(0, 1) : pickSurname(random);
  const child = () => ({
    name: makeName(random, random.chance(0.5) ? 'male' : 'female', 'adult', childSurname()),
    phone: ctx.phones.mobile(),
    relation: 'family' as const,
  });
  const order = [child(), ...(random.chance(0.35) ? [child()] : []), staff.doctor, staff.liaison, staff.security];
  return order.slice(0, count).map((contact, i) => ({
    id: random.uuid(),
    resident_id: resident.id,
    position: i + 1,
    ...contact,
  }));
}
