// What order.create does on the device before the server has seen it (ORD-1, SYN-1): the new case as a local row,
// status new (or closed when the agent settled it on the call), with its first trail step, both marked with the
// mutation's id so a refusal takes them away. The case number is the server's to give: it stays empty until the
// pull brings the stored row. Must not talk to the server.
import type { LocalDb, LocalRow } from './local-db';

interface CreateArgs {
  id?: string;
  type: string;
  callerPhone: string;
  callerName?: string;
  residentId?: string;
  categoryId?: string;
  description: string;
  address?: string;
  lat?: number;
  lng?: number;
  communityId?: string;
  isContractCustomer?: boolean;
  reminderAt?: string;
  closeNow?: boolean;
  outcome?: string;
}

/** The local order row of a create, as the server would store it before numbering it. */
export function createdOrderRow(args: CreateArgs, userId: string, at: string, mutationId: string): LocalRow | null {
  if (!args.id) return null;
  const closed = args.closeNow === true;
  return {
    _id: args.id,
    _mutationId: mutationId,
    id: args.id,
    no: '',
    type: args.type,
    status: closed ? 'closed' : 'new',
    handling: null,
    callerPhone: args.callerPhone.trim(),
    callerName: args.callerName?.trim() ?? '',
    residentId: args.residentId ?? null,
    categoryId: args.categoryId ?? null,
    description: args.description.trim(),
    address: args.address?.trim() ?? '',
    lat: args.lat ?? null,
    lng: args.lng ?? null,
    districtId: null,
    communityId: args.communityId ?? null,
    companyId: null,
    assigneeUserId: null,
    isContractCustomer: args.isContractCustomer ?? false,
    serviceMode: null,
    reminderAt: args.reminderAt ?? null,
    dispatchedAt: null,
    confirmDueAt: null,
    serviceDueAt: null,
    acceptedAt: null,
    completedAt: null,
    verifiedAt: null,
    closedAt: closed ? at : null,
    outcome: closed ? (args.outcome?.trim() ?? '') : '',
    extensionState: null,
    extensionHours: null,
    extensionReason: '',
    assigneeName: '',
    companyName: '',
    createdBy: userId,
    createdAt: at,
    updatedAt: at,
    version: 0,
  };
}

/** Writes the new case and its 'created' step; nothing to restore on refusal beyond removing them. */
export async function applyOrderCreateOptimistic(
  db: LocalDb,
  userId: string,
  m: { id: string; args: unknown; at: string },
): Promise<void> {
  const row = createdOrderRow(m.args as CreateArgs, userId, m.at, m.id);
  if (!row) return;
  await db.orders.put(row);
  await db.order_events.put({
    _id: m.id,
    _mutationId: m.id,
    id: m.id,
    orderId: row._id,
    at: m.at,
    deviceAt: m.at,
    userId,
    userName: '',
    kind: 'created',
    fromStatus: null,
    toStatus: row.status,
    companyId: null,
    lat: null,
    lng: null,
    reason: '',
    reasonCode: null,
    detail: {},
    wrongReturn: false,
  });
}
