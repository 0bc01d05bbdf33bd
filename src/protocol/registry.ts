// Argument shapes of the registry mutations (REG-1..4): company.*, volunteer.*, resident.*, caller.setClass.
// Owns shapes and field checks only (each refusal names its field); the server handlers decide scope and consistency.
import { z } from 'zod';
import { deviceKeyToHex } from '../domain/registry/device-key';
import { isValidIdCard } from '../domain/registry/id-card';
import { isValidPhone, normalizePhone } from '../domain/registry/phone';
import {
  callerClasses,
  companyStatuses,
  contactRelations,
  creditRatings,
  identityCategories,
  serviceModes,
  supportSystems,
  volunteerKinds,
} from '../domain/registry/registry-kinds';

const ref = z.string().trim().min(1).max(64);
const text = (max: number) => z.string().trim().max(max);
const name = z.string().trim().min(1).max(100);
const day = z.iso.date();
const phone = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .refine(isValidPhone, { message: 'not a mainland mobile or landline number' })
  .transform(normalizePhone);
const lat = z.number().min(-90).max(90);
const lng = z.number().min(-180).max(180);

const position = { lat: lat.nullable().optional(), lng: lng.nullable().optional() };
/** A position is both coordinates or neither; WGS-84 (MAP-4). */
const bothOrNeither: [
  (v: { lat?: number | null; lng?: number | null }) => boolean,
  { message: string; path: PropertyKey[] },
] = [(v) => (v.lat == null) === (v.lng == null), { message: 'give both lat and lng, or neither', path: ['lng'] }];

const companyFields = {
  name,
  districtId: ref.nullable().optional(),
  address: text(200).optional(),
  phone,
  contactPerson: text(50).optional(),
  categoryIds: z.array(ref).max(50).optional(),
  serviceRadiusM: z.number().int().min(100).max(200_000).optional(),
  isVolunteerCompany: z.boolean().optional(),
  isHomeCareProvider: z.boolean().optional(),
  is24h: z.boolean().optional(),
  creditRating: z.enum(creditRatings).optional(),
  status: z.enum(companyStatuses).optional(),
  joinedOn: day.nullable().optional(),
  suspendedOn: day.nullable().optional(),
  exitedOn: day.nullable().optional(),
  inspectionDueOn: day.nullable().optional(),
  remarksRecommend: text(1000).optional(),
  remarksSpecial: text(1000).optional(),
};

const volunteerFields = {
  name,
  phone,
  districtId: ref.nullable().optional(),
  communityId: ref.nullable().optional(),
  skillIds: z.array(ref).max(50).optional(),
  serviceMode: z.enum(serviceModes).optional(),
  supportSystem: z.enum(supportSystems).optional(),
  kind: z.enum(volunteerKinds).optional(),
  companyId: ref.nullable().optional(),
  active: z.boolean().optional(),
};

export const residentContact = z.object({
  name,
  phone,
  relation: z.enum(contactRelations),
});

const residentFields = {
  name,
  gender: z.enum(['male', 'female']),
  birthDate: day,
  idCard: z
    .string()
    .trim()
    .max(18)
    .refine((v) => v === '' || isValidIdCard(v), { message: 'not a valid 18-digit id card number' })
    .transform((v) => v.toUpperCase())
    .optional(),
  phone: phone.or(z.literal('')).optional(),
  address: text(200).optional(),
  communityId: ref,
  identityCategories: z.array(z.enum(identityCategories)).max(10).optional(),
  livesAlone: z.boolean().optional(),
  healthConditions: text(1000).optional(),
  medication: text(1000).optional(),
  allergies: text(500).optional(),
  accessNotes: text(500).optional(),
  serviceCardNo: text(32).nullable().optional(),
  /** Contacts in calling order (ALM-5); when given, replaces the whole list. */
  contacts: z.array(residentContact).max(10).optional(),
  active: z.boolean().optional(),
};

const company = z.object(companyFields);
const volunteer = z.object(volunteerFields);
const resident = z.object(residentFields);

export const registryMutationArgs = {
  'company.create': company.extend({ id: z.uuid(), ...position }).refine(...bothOrNeither),
  /** Every field optional except the id: an update names what changes. */
  'company.update': company
    .partial()
    .extend({ id: ref, ...position })
    .refine(...bothOrNeither),
  'volunteer.create': volunteer.extend({ id: z.uuid(), ...position }).refine(...bothOrNeither),
  'volunteer.update': volunteer
    .partial()
    .extend({ id: ref, ...position })
    .refine(...bothOrNeither),
  'resident.create': resident.extend({ id: z.uuid(), ...position }).refine(...bothOrNeither),
  'resident.update': resident
    .partial()
    .extend({ id: ref, ...position })
    .refine(...bothOrNeither),
  'caller.setClass': z.object({
    phone,
    class: z.enum(callerClasses),
    name: text(100).optional(),
    note: text(500).optional(),
  }),
} as const;

/**
 * A DC-09 alarm device (ALM-9) as the importer takes it, and as device.register will: the key is checked here
 * (16, 24 or 32 bytes once converted) and stored as hex by the server.
 */
export const deviceRecord = z
  .object({
    account: z
      .string()
      .trim()
      .min(1)
      .max(16)
      .regex(/^[0-9A-Za-z]+$/, 'letters and digits only'),
    key: z.string().max(128).optional(),
    keyFormat: z.enum(['ascii', 'hex']).optional(),
    strictLength: z.boolean().optional(),
    profile: z.string().trim().min(1).max(32).optional(),
    residentId: ref.nullable().optional(),
    heartbeatSeconds: z.number().int().min(0).max(86_400).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.key === undefined || d.key === '') return;
    const key = deviceKeyToHex(d.key, d.keyFormat ?? 'ascii');
    if (!key.ok) ctx.addIssue({ code: 'custom', path: ['key'], message: key.reason });
  });
export type DeviceRecord = z.infer<typeof deviceRecord>;
