// The alarm-device contract (ALM-9, ARCHITECTURE §7): device.register / device.update arguments, and the synced
// rows of devices and technical alarms that consoles show. Must hold shapes only: the DC-09 codec and the event
// meanings live in src/server/gateways/dc09 and src/domain/devices.
import { z } from 'zod';
import { deviceMeanings } from '../domain/devices/device-events';
import { deviceRecord } from './registry';

export const technicalAlarmKinds = [
  'unregistered_device', // a frame from an account nobody registered: a newly installed unit is never ignored
  'device_silent', // no link test or periodic test within the profile's interval plus grace
  'unknown_code', // an event code the device's profile does not classify: shown raw, high priority
  'low_battery',
  'power_lost',
  'tamper',
  'device_fault',
] as const;
export type TechnicalAlarmKind = (typeof technicalAlarmKinds)[number];

/** What staff may classify a code as: every meaning but 'unknown'. */
export const classifiableMeanings = deviceMeanings.filter(
  (m): m is Exclude<(typeof deviceMeanings)[number], 'unknown'> => m !== 'unknown',
) as [Exclude<(typeof deviceMeanings)[number], 'unknown'>, ...Exclude<(typeof deviceMeanings)[number], 'unknown'>[]];

export const deviceMutationArgs = {
  /** Registers a device (the same checks as the CSV import); an existing account is refused with record.exists. */
  'device.register': deviceRecord.and(z.object({ label: z.string().trim().max(64).optional() })),
  /** Changes only the given fields of a registered device. */
  'device.update': deviceRecord.and(
    z.object({ label: z.string().trim().max(64).optional(), active: z.boolean().optional() }),
  ),
  /** Console staff take a technical alarm in hand (it stays listed until cleared by the device or by them). */
  'technicalAlarm.acknowledge': z.object({ id: z.string().trim().min(1).max(64) }),
  'technicalAlarm.clear': z.object({
    id: z.string().trim().min(1).max(64),
    note: z.string().trim().max(500).optional(),
  }),
  /** Staff say what a code the device's profile does not know means; its open unknown_code alarms are cleared. */
  'device.classifyCode': z.object({
    profile: z.string().trim().min(1).max(64),
    format: z.enum(['cid', 'sia']),
    /** As the device sent it (CID 'EEE', SIA 2 letters); stored upper-cased. */
    code: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z]{1,8}$/),
    meaning: z.enum(classifiableMeanings),
  }),
} as const;

const time = z.iso.datetime({ offset: true });

/** A device as consoles see it: never its key, only whether it has one. Wire id: the account. */
export const deviceRow = z.object({
  account: z.string(),
  residentId: z.string().nullable(),
  label: z.string(),
  profile: z.string(),
  keyFormat: z.enum(['ascii', 'hex']),
  encrypted: z.boolean(),
  strictLength: z.boolean(),
  heartbeatSeconds: z.number().int(),
  active: z.boolean(),
  lastSeenAt: time.nullable(),
  lastEventCode: z.string().nullable(),
  lastEventAt: time.nullable(),
  batteryLow: z.boolean(),
  powerLost: z.boolean(),
  updatedAt: time,
});

export const technicalAlarmRow = z.object({
  id: z.string(),
  kind: z.enum(technicalAlarmKinds),
  deviceAccount: z.string(),
  residentId: z.string().nullable(),
  communityId: z.string().nullable(),
  status: z.enum(['open', 'acknowledged', 'cleared']),
  detail: z.record(z.string(), z.unknown()),
  raisedAt: time,
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: time.nullable(),
  clearedAt: time.nullable(),
  updatedAt: time,
});
