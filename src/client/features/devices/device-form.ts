// The register / edit form of an alarm device as plain data (ALM-9): the draft, its mutation args, and the protocol
// schema's issues as message keys per field. Pure; must not queue anything (DeviceForm calls useSync().mutate).
import { deviceProfiles } from '../../../domain/devices/device-events';
import { deviceKeyToHex } from '../../../domain/registry/device-key';
import { deviceMutationArgs } from '../../../protocol/devices';
import type { MessageKey } from '../../app/i18n/translate';

/** The profiles the gateway knows: 'default' reads standard codes, vendor profiles add their own. */
export const deviceProfileNames: readonly string[] = Object.keys(deviceProfiles);

export interface DeviceDraft {
  account: string;
  label: string;
  key: string;
  keyFormat: 'ascii' | 'hex';
  strictLength: boolean;
  profile: string;
  heartbeatSeconds: string;
  residentId: string;
  active: boolean;
}

export const emptyDraft: DeviceDraft = {
  account: '',
  label: '',
  key: '',
  keyFormat: 'ascii',
  strictLength: false,
  profile: 'default',
  heartbeatSeconds: '0',
  residentId: '',
  active: true,
};

export type DeviceField = 'account' | 'label' | 'key' | 'profile' | 'heartbeatSeconds' | 'residentId';

export interface FieldError {
  key: Extract<MessageKey, `devices.error.${string}`>;
  params?: Record<string, string | number>;
}

/** The draft's heartbeat as a number; a blank box means the profile default (0), text stays text for the schema. */
function heartbeatOf(text: string): number | string {
  const t = text.trim();
  if (t === '') return 0;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

/** device.register args: an empty key means an unencrypted device, an empty label or resident is left out. */
export function registerArgsOf(d: DeviceDraft): Record<string, unknown> {
  return {
    account: d.account.trim(),
    ...(d.label.trim() ? { label: d.label.trim() } : {}),
    ...(d.key ? { key: d.key, keyFormat: d.keyFormat } : {}),
    strictLength: d.strictLength,
    profile: d.profile,
    heartbeatSeconds: heartbeatOf(d.heartbeatSeconds),
    ...(d.residentId ? { residentId: d.residentId } : {}),
  };
}

/** device.update args: every editable field (the key only when a new one is typed; no resident unbinds). */
export function updateArgsOf(d: DeviceDraft): Record<string, unknown> {
  return {
    account: d.account,
    label: d.label.trim(),
    ...(d.key ? { key: d.key, keyFormat: d.keyFormat } : {}),
    strictLength: d.strictLength,
    profile: d.profile,
    heartbeatSeconds: heartbeatOf(d.heartbeatSeconds),
    residentId: d.residentId || null,
    active: d.active,
  };
}

function errorOfIssue(issue: { code: string; message: string; maximum?: unknown; path: PropertyKey[] }): FieldError {
  const field = String(issue.path[0]);
  if (field === 'heartbeatSeconds') return { key: 'devices.error.number' };
  if (issue.code === 'too_small') return { key: 'devices.error.required' };
  if (issue.code === 'too_big') return { key: 'devices.error.tooLong', params: { max: Number(issue.maximum) } };
  if (field === 'account' && issue.code === 'invalid_format') return { key: 'devices.error.accountChars' };
  if (field === 'key') {
    // The reasons of domain/registry/device-key.ts, in the user's language.
    const bytes = /^(\d+) bytes/.exec(issue.message);
    if (bytes) return { key: 'devices.error.keyLength', params: { bytes: Number(bytes[1]) } };
    if (issue.message.includes('hex')) return { key: 'devices.error.keyHex' };
    if (issue.message.includes('ASCII')) return { key: 'devices.error.keyAscii' };
  }
  return { key: 'devices.error.invalid' };
}

/** The schema's first complaint about each field; empty when the args may be queued. */
export function fieldErrorsOf(
  name: 'device.register' | 'device.update',
  args: Record<string, unknown>,
): Partial<Record<DeviceField, FieldError>> {
  const result = deviceMutationArgs[name].safeParse(args);
  const errors: Partial<Record<DeviceField, FieldError>> = {};
  for (const issue of result.success ? [] : result.error.issues) {
    const field = String(issue.path[0] ?? '') as DeviceField;
    if (!errors[field]) errors[field] = errorOfIssue(issue as Parameters<typeof errorOfIssue>[0]);
  }
  // The schema checks the key only once every other field passes; the admin hears about all fields at once.
  if (!errors.key && typeof args.key === 'string' && args.key !== '') {
    const key = deviceKeyToHex(args.key, args.keyFormat === 'hex' ? 'hex' : 'ascii');
    if (!key.ok) errors.key = errorOfIssue({ code: 'custom', message: key.reason, path: ['key'] });
  }
  return errors;
}

/** The edit form's starting draft from a synced device row (its key is never on the device: the box starts empty). */
export function draftOfDevice(row: {
  account: string;
  label: string;
  keyFormat: 'ascii' | 'hex';
  strictLength: boolean;
  profile: string;
  heartbeatSeconds: number;
  residentId: string | null;
  active: boolean;
}): DeviceDraft {
  return {
    account: row.account,
    label: row.label,
    key: '',
    keyFormat: row.keyFormat,
    strictLength: row.strictLength,
    profile: row.profile,
    heartbeatSeconds: String(row.heartbeatSeconds),
    residentId: row.residentId ?? '',
    active: row.active,
  };
}
