// The alarm contract (ALM-1..8, ARCHITECTURE §5, §7): mutation arguments and the live `alarm` / `offer` / `taken`
// events of GET /api/events. Must hold shapes only; the rules (ranking, rings, escalation, states) are src/domain/alarms.
import { z } from 'zod';
import { alarmOutcomes, alarmStatuses } from '../domain/alarms/alarm-kinds';

const ref = z.string().trim().min(1).max(64);
const position = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracy: z.number().min(0).max(100_000),
});

export const alarmMutationArgs = {
  /** A device token implies its resident; a dispatcher names one (ALM-1). Value: { id }. */
  'alarm.raise': z.object({
    id: z.uuid().optional(),
    residentId: ref.optional(),
    note: z.string().max(500).optional(),
  }),
  /** First accept wins (ALM-3); a late accept is refused with alarm.taken. */
  'alarm.accept': z.object({ alarmId: ref, position: position.optional() }),
  'alarm.decline': z.object({ alarmId: ref, reason: z.string().trim().max(200).optional() }),
  /** The responder's progress (ALM-6): en route (with position updates while moving) and on scene. */
  'alarm.update': z.object({ alarmId: ref, status: z.enum(['en_route', 'on_scene']), position: position.optional() }),
  /** Console staff silence the alarm sound on their console and say they are handling it (ALM-2). */
  'alarm.acknowledge': z.object({ alarmId: ref }),
  'alarm.resolve': z.object({
    alarmId: ref,
    outcome: z.enum(alarmOutcomes),
    note: z.string().trim().max(1000).optional(),
  }),
  /** A token for the resident's one-touch page /r/<token>, which can only raise alarms. Value: { token }. */
  'resident.issueDeviceToken': z.object({ residentId: ref }),
} as const;

/** SSE `alarm`: to every console covering the resident's community, within 1 s of any change of the alarm. */
export const alarmEvent = z.object({
  alarmId: z.string(),
  residentId: z.string(),
  communityId: z.string(),
  status: z.enum(alarmStatuses),
  ring: z.number().int(),
  raisedAt: z.string(),
  /** What just happened: raised, offered (a new ring), accepted, declined, en_route, on_scene, supervisor, resolved… */
  change: z.string(),
  acceptedBy: z.string().nullable(),
});
export type AlarmEvent = z.infer<typeof alarmEvent>;

/** SSE `offer`: to a responder offered an alarm (they then pull the alarm and the resident card). */
export const offerEvent = z.object({
  alarmId: z.string(),
  offerId: z.string(),
  ring: z.number().int(),
  distanceM: z.number().nullable(),
});
export type OfferEvent = z.infer<typeof offerEvent>;

/** SSE `taken`: to responders whose open offer lost to someone else's accept. */
export const takenEvent = z.object({ alarmId: z.string(), offerId: z.string(), acceptedBy: z.string().nullable() });
export type TakenEvent = z.infer<typeof takenEvent>;

/** GET /api/resident/alarm (Authorization: Device <token>): what the one-touch page shows after a press. */
export const residentAlarmStatus = z.object({
  alarm: z
    .object({
      id: z.string(),
      status: z.enum(alarmStatuses),
      raisedAt: z.string(),
      /** The accepting responder's display name and phone, once someone accepted ("help is coming"). */
      responder: z.object({ name: z.string(), phone: z.string() }).nullable(),
    })
    .nullable(),
  resident: z.object({ name: z.string() }),
});
export type ResidentAlarmStatus = z.infer<typeof residentAlarmStatus>;
