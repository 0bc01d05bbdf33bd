// Demo volunteers and skilled individuals (义工、志愿者、一技之长者, REG-2): 300 people living in their communities.
// Must not create accounts: demo-users.ts links the first few (worker1–3, tech1) to accounts by their position here.
import type { ServiceMode, SupportSystem, VolunteerKind } from '../../domain/registry/registry-kinds';
import { listCategoryIds } from './catalogue';
import { type Gender, makeName } from './chinese-names';
import type { CompanyRow } from './demo-companies';
import { type DemoContext, isoAfterMinutes, pickCommunity, pointInDistrictNear } from './demo-context';
import type { Random } from './random';

export interface VolunteerRow {
  id: string;
  name: string;
  phone: string;
  district_id: string;
  community_id: string;
  lat: number;
  lng: number;
  skill_ids: string[];
  service_mode: ServiceMode;
  support_system: SupportSystem;
  kind: VolunteerKind;
  company_id: string | null;
  on_duty: boolean;
  duty_lat: number | null;
  duty_lng: number | null;
  duty_accuracy_m: number | null;
  duty_at: string | null;
  time_bank_minutes: number;
  active: boolean;
  created_at: string;
  updated_at: string;
}

export const VOLUNTEER_COUNT = 300;
/** Positions with fixed roles: worker1, worker2, worker3 (in 秦都区), then two technicians of company 0 (tech1 first). */
export const WORKER_POSITIONS = [0, 1, 2] as const;
export const TECH1_POSITION = 3;
export const TECH2_POSITION = 4;
const fixedKinds: readonly VolunteerKind[] = ['care_aide', 'volunteer', 'care_aide', 'technician', 'technician'];
const TECHNICIANS = 20;
const CARE_AIDES = 30;
const SKILLED = 80;

interface Plan {
  kind: VolunteerKind;
  districtId?: string;
  company?: CompanyRow;
  onDuty?: boolean;
}

export function buildVolunteers(random: Random, ctx: DemoContext, companies: readonly CompanyRow[]): VolunteerRow[] {
  const staffed = companies.filter(
    (c) => c.status === 'active' && c.category_ids.some((id) => /^(repair|locksmith|housekeeping|moving)\./.test(id)),
  );
  const plans: Plan[] = fixedKinds.map((kind, i) =>
    kind === 'technician'
      ? { kind, company: companies[0]!, onDuty: i === TECH1_POSITION }
      : { kind, districtId: '610402', onDuty: i < 2 },
  );
  const add = (kind: VolunteerKind, n: number, extra: () => Partial<Plan> = () => ({})) => {
    for (let i = 0; i < n; i++) plans.push({ kind, ...extra() });
  };
  add('technician', TECHNICIANS - 2, () => ({ company: random.pick(staffed) }));
  add('care_aide', CARE_AIDES - 2);
  add('skilled', SKILLED);
  add('volunteer', VOLUNTEER_COUNT - plans.length);
  return plans.map((plan) => buildVolunteer(random, ctx, plan, companies));
}

function buildVolunteer(random: Random, ctx: DemoContext, plan: Plan, companies: readonly CompanyRow[]): VolunteerRow {
  const districtId = plan.company?.district_id ?? plan.districtId;
  const community = pickCommunity(random, ctx.places, (c) => !districtId || c.districtId === districtId);
  const district = ctx.places.districtById.get(community.districtId)!;
  const home = pointInDistrictNear(random, district, community.point, 400);
  const company = plan.company ?? (plan.kind === 'care_aide' ? pickCareProvider(random, companies, district.id) : null);
  const onDuty = plan.onDuty ?? random.chance(0.25);
  const duty = onDuty ? pointInDistrictNear(random, district, home, 1500) : null;
  // Retired people make up a good share of community volunteers (低龄老人 helping the older).
  const generation = plan.kind === 'volunteer' && random.chance(0.3) ? 'elder' : 'adult';
  const gender: Gender = random.chance(plan.kind === 'care_aide' ? 0.85 : plan.kind === 'technician' ? 0.1 : 0.55)
    ? 'female'
    : 'male';
  const createdDaysAgo = random.int(10, 6 * 365);
  const dutyMinutesAgo = random.int(1, 240);
  return {
    id: random.uuid(),
    name: makeName(random, gender, generation),
    phone: ctx.phones.mobile(),
    district_id: district.id,
    community_id: community.id,
    lat: home.lat,
    lng: home.lng,
    skill_ids: pickSkills(random, plan.kind, company),
    service_mode: pickMode(random, plan.kind),
    support_system: pickSupport(random, plan.kind),
    kind: plan.kind,
    company_id: company?.id ?? null,
    on_duty: onDuty,
    duty_lat: duty?.lat ?? null,
    duty_lng: duty?.lng ?? null,
    duty_accuracy_m: duty ? random.int(8, 60) : null,
    duty_at: duty ? isoAfterMinutes(ctx.now, -dutyMinutesAgo) : null,
    time_bank_minutes: plan.kind === 'volunteer' ? random.int(0, 100) * 30 : 0,
    active: plan.onDuty !== undefined || onDuty || random.chance(0.97), // fixed and on-duty people are active
    created_at: isoAfterMinutes(ctx.now, -createdDaysAgo * 1440),
    updated_at: isoAfterMinutes(ctx.now, duty ? -dutyMinutesAgo : -random.int(0, createdDaysAgo) * 1440),
  };
}

/** Half the care aides work for a home-care provider of their district, when there is one. */
function pickCareProvider(random: Random, companies: readonly CompanyRow[], districtId: string): CompanyRow | null {
  const providers = companies.filter(
    (c) => c.is_home_care_provider && c.status === 'active' && c.district_id === districtId,
  );
  return providers.length > 0 && random.chance(0.5) ? random.pick(providers) : null;
}

function pickSkills(random: Random, kind: VolunteerKind, company: CompanyRow | null): string[] {
  switch (kind) {
    case 'technician':
      return random.sample(company?.category_ids ?? listCategoryIds('repair'), random.int(2, 3)).sort();
    case 'care_aide':
      return random.sample(listCategoryIds('care'), random.int(2, 4)).sort();
    case 'skilled': {
      const group = random.pick(['repair', 'housekeeping', 'convenience', 'medical'] as const);
      return random.sample(listCategoryIds(group), random.int(1, 3)).sort();
    }
    case 'volunteer': {
      const pool = ['convenience.shopping', 'convenience.bills', 'care.companion', 'care.meal', 'care.medical'];
      return random.sample(pool, random.int(1, 3)).sort();
    }
    default: {
      const never: never = kind;
      return never;
    }
  }
}

function pickMode(random: Random, kind: VolunteerKind): ServiceMode {
  if (kind === 'technician') return 'paid';
  if (kind === 'care_aide') return random.chance(0.6) ? 'low_cost' : 'paid';
  if (kind === 'skilled')
    return random.pickWeighted([
      ['low_cost', 5],
      ['paid', 3],
      ['free', 2],
    ] as const);
  return random.chance(0.9) ? 'free' : 'low_cost';
}

function pickSupport(random: Random, kind: VolunteerKind): SupportSystem {
  if (kind === 'technician') return 'market';
  if (kind === 'care_aide') return 'organisation';
  if (kind === 'skilled') return random.chance(0.5) ? 'market' : 'volunteer';
  return random.chance(0.85) ? 'volunteer' : 'organisation';
}
