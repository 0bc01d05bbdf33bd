// What an alarm device's event means for Anxin (ALM-9): Contact ID and SIA codes mapped to meanings and priorities
// per device profile. Pure lookup: must not parse frames, raise alarms or know about residents.

/** One event as the gateway parsed it from DC-09 data (ADM-CID or SIA-DCS). */
export interface DeviceEvent {
  format: 'cid' | 'sia';
  /** Contact ID 3-character event 'EEE', or a SIA 2-letter code. */
  code: string;
  /** Contact ID qualifier (1 new, 3 restore, 6 previous); null for SIA, whose restores are codes of their own. */
  qualifier: 'new' | 'restore' | 'previous' | null;
  zone: string | null;
  group: string | null;
  raw: string;
}

export const deviceMeanings = [
  'personal_emergency',
  'medical',
  'fall',
  'inactivity',
  'fire',
  'panic',
  'low_battery',
  'power_lost',
  'tamper',
  'device_fault',
  'periodic_test',
  'help_arrived',
  'cancel',
  'unknown',
] as const;
export type DeviceMeaning = (typeof deviceMeanings)[number];
export type DevicePriority = 'emergency' | 'technical' | 'info' | 'unknown';

export interface DeviceClassification {
  meaning: DeviceMeaning;
  priority: DevicePriority;
  restore: boolean;
}

/** A code's meaning; `restore` marks SIA codes that are themselves the restore of another (AR, YR…). */
interface CodeMeaning {
  meaning: DeviceMeaning;
  restore?: boolean;
}

export interface DeviceProfile {
  /** Shown to staff choosing a profile. */
  label: { en: string; 'zh-CN': string };
  cid: Record<string, CodeMeaning>;
  sia: Record<string, CodeMeaning>;
}

const m = (meaning: DeviceMeaning, restore = false): CodeMeaning => ({ meaning, restore });

/** Contact ID (SIA DC-05) event codes a telecare unit commonly sends. */
const standardCid: Record<string, CodeMeaning> = {
  '100': m('medical'),
  '101': m('personal_emergency'),
  '102': m('device_fault'), // "fail to report in": a technical problem, not a person in danger
  '110': m('fire'),
  '120': m('panic'),
  '121': m('panic'), // duress
  '122': m('panic'), // silent panic
  '137': m('tamper'),
  '144': m('tamper'),
  '145': m('tamper'),
  '300': m('device_fault'),
  '301': m('power_lost'),
  '302': m('low_battery'),
  '309': m('low_battery'),
  '311': m('low_battery'),
  '384': m('low_battery'),
  '406': m('cancel'),
  '602': m('periodic_test'),
  '603': m('periodic_test'),
  '641': m('inactivity'), // "senior watch trouble": no movement within the set time
};

/** SIA (DC-03) codes: the restore of a condition has a code of its own. */
const standardSia: Record<string, CodeMeaning> = {
  MA: m('medical'),
  MH: m('medical', true),
  PA: m('panic'),
  PH: m('panic', true),
  QA: m('personal_emergency'),
  QR: m('personal_emergency', true),
  FA: m('fire'),
  FH: m('fire', true),
  TA: m('tamper'),
  TR: m('tamper', true),
  AT: m('power_lost'),
  AR: m('power_lost', true),
  YT: m('low_battery'),
  YR: m('low_battery', true),
  YP: m('device_fault'),
  YQ: m('device_fault', true),
  RP: m('periodic_test'),
  TX: m('periodic_test'),
  OC: m('cancel'),
};

/**
 * Profiles by name. 'pendant-v1' is an example of a vendor sheet: a fall-detecting pendant whose maker put its own
 * codes in the user range 750–751 of Contact ID (and FL / HA in SIA). Another vendor adds a profile the same way.
 */
export const deviceProfiles: Record<string, DeviceProfile> = {
  default: {
    label: { en: 'Standard Contact ID / SIA', 'zh-CN': '标准 Contact ID / SIA' },
    cid: standardCid,
    sia: standardSia,
  },
  'pendant-v1': {
    label: { en: 'Fall-detecting pendant (vendor sheet v1)', 'zh-CN': '跌倒检测呼叫器（厂商代码表 v1）' },
    cid: { ...standardCid, '750': m('fall'), '751': m('help_arrived') },
    sia: { ...standardSia, FL: m('fall'), HA: m('help_arrived') },
  },
};

const priorityOf: Record<DeviceMeaning, DevicePriority> = {
  personal_emergency: 'emergency',
  medical: 'emergency',
  fall: 'emergency',
  inactivity: 'emergency',
  fire: 'emergency',
  panic: 'emergency',
  low_battery: 'technical',
  power_lost: 'technical',
  tamper: 'technical',
  device_fault: 'technical',
  periodic_test: 'info',
  help_arrived: 'info',
  cancel: 'info',
  unknown: 'unknown',
};

/** Staff classifications of codes the profile did not know, keyed `${format}:${code}` (code upper-cased). */
export type DeviceMeaningOverrides = ReadonlyMap<string, DeviceMeaning>;

/** The key of a code in DeviceMeaningOverrides. */
export function overrideKeyOf(format: 'cid' | 'sia', code: string): string {
  return `${format}:${code.trim().toUpperCase()}`;
}

/**
 * The event's meaning under the profile (an unknown profile falls back to 'default'); unlisted codes are 'unknown'.
 * A staff override wins over the profile's own table and gets its meaning's usual priority.
 */
export function classifyDeviceEvent(
  profile: string,
  e: DeviceEvent,
  overrides?: DeviceMeaningOverrides,
): DeviceClassification {
  const table = deviceProfiles[profile] ?? deviceProfiles.default!;
  const code = e.code.toUpperCase();
  const override = overrides?.get(overrideKeyOf(e.format, code));
  const hit: CodeMeaning | undefined = override
    ? { meaning: override }
    : e.format === 'cid'
      ? table.cid[code]
      : table.sia[code];
  if (!hit) return { meaning: 'unknown', priority: 'unknown', restore: e.qualifier === 'restore' };
  const restore = e.qualifier === 'restore' || hit.restore === true;
  return { meaning: hit.meaning, priority: priorityOf[hit.meaning], restore };
}
