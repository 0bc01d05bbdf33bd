// Row shapes as devices receive them from pull (ARCHITECTURE §7): table names plural lower_snake, fields camelCase,
// lat/lng WGS-84, times ISO-8601 strings, dates YYYY-MM-DD, money in fen. Must mirror the migrations' columns.

import { z } from 'zod';
import { alarmOutcomes, alarmSources, alarmStatuses, offerStatuses } from '../domain/alarms/alarm-kinds';
import { orderStatuses, orderTypes } from '../domain/orders/order-kinds';
import {
  callerClasses,
  careLogStatuses,
  companyStatuses,
  contactRelations,
  creditRatings,
  serviceModes,
  supportSystems,
  volunteerKinds,
} from '../domain/registry/registry-kinds';
import { deviceRow, technicalAlarmRow } from './devices';
import type { SyncTable } from './sync-table-names';

const id = z.string().min(1);
const time = z.string();
const lat = z.number().min(-90).max(90);
const lng = z.number().min(-180).max(180);

export const districtRow = z.object({ id, name: z.string(), nameEn: z.string(), lat, lng });
export const streetRow = z.object({ id, districtId: id, name: z.string(), nameEn: z.string() });
export const communityRow = z.object({
  id,
  streetId: id,
  districtId: id,
  name: z.string(),
  nameEn: z.string(),
  lat,
  lng,
});
export const serviceCategoryRow = z.object({
  id,
  parentId: id.nullable(),
  name: z.string(),
  nameEn: z.string(),
  unit: z.enum(['hour', 'visit', 'item']),
  sort: z.number().int(),
  active: z.boolean(),
});
export const servicePriceRow = z.object({ categoryId: id, mode: z.enum(serviceModes), priceCents: z.number().int() });

export const companyRow = z.object({
  id,
  name: z.string(),
  districtId: id.nullable(),
  address: z.string(),
  lat: lat.nullable(),
  lng: lng.nullable(),
  phone: z.string(),
  contactPerson: z.string(),
  categoryIds: z.array(id),
  serviceRadiusM: z.number().int(),
  isVolunteerCompany: z.boolean(),
  isHomeCareProvider: z.boolean(),
  is24h: z.boolean(),
  creditRating: z.enum(creditRatings),
  status: z.enum(companyStatuses),
  joinedOn: z.string().nullable(),
  suspendedOn: z.string().nullable(),
  exitedOn: z.string().nullable(),
  inspectionDueOn: z.string().nullable(),
  remarksRecommend: z.string(),
  remarksSpecial: z.string(),
  updatedAt: time,
});

export const volunteerRow = z.object({
  id,
  name: z.string(),
  phone: z.string(),
  districtId: id.nullable(),
  communityId: id.nullable(),
  lat: lat.nullable(),
  lng: lng.nullable(),
  skillIds: z.array(id),
  serviceMode: z.enum(serviceModes),
  supportSystem: z.enum(supportSystems),
  kind: z.enum(volunteerKinds),
  companyId: id.nullable(),
  onDuty: z.boolean(),
  dutyLat: lat.nullable(),
  dutyLng: lng.nullable(),
  dutyAccuracyM: z.number().nullable(),
  dutyAt: time.nullable(),
  timeBankMinutes: z.number().int(),
  active: z.boolean(),
  updatedAt: time,
});

export const residentRow = z.object({
  id,
  name: z.string(),
  gender: z.enum(['male', 'female']),
  birthDate: z.string(),
  idCard: z.string(),
  phone: z.string(),
  address: z.string(),
  lat: lat.nullable(),
  lng: lng.nullable(),
  districtId: id.nullable(),
  streetId: id.nullable(),
  communityId: id,
  identityCategories: z.array(z.string()),
  livesAlone: z.boolean(),
  healthConditions: z.string(),
  medication: z.string(),
  allergies: z.string(),
  accessNotes: z.string(),
  serviceCardNo: z.string().nullable(),
  cardBalanceCents: z.number().int(),
  cardMinutes: z.number().int(),
  deviceId: z.string().nullable(),
  active: z.boolean(),
  updatedAt: time,
});

export const residentContactRow = z.object({
  id,
  residentId: id,
  position: z.number().int(),
  name: z.string(),
  phone: z.string(),
  relation: z.enum(contactRelations),
});

export const callerRow = z.object({
  phone: z.string(),
  class: z.enum(callerClasses),
  name: z.string(),
  note: z.string(),
  residentId: id.nullable(),
  firstSeenAt: time,
  lastSeenAt: time,
});

