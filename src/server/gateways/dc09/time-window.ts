// The accepted clock difference of a frame's timestamp (ANXIN_DC09_TIME_WINDOW, '-40,20' by default: up to 40 s
// behind and 20 s ahead of the receiver, or 'off'). Pure: must not read the environment or the clock itself.

export type TimeWindow = { behindSeconds: number; aheadSeconds: number } | 'off';

export const defaultTimeWindow: TimeWindow = { behindSeconds: 40, aheadSeconds: 20 };

/** True when `ts` lies from behindSeconds before `now` to aheadSeconds after it (both ends included). */
export function isWithinWindow(ts: Date, now: Date, window: TimeWindow): boolean {
  if (window === 'off') return true;
  const diffSeconds = (ts.getTime() - now.getTime()) / 1000;
  return diffSeconds >= -window.behindSeconds && diffSeconds <= window.aheadSeconds;
}

/**
 * '-40,20' → 40 s behind, 20 s ahead; 'off' → any timestamp; '' → the default. Throws on anything else: a typo in
 * the setting must stop the start, not silently accept or refuse every device.
 */
export function parseTimeWindow(text: string): TimeWindow {
  const clean = text.trim().toLowerCase();
  if (clean === '') return defaultTimeWindow;
  if (clean === 'off') return 'off';
  const match = /^-?(\d{1,6})\s*,\s*\+?(\d{1,6})$/.exec(clean);
  if (!match) throw new Error(`ANXIN_DC09_TIME_WINDOW must be like "-40,20" or "off", not "${text}"`);
  return { behindSeconds: Number(match[1]), aheadSeconds: Number(match[2]) };
}
