// The intake form (ORD-1) as pure functions: the draft a dispatcher types, the order.create arguments it becomes,
// the schema's refusals per field, and the residents a typed number matches. Must not read Dexie or React.
import { type OrderType, orderTypes } from '../../../domain/orders/order-kinds';
import { normalizePhone } from '../../../domain/registry/phone';
import type { LocalRow } from '../../../local/local-db';
import { orderMutationArgs } from '../../../protocol/orders';

export interface IntakeDraft {
  callerPhone: string;
  callerName: string;
  type: OrderType;
  categoryId: string;
  description: string;
  address: string;
  lat: number | null;
  lng: number | null;
  residentId: string;
  communityId: string;
  isContractCustomer: boolean;
  /** The value of a datetime-local input (device time), '' when none. */
  reminderAt: string;
  closeNow: boolean;
  outcome: string;
}

export const emptyDraft: IntakeDraft = {
  callerPhone: '',
  callerName: '',
  type: 'home_service',
  categoryId: '',
  description: '',
  address: '',
  lat: null,
  lng: null,
  residentId: '',
  communityId: '',
  isContractCustomer: false,
  reminderAt: '',
  closeNow: false,
  outcome: '',
};

export const intakeFields = [
  'callerPhone',
  'callerName',
  'type',
  'categoryId',
  'description',
  'address',
  'lng',
  'communityId',
  'reminderAt',
  'outcome',
] as const;
export type IntakeField = (typeof intakeFields)[number];

export function isOrderType(value: string): value is OrderType {
  return (orderTypes as readonly string[]).includes(value);
}

/** Whether the draft's type may be closed on the call (ORD-1: inquiries). */
export function canCloseNow(type: OrderType): boolean {
  return type === 'inquiry';
}

/** The order.create arguments of a draft: empty optional fields left out, the reminder as an ISO time. */
export function createArgsOf(draft: IntakeDraft, id: string): Record<string, unknown> {
  const args: Record<string, unknown> = {
    id,
    type: draft.type,
    callerPhone: normalizePhone(draft.callerPhone.trim()),
    description: draft.description,
  };
  const optional = (key: string, value: string) => {
    if (value.trim() !== '') args[key] = value.trim();
  };
  optional('callerName', draft.callerName);
  optional('residentId', draft.residentId);
  optional('categoryId', draft.categoryId);
  optional('address', draft.address);
  optional('communityId', draft.communityId);
  if (draft.lat !== null && draft.lng !== null) {
    args.lat = draft.lat;
    args.lng = draft.lng;
  }
  if (draft.isContractCustomer) args.isContractCustomer = true;
  if (draft.type === 'pending' && draft.reminderAt !== '') {
    const t = new Date(draft.reminderAt);
    args.reminderAt = Number.isNaN(t.getTime()) ? draft.reminderAt : t.toISOString();
  }
  if (draft.closeNow && canCloseNow(draft.type)) {
    args.closeNow = true;
    optional('outcome', draft.outcome);
  }
  return args;
}

export type IntakeErrors = Partial<Record<IntakeField, 'required' | 'invalid'>>;

/** The protocol schema's verdict per field: 'required' for a missing value, 'invalid' for a wrong one. */
export function checkIntake(args: Record<string, unknown>): IntakeErrors {
  const result = orderMutationArgs['order.create'].safeParse(args);
  if (result.success) return {};
  const errors: IntakeErrors = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    const field = (key === 'lat' ? 'lng' : key) as IntakeField;
    if (!(intakeFields as readonly string[]).includes(field) || errors[field]) continue;
    const value = args[key];
    const missing = value === undefined || (typeof value === 'string' && value.trim() === '');
    errors[field] = missing ? 'required' : 'invalid';
  }
  return errors;
}

/** Residents whose own phone or one of whose contacts' phones is the typed number. */
export function residentsMatching(
  residents: readonly LocalRow[],
  contacts: readonly LocalRow[],
  typed: string,
): LocalRow[] {
  const phone = normalizePhone(typed.trim());
  if (phone.length < 5) return [];
  const viaContacts = new Set(
    contacts.filter((c) => normalizePhone(String(c.phone ?? '')) === phone).map((c) => String(c.residentId)),
  );
  return residents.filter(
    (r) => r.active !== false && (normalizePhone(String(r.phone ?? '')) === phone || viaContacts.has(String(r.id))),
  );
}
