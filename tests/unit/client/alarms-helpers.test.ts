// The alarm screens' pure helpers (ALM-2, ALM-4, ALM-6): the ticking mm:ss timer, offer and alarm state labels,
// newest-first order, the 120 prompt, ages, and the tone's WAV bytes.
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/client/app/i18n/en';
import { zhCN } from '../../../src/client/app/i18n/zh-CN';
import {
  ageOn,
  alarmStatusKey,
  byNewestFirst,
  formatElapsed,
  geoUri,
  isCall120Due,
  isLiveAlarmStatus,
  offerLabelKey,
  supervisorAfterMs,
  telHref,
} from '../../../src/client/features/alarms/alarm-helpers';
import { sirenWavBytes } from '../../../src/client/features/alarms/alarm-tone';
import { offerStatuses } from '../../../src/domain/alarms/alarm-kinds';

const raisedAt = '2026-05-01T08:00:00.000Z';
const at = (seconds: number) => Date.parse(raisedAt) + seconds * 1000;

describe('alarm timer', () => {
  it('[ALM-2] counts mm:ss from raisedAt, minutes past 59 keep counting', () => {
    expect(formatElapsed(raisedAt, at(0))).toBe('00:00');
    expect(formatElapsed(raisedAt, at(9.9))).toBe('00:09');
    expect(formatElapsed(raisedAt, at(65))).toBe('01:05');
    expect(formatElapsed(raisedAt, at(75 * 60 + 3))).toBe('75:03');
  });

  it('[ALM-2] never shows a negative or broken time (device clock behind, bad date)', () => {
    expect(formatElapsed(raisedAt, at(-30))).toBe('00:00');
    expect(formatElapsed('not a date', at(10))).toBe('00:00');
  });
});

describe('alarm labels', () => {
  it('[ALM-3] every offer status has a label in both languages', () => {
    for (const s of offerStatuses) {
      const key = offerLabelKey(s);
      expect(zhCN[key]).toBeTruthy();
      expect(en[key]).toBeTruthy();
    }
    expect(zhCN[offerLabelKey('taken')]).toBe('已由他人接单');
    expect(en[offerLabelKey('taken')]).toBe('Taken by someone else');
  });

  it('[ALM-6] alarm statuses map to their keys; resolved and cancelled are not live', () => {
    expect(alarmStatusKey('en_route')).toBe('alarm.status.en_route');
    expect(isLiveAlarmStatus('raised')).toBe(true);
    expect(isLiveAlarmStatus('on_scene')).toBe(true);
    expect(isLiveAlarmStatus('resolved')).toBe(false);
    expect(isLiveAlarmStatus('cancelled')).toBe(false);
  });
});

describe('alarm list and prompts', () => {
  it('[ALM-2] lists newest first, ties by id', () => {
    const rows = [
      { _id: 'b', raisedAt: '2026-05-01T08:00:00Z' },
      { _id: 'c', raisedAt: '2026-05-01T09:00:00Z' },
      { _id: 'a', raisedAt: '2026-05-01T08:00:00Z' },
    ];
    expect(rows.sort(byNewestFirst).map((r) => r._id)).toEqual(['c', 'a', 'b']);
  });

  it('[ALM-4] prompts to call 120 after 3 minutes without an accept, or at once on the supervisor step', () => {
    const alarm = { status: 'raised' as const, raisedAt };
    expect(isCall120Due(alarm, at(supervisorAfterMs / 1000 - 1), false)).toBe(false);
    expect(isCall120Due(alarm, at(supervisorAfterMs / 1000), false)).toBe(true);
    expect(isCall120Due(alarm, at(10), true)).toBe(true);
    expect(isCall120Due({ status: 'accepted', raisedAt }, at(600), true)).toBe(false);
  });

  it('ages, tel: and geo: links', () => {
    expect(ageOn('1940-06-15', new Date('2026-06-14T12:00:00'))).toBe(85);
    expect(ageOn('1940-06-15', new Date('2026-06-15T12:00:00'))).toBe(86);
    expect(ageOn('', new Date())).toBeNull();
    expect(telHref('029-3321 1234')).toBe('tel:02933211234');
    expect(telHref('+86 138 0000 0000')).toBe('tel:+8613800000000');
    expect(geoUri(34.33, 108.71, '张 三')).toBe('geo:34.33,108.71?q=34.33,108.71(%E5%BC%A0%20%E4%B8%89)');
  });
});

describe('alarm tone', () => {
  it('[ALM-2] is a valid 8 kHz 8-bit mono WAV of the asked length, loud', () => {
    const bytes = sirenWavBytes(1);
    const text = (from: number, n: number) => String.fromCharCode(...bytes.slice(from, from + n));
    expect(text(0, 4)).toBe('RIFF');
    expect(text(8, 4)).toBe('WAVE');
    expect(text(36, 4)).toBe('data');
    expect(bytes.length).toBe(44 + 8000);
    const view = new DataView(bytes.buffer);
    expect(view.getUint32(24, true)).toBe(8000);
    expect(view.getUint32(40, true)).toBe(8000);
    const samples = bytes.slice(44);
    expect(Math.max(...samples) - Math.min(...samples)).toBeGreaterThan(200);
  });
});
