// Whether an alarm device is still alive (ALM-9): its test interval per profile and the silence rule. Pure: must not
// read the clock or schedule anything (a database job asks this with its own `now`).

/** Why 24 h: telecare units send their periodic test once a day unless their installer sets a shorter heartbeat. */
const profileIntervalSeconds: Record<string, number> = {
  default: 86_400,
  'pendant-v1': 86_400,
};

/** Why 10 min of grace: a test can be late by a retry cycle or a mobile network outage without being a fault. */
export const defaultGraceSeconds = 600;

/** The device's own heartbeat when set (> 0), else its profile's interval (unknown profiles: the default). */
export function testIntervalSeconds(profile: string, heartbeatSeconds: number): number {
  if (heartbeatSeconds > 0) return heartbeatSeconds;
  return profileIntervalSeconds[profile] ?? profileIntervalSeconds.default!;
}

/**
 * True when nothing came from the device for longer than interval + grace, counting from its last frame or, for a
 * device never heard from, from its registration. An interval of 0 or less means "not supervised".
 */
export function isDeviceSilent(
  lastSeenAt: Date | null,
  registeredAt: Date,
  intervalSeconds: number,
  now: Date,
  graceSeconds = defaultGraceSeconds,
): boolean {
  if (intervalSeconds <= 0) return false;
  const since = lastSeenAt ?? registeredAt;
  return now.getTime() - since.getTime() > (intervalSeconds + graceSeconds) * 1000;
}
