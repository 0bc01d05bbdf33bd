// Unit tests for DC-09 event data (Contact ID and SIA codes), their meaning per device profile, the time window
// and device liveness (ALM-9). Pure: no clock, no store.
import { describe, expect, it } from 'vitest';
import { classifyDeviceEvent, type DeviceEvent, deviceProfiles } from '../../../src/domain/devices/device-events';
import { isDeviceSilent, testIntervalSeconds } from '../../../src/domain/devices/device-liveness';
import { parseEventData } from '../../../src/server/gateways/dc09/event-data';
import { isWithinWindow, parseTimeWindow } from '../../../src/server/gateways/dc09/time-window';

const cid = (code: string, qualifier: DeviceEvent['qualifier'] = 'new'): DeviceEvent => ({
  format: 'cid',
  code,
  qualifier,
  zone: '001',
  group: '01',
  raw: '',
});
const sia = (code: string): DeviceEvent => ({
  format: 'sia',
  code,
  qualifier: null,
  zone: null,
  group: null,
  raw: code,
});

describe('parseEventData', () => {
  it('[ALM-9] reads Contact ID QEEE GG ZZZ with or without spaces and account prefix', () => {
    expect(parseEventData('ADM-CID', '#1234|1101 01 015')).toEqual({
      ok: true,
      events: [{ format: 'cid', code: '101', qualifier: 'new', zone: '015', group: '01', raw: '1101 01 015' }],
    });
    const restore = parseEventData('ADM-CID', '3301 00 000');
    expect(restore.ok && restore.events[0]).toMatchObject({
      code: '301',
      qualifier: 'restore',
      group: '00',
      zone: '000',
    });
    const previous = parseEventData('ADM-CID', '#ABC123|6602 02 099');
    expect(previous.ok && previous.events[0]).toMatchObject({ code: '602', qualifier: 'previous' });
    const packed = parseEventData('ADM-CID', '#1234|175001007');
    expect(packed.ok && packed.events[0]).toMatchObject({ code: '750', qualifier: 'new', group: '01', zone: '007' });
  });

  it('[ALM-9] refuses Contact ID data it cannot read', () => {
    for (const data of ['', '#1234|', '2101 01 015', '1101 01', '1101 01 015 9', 'hello']) {
      expect(parseEventData('ADM-CID', data).ok, data).toBe(false);
    }
  });

  it('[ALM-9] reads SIA-DCS events with area, several per block, and a bare N<CC><zone>', () => {
    expect(parseEventData('SIA-DCS', '#1234|Nri1/MA001')).toEqual({
      ok: true,
      events: [{ format: 'sia', code: 'MA', qualifier: null, zone: '001', group: '1', raw: 'MA001' }],
    });
    const several = parseEventData('SIA-DCS', '#1234|Nri2/YT000/AT000/ri3/FL005');
    expect(several.ok && several.events.map((e) => [e.code, e.zone, e.group])).toEqual([
      ['YT', '000', '2'],
      ['AT', '000', '2'],
      ['FL', '005', '3'],
    ]);
    const bare = parseEventData('SIA-DCS', 'NRP');
    expect(bare.ok && bare.events[0]).toMatchObject({ code: 'RP', zone: null, group: null });
    const modifiers = parseEventData('SIA-DCS', '|Nti10:05/id12/ri1/YR000');
    expect(modifiers.ok && modifiers.events[0]).toMatchObject({ code: 'YR', zone: '000', group: '1' });
    const blocks = parseEventData('SIA-DCS', '#1234|NPA001|NHA001');
    expect(blocks.ok && blocks.events.map((e) => e.code)).toEqual(['PA', 'HA']);
  });

  it('[ALM-9] refuses SIA data with no event or unreadable fields', () => {
    for (const data of ['', '#1234|', '#1234|Nri1', '#1234|N12345', '#1234|Nri1/!!']) {
      expect(parseEventData('SIA-DCS', data).ok, data).toBe(false);
    }
  });
});

