// The devices screen's pure helpers (ALM-9): technical-alarm order and the console strip's most urgent kind, the raw
// event of an unknown code, "how long ago", a device's liveness word, and the filter box.

import { describe, expect, it } from 'vitest';
import { en } from '../../../src/client/app/i18n/en';
import { zhCN } from '../../../src/client/app/i18n/zh-CN';
import {
  agoOf,
  type DeviceLike,
  filterDevices,
  isHighPriorityKind,
  livenessOf,
  matchResidents,
  mostUrgentOpenKind,
  rawEventOf,
  sortTechnicalAlarms,
  type TechAlarmLike,
} from '../../../src/client/features/devices/device-helpers';
import { defaultGraceSeconds } from '../../../src/domain/devices/device-liveness';
import { technicalAlarmKinds } from '../../../src/protocol/devices';

const t0 = Date.parse('2026-05-01T08:00:00.000Z');
const iso = (secondsAfter: number) => new Date(t0 + secondsAfter * 1000).toISOString();
const tech = (id: string, kind: TechAlarmLike['kind'], status: TechAlarmLike['status'], at: number): TechAlarmLike => ({
  _id: id,
  kind,
  status,
  raisedAt: iso(at),
});

describe('technical alarm order', () => {
  it('ALM-9 lists open and acknowledged alarms before cleared ones, newest first within each', () => {
    const rows = [
      tech('a', 'low_battery', 'cleared', 500),
      tech('b', 'device_silent', 'open', 100),
      tech('c', 'tamper', 'acknowledged', 300),
      tech('d', 'power_lost', 'cleared', 50),
      tech('e', 'unknown_code', 'open', 200),
    ];
    expect(sortTechnicalAlarms(rows).map((r) => r._id)).toEqual(['c', 'e', 'b', 'a', 'd']);
    expect(rows.map((r) => r._id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('ALM-9 keeps a stable order for alarms raised in the same instant', () => {
    const rows = [tech('z', 'tamper', 'open', 0), tech('m', 'tamper', 'open', 0)];
    expect(sortTechnicalAlarms(rows).map((r) => r._id)).toEqual(['m', 'z']);
  });

  it('ALM-9 marks an unknown code and an unregistered device as high priority, and nothing else', () => {
    expect(technicalAlarmKinds.filter(isHighPriorityKind)).toEqual(['unregistered_device', 'unknown_code']);
  });

  it('ALM-9 names the most urgent open kind for the console strip, ignoring acknowledged and cleared ones', () => {
    expect(mostUrgentOpenKind([])).toBeNull();
    expect(
      mostUrgentOpenKind([tech('a', 'unknown_code', 'acknowledged', 0), tech('b', 'low_battery', 'cleared', 0)]),
    ).toBeNull();
    expect(
      mostUrgentOpenKind([
        tech('a', 'low_battery', 'open', 900),
        tech('b', 'device_silent', 'open', 0),
        tech('c', 'unknown_code', 'cleared', 1000),
      ]),
    ).toBe('device_silent');
    expect(
      mostUrgentOpenKind([tech('a', 'device_silent', 'open', 0), tech('b', 'unregistered_device', 'open', 0)]),
    ).toBe('unregistered_device');
  });

  it('ALM-9 shows the raw event of an unknown code from the alarm detail', () => {
    expect(rawEventOf({ raw: '1E9990101', account: 'ANX1' })).toBe('1E9990101');
    expect(rawEventOf({ code: 'ZZ' })).toBe('ZZ');
    expect(rawEventOf({ raw: '  ', count: 3 })).toBeNull();
    expect(rawEventOf(null)).toBeNull();
  });

  it('ALM-9 has a kind name in both languages for every technical alarm kind', () => {
    for (const kind of technicalAlarmKinds) {
      expect(zhCN[`devices.tech.kind.${kind}`]).toMatch(/\S/);
      expect(en[`devices.tech.kind.${kind}`]).toMatch(/\S/);
    }
    expect(zhCN['devices.tech.kind.unknown_code']).toBe('未识别事件码');
    expect(zhCN['devices.tech.kind.unregistered_device']).toBe('未登记设备');
  });
});

describe('how long ago', () => {
  it('ALM-9 reads just now below a minute, then minutes, hours below two days, then days', () => {
    expect(agoOf(iso(0), t0 + 59_000)).toEqual({ unit: 'now' });
    expect(agoOf(iso(0), t0 + 60_000)).toEqual({ unit: 'minutes', n: 1 });
    expect(agoOf(iso(0), t0 + 3_599_000)).toEqual({ unit: 'minutes', n: 59 });
    expect(agoOf(iso(0), t0 + 3_600_000)).toEqual({ unit: 'hours', n: 1 });
    expect(agoOf(iso(0), t0 + 47 * 3_600_000)).toEqual({ unit: 'hours', n: 47 });
    expect(agoOf(iso(0), t0 + 72 * 3_600_000)).toEqual({ unit: 'days', n: 3 });
    // A clock a little ahead of the server never shows a negative age.
    expect(agoOf(iso(30), t0)).toEqual({ unit: 'now' });
  });
});

const device = (patch: Partial<DeviceLike> = {}): DeviceLike => ({
  account: 'ANX0001',
  label: '客厅主机',
  profile: 'default',
  heartbeatSeconds: 300,
  active: true,
  lastSeenAt: iso(0),
  updatedAt: iso(-86_400),
  ...patch,
});

describe('device liveness', () => {
  it('ALM-9 calls a device silent only past its heartbeat plus the grace the server job uses', () => {
    const due = t0 + (300 + defaultGraceSeconds) * 1000;
    expect(livenessOf(device(), due)).toBe('alive');
    expect(livenessOf(device(), due + 1000)).toBe('silent');
  });

  it('ALM-9 uses the profile interval when the heartbeat is 0', () => {
    const d = device({ heartbeatSeconds: 0 });
    expect(livenessOf(d, t0 + 3_600_000)).toBe('alive');
    expect(livenessOf(d, t0 + 2 * 86_400_000)).toBe('silent');
  });

  it('ALM-9 counts a never-heard device from its registration, and an inactive device is never silent', () => {
    const fresh = device({ lastSeenAt: null, updatedAt: iso(0) });
    expect(livenessOf(fresh, t0 + 60_000)).toBe('never');
    expect(livenessOf(fresh, t0 + (300 + defaultGraceSeconds) * 1000)).toBe('never');
    expect(livenessOf(fresh, t0 + (301 + defaultGraceSeconds) * 1000)).toBe('silent');
    expect(livenessOf(device({ active: false }), t0 + 86_400_000)).toBe('inactive');
  });
});

describe('device filter box', () => {
  const rows = [
    { device: device({ account: 'ANX0001', label: '客厅主机' }), residentName: '王秀英' },
    { device: device({ account: 'ANX0002', label: 'Pendant' }), residentName: '李建国' },
    { device: device({ account: 'B77', label: '' }), residentName: null },
  ];
  const accounts = (q: string) => filterDevices(rows, q).map((r) => r.device.account);

  it('ALM-9 finds devices by account, label or resident name, any case, every word', () => {
    expect(accounts('')).toEqual(['ANX0001', 'ANX0002', 'B77']);
    expect(accounts('anx')).toEqual(['ANX0001', 'ANX0002']);
    expect(accounts('王秀')).toEqual(['ANX0001']);
    expect(accounts('pendant')).toEqual(['ANX0002']);
    expect(accounts('anx 李')).toEqual(['ANX0002']);
    expect(accounts('nobody')).toEqual([]);
  });

  it('ALM-9 narrows the resident picker by name, capped', () => {
    const residents = Array.from({ length: 80 }, (_, i) => ({ id: `r${i}`, name: `张${i}` }));
    expect(matchResidents(residents, '张7').map((r) => r.id)).toEqual(expect.arrayContaining(['r7', 'r70', 'r79']));
    expect(matchResidents(residents, '张7')).toHaveLength(11);
    expect(matchResidents(residents, '')).toHaveLength(50);
  });
});