export const orderRow = z.object({
  id,
  no: z.string(),
  type: z.enum(orderTypes),
  status: z.enum(orderStatuses),
  handling: z.enum(['recommend', 'dispatch']).nullable(),
  callerPhone: z.string(),
  callerName: z.string(),
  residentId: id.nullable(),
  categoryId: id.nullable(),
  description: z.string(),
  address: z.string(),
  lat: lat.nullable(),
  lng: lng.nullable(),
  districtId: id.nullable(),
  communityId: id.nullable(),
  companyId: id.nullable(),
  assigneeUserId: id.nullable(),
  isContractCustomer: z.boolean(),
  serviceMode: z.enum(serviceModes).nullable(),
  reminderAt: time.nullable(),
  dispatchedAt: time.nullable(),
  confirmDueAt: time.nullable(),
  serviceDueAt: time.nullable(),
  acceptedAt: time.nullable(),
  completedAt: time.nullable(),
  verifiedAt: time.nullable(),
  closedAt: time.nullable(),
  outcome: z.string(),
  extensionState: z.enum(['requested', 'approved', 'refused']).nullable(),
  extensionHours: z.number().int().nullable(),
  extensionReason: z.string(),
  assigneeName: z.string(),
  companyName: z.string(),
  createdBy: id.nullable(),
  createdAt: time,
  updatedAt: time,
  version: z.number().int(),
});

export const orderNoteRow = z.object({
  id,
  orderId: id,
  userId: id.nullable(),
  text: z.string(),
  at: time,
  deviceAt: time.nullable(),
});

/** ORD-3: one step of an order's trail — who (and their name then), when (server and device time), where, why. */
export const orderEventRow = z.object({
  id,
  orderId: id,
  at: time,
  deviceAt: time.nullable(),
  userId: id.nullable(),
  userName: z.string(),
  kind: z.string(),
  fromStatus: z.enum(orderStatuses).nullable(),
  toStatus: z.enum(orderStatuses).nullable(),
  companyId: id.nullable(),
  lat: lat.nullable(),
  lng: lng.nullable(),
  reason: z.string(),
  reasonCode: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  wrongReturn: z.boolean(),
});

export const alarmRow = z.object({
  id,
  residentId: id,
  communityId: id,
  source: z.enum(alarmSources),
  /** ALM-9: the device that raised it and its event code, for alarms from the DC-09 gateway. */
  deviceAccount: z.string().nullable(),
  eventCode: z.string().nullable(),
  status: z.enum(alarmStatuses),
  ring: z.number().int(),
  lat: lat.nullable(),
  lng: lng.nullable(),
  raisedAt: time,
  acceptedBy: id.nullable(),
  acceptedAt: time.nullable(),
  arrivedAt: time.nullable(),
  resolvedAt: time.nullable(),
  outcome: z.enum(alarmOutcomes).nullable(),
  updatedAt: time,
  version: z.number().int(),
});

export const alarmOfferRow = z.object({
  id,
  alarmId: id,
  userId: id,
  ring: z.number().int(),
  rank: z.number().int(),
  distanceM: z.number().nullable(),
  status: z.enum(offerStatuses),
  offeredAt: time,
  answeredAt: time.nullable(),
});

/** ALM-8: one step of an alarm's timeline (raised, offered, notified, accepted, declined, en_route, …). */
export const alarmEventRow = z.object({
  id,
  alarmId: id,
  at: time,
  kind: z.string(),
  userId: id.nullable(),
  channel: z.string().nullable(),
  target: z.string(),
  detail: z.record(z.string(), z.unknown()),
});

export const serviceLogRow = z.object({
  id,
  orderId: id.nullable(),
  providerUserId: id,
  companyId: id.nullable(),
  volunteerId: id.nullable(),
  residentId: id,
  categoryId: id.nullable(),
  mode: z.enum(serviceModes),
  status: z.enum(careLogStatuses),
  clockInAt: time,
  clockInDistanceM: z.number().nullable(),
  clockOutAt: time.nullable(),
  clockOutDistanceM: z.number().nullable(),
  minutes: z.number().int().nullable(),
  unitPriceCents: z.number().int().nullable(),
  amountCents: z.number().int().nullable(),
  verifiedBy: id.nullable(),
  verifiedAt: time.nullable(),
  rejectReason: z.string(),
  settlementMonth: z.string().nullable(),
  updatedAt: time,
  version: z.number().int(),
});

/** Every table a device may pull, by its wire name: exactly the tables of sync-table-names.ts. */
export const syncTables = {
  districts: districtRow,
  streets: streetRow,
  communities: communityRow,
  service_categories: serviceCategoryRow,
  service_prices: servicePriceRow,
  companies: companyRow,
  volunteers: volunteerRow,
  residents: residentRow,
  resident_contacts: residentContactRow,
  callers: callerRow,
  orders: orderRow,
  order_notes: orderNoteRow,
  alarms: alarmRow,
  alarm_offers: alarmOfferRow,
  service_logs: serviceLogRow,
  alarm_events: alarmEventRow,
  order_events: orderEventRow,
  devices: deviceRow,
  technical_alarms: technicalAlarmRow,
} as const satisfies Record<SyncTable, z.ZodType>;
export type { SyncTable };
export type RowOf<T extends SyncTable> = z.infer<(typeof syncTables)[T]>;