describe('classifyDeviceEvent', () => {
  it('[ALM-9] maps the standard Contact ID codes of the default profile', () => {
    const expected: Record<string, [string, string]> = {
      '100': ['medical', 'emergency'],
      '101': ['personal_emergency', 'emergency'],
      '102': ['device_fault', 'technical'],
      '110': ['fire', 'emergency'],
      '120': ['panic', 'emergency'],
      '121': ['panic', 'emergency'],
      '122': ['panic', 'emergency'],
      '137': ['tamper', 'technical'],
      '144': ['tamper', 'technical'],
      '145': ['tamper', 'technical'],
      '301': ['power_lost', 'technical'],
      '302': ['low_battery', 'technical'],
      '309': ['low_battery', 'technical'],
      '311': ['low_battery', 'technical'],
      '384': ['low_battery', 'technical'],
      '406': ['cancel', 'info'],
      '602': ['periodic_test', 'info'],
      '603': ['periodic_test', 'info'],
      '641': ['inactivity', 'emergency'],
    };
    for (const [code, [meaning, priority]] of Object.entries(expected)) {
      expect(classifyDeviceEvent('default', cid(code)), code).toEqual({ meaning, priority, restore: false });
    }
  });

  it('[ALM-9] keeps the meaning of a restore and flags it (qualifier 3, SIA restore codes)', () => {
    expect(classifyDeviceEvent('default', cid('301', 'restore'))).toEqual({
      meaning: 'power_lost',
      priority: 'technical',
      restore: true,
    });
    expect(classifyDeviceEvent('default', sia('AR'))).toMatchObject({ meaning: 'power_lost', restore: true });
    expect(classifyDeviceEvent('default', sia('YR'))).toMatchObject({ meaning: 'low_battery', restore: true });
    expect(classifyDeviceEvent('default', sia('MH'))).toMatchObject({ meaning: 'medical', restore: true });
    expect(classifyDeviceEvent('default', sia('AT'))).toMatchObject({ meaning: 'power_lost', restore: false });
  });

  it('[ALM-9] maps the SIA codes of the default profile', () => {
    const expected: Record<string, string> = {
      MA: 'medical',
      PA: 'panic',
      QA: 'personal_emergency',
      FA: 'fire',
      TA: 'tamper',
      YT: 'low_battery',
      RP: 'periodic_test',
      TX: 'periodic_test',
    };
    for (const [code, meaning] of Object.entries(expected)) {
      expect(classifyDeviceEvent('default', sia(code)).meaning, code).toBe(meaning);
    }
  });

  it('[ALM-9] knows vendor codes only under the vendor profile; unknown codes stay unknown', () => {
    expect(Object.keys(deviceProfiles)).toEqual(expect.arrayContaining(['default', 'pendant-v1']));
    expect(classifyDeviceEvent('default', cid('750'))).toEqual({
      meaning: 'unknown',
      priority: 'unknown',
      restore: false,
    });
    expect(classifyDeviceEvent('pendant-v1', cid('750'))).toEqual({
      meaning: 'fall',
      priority: 'emergency',
      restore: false,
    });
    expect(classifyDeviceEvent('pendant-v1', cid('750', 'restore'))).toMatchObject({ meaning: 'fall', restore: true });
    expect(classifyDeviceEvent('pendant-v1', cid('751'))).toEqual({
      meaning: 'help_arrived',
      priority: 'info',
      restore: false,
    });
    expect(classifyDeviceEvent('pendant-v1', sia('FL')).meaning).toBe('fall');
    expect(classifyDeviceEvent('pendant-v1', sia('HA')).meaning).toBe('help_arrived');
    expect(classifyDeviceEvent('pendant-v1', cid('101')).meaning).toBe('personal_emergency');
    expect(classifyDeviceEvent('default', sia('ZZ'))).toEqual({
      meaning: 'unknown',
      priority: 'unknown',
      restore: false,
    });
    expect(classifyDeviceEvent('no-such-profile', cid('101')).meaning).toBe('personal_emergency');
  });
});

describe('time window', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const off = (s: number) => new Date(now.getTime() + s * 1000);

  it('[ALM-9] accepts up to 40 s behind and 20 s ahead by default, or anything when off', () => {
    const w = parseTimeWindow('-40,20');
    expect(w).toEqual({ behindSeconds: 40, aheadSeconds: 20 });
    expect(parseTimeWindow('')).toEqual(w);
    expect([-41, -40, 0, 20, 21].map((s) => isWithinWindow(off(s), now, w))).toEqual([false, true, true, true, false]);
    expect(parseTimeWindow('off')).toBe('off');
    expect(isWithinWindow(off(-86_400), now, 'off')).toBe(true);
    expect(parseTimeWindow(' -120 , 5 ')).toEqual({ behindSeconds: 120, aheadSeconds: 5 });
  });

  it('[ALM-9] refuses a window setting it cannot read', () => {
    for (const text of ['40', 'on', '-a,b', '1,2,3']) expect(() => parseTimeWindow(text), text).toThrow();
  });
});

describe('device liveness', () => {
  const registered = new Date('2026-11-01T00:00:00Z');

  it('[ALM-9] uses the device heartbeat, else the profile interval', () => {
    expect(testIntervalSeconds('default', 0)).toBe(86_400);
    expect(testIntervalSeconds('pendant-v1', 0)).toBe(86_400);
    expect(testIntervalSeconds('unknown-profile', 0)).toBe(86_400);
    expect(testIntervalSeconds('default', 300)).toBe(300);
  });

  it('[ALM-9] is silent only after interval plus grace since the last frame or registration', () => {
    const last = new Date('2026-11-23T10:00:00Z');
    const later = (s: number) => new Date(last.getTime() + s * 1000);
    expect(isDeviceSilent(last, registered, 300, later(300 + 600), undefined)).toBe(false);
    expect(isDeviceSilent(last, registered, 300, later(300 + 601))).toBe(true);
    expect(isDeviceSilent(last, registered, 300, later(301), 0)).toBe(true);
    expect(isDeviceSilent(null, last, 300, later(100))).toBe(false);
    expect(isDeviceSilent(null, last, 300, later(1000))).toBe(true);
    expect(isDeviceSilent(last, registered, 0, later(10 ** 7))).toBe(false);
  });
});
