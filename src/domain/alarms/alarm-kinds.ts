// Alarm sources, statuses, offer statuses and outcomes (ALM-1, ALM-6) as the one list every layer uses.
// Must not hold escalation timing or ranking: those are rules of their own.

export const alarmSources = ['resident_page', 'device', 'dispatcher'] as const;
export type AlarmSource = (typeof alarmSources)[number];

export const alarmStatuses = ['raised', 'accepted', 'en_route', 'on_scene', 'resolved', 'cancelled'] as const;
export type AlarmStatus = (typeof alarmStatuses)[number];

export const offerStatuses = ['offered', 'accepted', 'declined', 'taken', 'expired'] as const;
export type OfferStatus = (typeof offerStatuses)[number];

export const alarmOutcomes = ['helped', 'hospital', 'false_alarm', 'test'] as const;
export type AlarmOutcome = (typeof alarmOutcomes)[number];
