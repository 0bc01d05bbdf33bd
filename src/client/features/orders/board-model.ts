// The dispatcher's board (ORD-4, ORD-5) as pure functions over local rows: each order's light and governing deadline,
// the filters, the red-first sort, the light counts, the supervisor's attention lists and returns per unit.
// Must not read Dexie or React; `now` is always an argument.
import { currentWindow, type OrderLight, orderLight } from '../../../domain/orders/order-deadlines';
import { isOpenOrderStatus, type OrderStatus, orderStatuses } from '../../../domain/orders/order-kinds';
import type { LocalRow } from '../../../local/local-db';
import { lightFactsOf } from './OrderLight';

export interface BoardItem {
  row: LocalRow;
  id: string;
  light: OrderLight;
  /** The deadline that governs the order now (confirm, service or reminder); null when none runs. */
  dueAt: string | null;
}

/** '' = every status, 'open' = the statuses that still need someone, else one status. */
export type StatusFilter = '' | 'open' | OrderStatus;

export interface BoardFilters {
  light: OrderLight | '';
  status: StatusFilter;
  districtId: string;
  companyId: string;
  text: string;
}

export const defaultBoardFilters: BoardFilters = { light: '', status: 'open', districtId: '', companyId: '', text: '' };

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function boardItemOf(row: LocalRow, now: number): BoardItem {
  const facts = lightFactsOf(row);
  const window = currentWindow(facts);
  return {
    row,
    id: String(row.id ?? row._id),
    light: orderLight(facts, new Date(now)),
    dueAt: window ? window.due.toISOString() : (facts.serviceDueAt ?? null),
  };
}

export function isStatusFilter(value: string): value is StatusFilter {
  return value === '' || value === 'open' || (orderStatuses as readonly string[]).includes(value);
}

function matchesText(row: LocalRow, text: string): boolean {
  const q = text.trim().toLowerCase();
  if (q === '') return true;
  const digits = q.replace(/\D/g, '');
  if (str(row.no).toLowerCase().includes(q) || str(row.address).toLowerCase().includes(q)) return true;
  return digits.length >= 3 && str(row.callerPhone).includes(digits);
}

/** The items passing every filter; an empty filter lets everything through. */
export function filterBoard(items: readonly BoardItem[], f: BoardFilters): BoardItem[] {
  return items.filter((it) => {
    const status = it.row.status as OrderStatus;
    if (f.light && it.light !== f.light) return false;
    if (f.status === 'open' && !isOpenOrderStatus(status)) return false;
    if (f.status && f.status !== 'open' && status !== f.status) return false;
    if (f.districtId && it.row.districtId !== f.districtId) return false;
    if (f.companyId && it.row.companyId !== f.companyId) return false;
    return matchesText(it.row, f.text);
  });
}

// Red before yellow before the rest: what is late is what the dispatcher must act on first (ORD-4).
const lightRank: Record<OrderLight, number> = { red: 0, yellow: 1, green: 2, none: 3 };

/** Red first, then yellow, then by the nearest deadline (none last), then newest first. */
export function compareBoardItems(a: BoardItem, b: BoardItem): number {
  const byLight = lightRank[a.light] - lightRank[b.light];
  if (byLight !== 0) return byLight;
  if (a.dueAt !== b.dueAt) {
    if (a.dueAt === null) return 1;
    if (b.dueAt === null) return -1;
    return Date.parse(a.dueAt) - Date.parse(b.dueAt);
  }
  return str(b.row.createdAt).localeCompare(str(a.row.createdAt));
}

export function sortBoard(items: readonly BoardItem[]): BoardItem[] {
  return [...items].sort(compareBoardItems);
}

export function countLights(items: readonly BoardItem[]): Record<OrderLight, number> {
  const out: Record<OrderLight, number> = { red: 0, yellow: 0, green: 0, none: 0 };
  for (const it of items) out[it.light]++;
  return out;
}

const DAY_MS = 24 * 60 * 60_000;

export interface Attention {
  /** Open orders past the deadline that governs them now. */
  overdue: BoardItem[];
  /** Orders whose holder asked for more time and wait for a decision. */
  extensions: BoardItem[];
  /** Reminder events (督办) of the last 24 hours, newest first, with their order when it is on the device. */
  reminders: { event: LocalRow; item: BoardItem | null }[];
}

/** What a supervisor must look at now (ORD-4): overdue orders, extension requests, recent reminders. */
export function attentionOf(items: readonly BoardItem[], events: readonly LocalRow[], now: number): Attention {
  const open = items.filter((it) => isOpenOrderStatus(it.row.status as OrderStatus));
  const byId = new Map(items.map((it) => [it.id, it]));
  const reminders = events
    .filter((e) => e.kind === 'reminder' && now - Date.parse(str(e.at)) <= DAY_MS)
    .sort((a, b) => str(b.at).localeCompare(str(a.at)))
    .map((event) => ({ event, item: byId.get(str(event.orderId)) ?? null }));
  return {
    overdue: sortBoard(open.filter((it) => it.light === 'red')),
    extensions: sortBoard(open.filter((it) => it.row.extensionState === 'requested')),
    reminders,
  };
}

export interface UnitReturns {
  companyId: string;
  name: string;
  returns: number;
  wrongReturns: number;
}

/** Returns and wrong returns per company (ORD-5), most wrong returns first, then most returns, then by name. */
export function returnsByCompany(events: readonly LocalRow[], nameOf: (companyId: string) => string): UnitReturns[] {
  const byCompany = new Map<string, UnitReturns>();
  for (const e of events) {
    if (e.kind !== 'returned' || typeof e.companyId !== 'string') continue;
    const entry = byCompany.get(e.companyId) ?? {
      companyId: e.companyId,
      name: nameOf(e.companyId),
      returns: 0,
      wrongReturns: 0,
    };
    entry.returns++;
    if (e.wrongReturn === true) entry.wrongReturns++;
    byCompany.set(e.companyId, entry);
  }
  return [...byCompany.values()].sort(
    (a, b) => b.wrongReturns - a.wrongReturns || b.returns - a.returns || a.name.localeCompare(b.name),
  );
}

/** An order's age in whole days, hours and minutes since it was opened. */
export function ageOf(createdAt: string, now: number): { days: number; hours: number; minutes: number } {
  const ms = Math.max(0, now - Date.parse(createdAt));
  const minutesTotal = Math.floor(ms / 60_000);
  return {
    days: Math.floor(minutesTotal / 1440),
    hours: Math.floor((minutesTotal % 1440) / 60),
    minutes: minutesTotal % 60,
  };
}
