// Demo service orders (工单, ORD-1..5): 42 orders from the scenarios, with every transition as an event, and notes.
// Must not apply lifecycle rules: it writes the states those rules would have produced, timed relative to `now`.
import { haversineMeters } from '../../domain/geo/distance';
import type { OrderStatus, OrderType } from '../../domain/orders/order-kinds';
import type { ServiceMode } from '../../domain/registry/registry-kinds';
import { listCategoryIds } from './catalogue';
import { makeName } from './chinese-names';
import type { CompanyRow } from './demo-companies';
import { addMinutesIso, type DemoContext, isoAfterMinutes, toChinaDate } from './demo-context';
import { planOrderNotes, planOrderTimeline, type Step } from './demo-order-timeline';
import type { ResidentRow } from './demo-residents';
import type { DemoUsers, UserRow } from './demo-users';
import type { VolunteerRow } from './demo-volunteers';
import { callerOnlyDescriptions, type OrderScenario, orderDescriptions, orderScenarios } from './order-scenarios';
import type { Random } from './random';

export interface OrderRow {
  id: string;
  no: string;
  type: OrderType;
  status: OrderStatus;
  handling: 'dispatch' | null;
  caller_phone: string;
  caller_name: string;
  resident_id: string | null;
  category_id: string | null;
  description: string;
  address: string;
  lat: number | null;
  lng: number | null;
  district_id: string | null;
  community_id: string | null;
  company_id: string | null;
  assignee_user_id: string | null;
  /** Names as the lists show them (migration 007): devices may not hold the users or companies registry. */
  assignee_name: string;
  company_name: string;
  is_contract_customer: boolean;
  service_mode: ServiceMode | null;
  reminder_at: string | null;
  dispatched_at: string | null;
  confirm_due_at: string | null;
  service_due_at: string | null;
  accepted_at: string | null;
  completed_at: string | null;
  verified_at: null;
  closed_at: string | null;
  outcome: string;
  extension_state: 'requested' | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface OrderEventRow {
  id: string;
  order_id: string;
  at: string;
  device_at: string | null;
  user_id: string | null;
  kind: string;
  from_status: OrderStatus | null;
  to_status: OrderStatus | null;
  company_id: string | null;
  lat: number | null;
  lng: number | null;
  reason: string;
  reason_code: string | null;
  /** The actor's name as it was then; '' for steps nobody signed (a company answering by phone). */
  user_name: string;
  /** ORD-5: a return by a unit other than the one that completed the order. */
  wrong_return: boolean;
}

export interface OrderNoteRow {
  id: string;
  order_id: string;
  user_id: string;
  text: string;
  at: string;
  device_at: string | null;
}

/** A caller who is not a registered resident, seen through an order (REG-4 keeps every number). */
export interface OrderCaller {
  phone: string;
  name: string;
  at: string;
}

export interface DemoOrders {
  orders: OrderRow[];
  events: OrderEventRow[];
  notes: OrderNoteRow[];
  callers: OrderCaller[];
}

export interface OrderInput {
  residents: readonly ResidentRow[];
  companies: readonly CompanyRow[];
  volunteers: readonly VolunteerRow[];
  users: DemoUsers;
}

/** Who an order is about and who holds it. */
export interface OrderParty {
  type: OrderType;
  categoryId: string | null;
  resident: ResidentRow | null;
  company: CompanyRow | null;
  assignee: UserRow | null;
  /** Where the responder set out from: the company's office or the worker's home. */
  origin: { lat: number; lng: number } | null;
  /** ORD-5: the company that had the order first and returned it, before the centre redispatched it to `company`. */
  returnedFrom: CompanyRow | null;
}

// Orders go to companies in the city and the near counties, where most residents live.
const ORDER_DISTRICTS = new Set(['610402', '610404', '610481', '610422', '610423']);

export function buildOrders(random: Random, ctx: DemoContext, input: OrderInput): DemoOrders {
  const used = new Set<string>();
  const built = orderScenarios.map((scenario) => {
    const party = resolveParty(random, input, scenario, used);
    const steps = planOrderTimeline(random, ctx.now, scenario, party, input.users);
    return { scenario, party, steps, id: random.uuid() };
  });
  // Numbers follow creation order, as the sequence would have issued them.
  built.sort((a, b) => a.steps[0]!.at.localeCompare(b.steps[0]!.at));
  const out: DemoOrders = { orders: [], events: [], notes: [], callers: [] };
  const userNames = new Map(input.users.users.map((u) => [u.id, u.display_name]));
  built.forEach(({ scenario, party, steps, id }, index) => {
    const order = assembleOrder(random, ctx, { scenario, party, steps, id, seq: index + 1 }, input.users);
    out.orders.push(order);
    out.events.push(...steps.map((step) => toEventRow(random, id, step, userNames)));
    for (const note of planOrderNotes(scenario, steps, input.users, ctx.now)) {
      out.notes.push({
        id: random.uuid(),
        order_id: id,
        user_id: note.userId,
        text: note.text,
        at: note.at,
        device_at: null,
      });
    }
    if (!party.resident) out.callers.push({ phone: order.caller_phone, name: order.caller_name, at: order.created_at });
  });
  return out;
}

function resolveParty(random: Random, input: OrderInput, s: OrderScenario, used: Set<string>): OrderParty {
  const { users, companies, volunteers } = input;
  if (!s.group && s.target === 'none') {
    const type = s.type ?? 'inquiry';
    return { type, categoryId: null, resident: null, company: null, assignee: null, origin: null, returnedFrom: null };
  }
  const wantsCard = (r: ResidentRow) => s.status === 'new' || (r.service_card_no !== null) === Boolean(s.contract);
  let company: CompanyRow | null = null;
  let returnedFrom: CompanyRow | null = null;
  let assignee: UserRow | null = null;
  let categoryPool: readonly string[];
  let near: (r: ResidentRow) => boolean;
  if (s.target === 'worker1') {
    assignee = users.byUsername.get('worker1')!;
    const home = volunteers.find((v) => v.id === assignee!.volunteer_id)!;
    categoryPool = home.skill_ids;
    near = (r) => r.district_id === home.district_id && haversineMeters(r, home) <= 3000;
  } else if (s.target === 'none') {
    categoryPool = listCategoryIds(s.group === 'other' || !s.group ? 'convenience' : s.group);
    near = (r) => r.district_id === '610402' || r.district_id === '610404';
  } else {
    company = s.target === 'company' ? pickOrderCompany(random, companies) : companies[0]!;
    if (s.target === 'tech1') assignee = users.byUsername.get('tech1')!;
    if (s.returnedBy === 'techCompany') returnedFrom = companies[0]!;
    if (s.returnedBy === 'company') returnedFrom = pickOrderCompany(random, companies, company);
    const c = company;
    categoryPool = c.category_ids;
    near = (r) => r.district_id === c.district_id && haversineMeters(r, c) <= c.service_radius_m;
  }
  const categoryId = random.pick(categoryPool);
  const resident = pickResident(random, input.residents, used, [(r) => near(r) && wantsCard(r), near, wantsCard]);
  const origin = company ?? volunteers.find((v) => v.id === assignee?.volunteer_id) ?? null;
  return { type: typeOfCategory(categoryId), categoryId, resident, company, assignee, origin, returnedFrom };
}

/** An active company in the order districts other than tech1's (companies[0]) and than `besides`. */
function pickOrderCompany(random: Random, companies: readonly CompanyRow[], besides?: CompanyRow): CompanyRow {
  const fits = (c: CompanyRow) => c.status === 'active' && ORDER_DISTRICTS.has(c.district_id) && c.id !== besides?.id;
  return random.pick(companies.slice(1).filter(fits));
}

/** The first filter that leaves anyone decides; a resident gets at most one demo order. */
function pickResident(
  random: Random,
  residents: readonly ResidentRow[],
  used: Set<string>,
  filters: readonly ((r: ResidentRow) => boolean)[],
): ResidentRow {
  for (const filter of filters) {
    const found = residents.filter((r) => !used.has(r.id) && filter(r));
    if (found.length > 0) {
      const resident = random.pick(found);
      used.add(resident.id);
      return resident;
    }
  }
  throw new Error('no resident left for a demo order');
}

function typeOfCategory(categoryId: string): OrderType {
  return /^(care|medical)\./.test(categoryId) ? 'home_care' : 'home_service';
}

interface Assembly {
  scenario: OrderScenario;
  party: OrderParty;
  steps: Step[];
  id: string;
  seq: number;
}

function assembleOrder(random: Random, ctx: DemoContext, a: Assembly, users: DemoUsers): OrderRow {
  const { scenario: s, party, steps } = a;
  const { resident, company, assignee } = party;
  const find = (kind: string) => steps.find((step) => step.kind === kind)?.at ?? null;
  const findLast = (kind: string) => steps.findLast((step) => step.kind === kind)?.at ?? null;
  const created = steps[0]!.at;
  // A redispatch (ORD-5) restarts the confirm clock; the caller's service clock runs from the first dispatch.
  const firstDispatch = find('dispatched');
  const dispatched = findLast('dispatched');
  const contract = resident?.service_card_no != null;
  const description = party.categoryId
    ? random.pick(orderDescriptions[party.categoryId] ?? ['需要上门服务'])
    : random.pick(callerOnlyDescriptions[party.type] ?? ['来电咨询']);
  return {
    id: a.id,
    no: `XY${toChinaDate(created).replaceAll('-', '')}-${String(a.seq).padStart(4, '0')}`,
    type: party.type,
    status: s.status,
    handling: dispatched ? 'dispatch' : null,
    caller_phone: resident?.phone ?? ctx.phones.mobile(),
    caller_name: resident?.name ?? makeName(random, random.chance(0.5) ? 'male' : 'female', 'adult'),
    resident_id: resident?.id ?? null,
    category_id: party.categoryId,
    description,
    address: resident?.address ?? '',
    lat: resident?.lat ?? null,
    lng: resident?.lng ?? null,
    district_id: resident?.district_id ?? null,
    community_id: resident?.community_id ?? null,
    company_id: s.status === 'returned' ? null : (company?.id ?? null),
    assignee_user_id: s.status === 'returned' ? null : (assignee?.id ?? null),
    assignee_name: s.status === 'returned' ? '' : (assignee?.display_name ?? ''),
    company_name: s.status === 'returned' ? '' : (company?.name ?? ''),
    is_contract_customer: contract,
    service_mode: !party.categoryId ? null : party.type === 'home_care' && contract ? 'low_cost' : 'paid',
    reminder_at: s.reminderIn === undefined ? null : isoAfterMinutes(ctx.now, s.reminderIn),
    dispatched_at: dispatched,
    confirm_due_at: dispatched ? addMinutesIso(dispatched, 30) : null,
    service_due_at: firstDispatch ? addMinutesIso(firstDispatch, (contract ? 24 : 48) * 60) : null,
    accepted_at: find('accepted'),
    completed_at: find('completed'),
    verified_at: null,
    closed_at: find('closed'),
    outcome: s.status === 'completed' || s.status === 'closed' ? (steps.at(-1)?.outcome ?? '') : '',
    extension_state: s.extension ? 'requested' : null,
    created_by: users.byUsername.get('dispatcher1')!.id,
    created_at: created,
    updated_at: steps.at(-1)!.at,
    version: steps.length,
  };
}

function toEventRow(
  random: Random,
  orderId: string,
  step: Step,
  userNames: ReadonlyMap<string, string>,
): OrderEventRow {
  return {
    id: random.uuid(),
    order_id: orderId,
    at: step.at,
    device_at: step.deviceAt ?? null,
    user_id: step.userId,
    kind: step.kind,
    from_status: step.from,
    to_status: step.to,
    company_id: step.companyId,
    lat: step.lat ?? null,
    lng: step.lng ?? null,
    reason: step.reason ?? '',
    reason_code: step.reasonCode ?? null,
    user_name: step.userId ? (userNames.get(step.userId) ?? '') : '',
    wrong_return: step.wrongReturn ?? false,
  };
}
