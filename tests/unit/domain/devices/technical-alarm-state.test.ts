// Unit tests for the console rule on technical alarms (ALM-9): what acknowledge and clear lead to, and the refusal
// once cleared. Must not touch a store, the network or the clock.
import { describe, expect, it } from 'vitest';
import { transitionTechnicalAlarm } from '../../../../src/domain/devices/technical-alarm-state';

describe('technical alarm console actions', () => {
  it('ALM-9 an open alarm can be acknowledged or cleared', () => {
    expect(transitionTechnicalAlarm('open', 'acknowledge')).toEqual({ ok: true, value: 'acknowledged' });
    expect(transitionTechnicalAlarm('open', 'clear')).toEqual({ ok: true, value: 'cleared' });
  });

  it('ALM-9 an acknowledged alarm can be cleared; acknowledging it again changes nothing', () => {
    expect(transitionTechnicalAlarm('acknowledged', 'clear')).toEqual({ ok: true, value: 'cleared' });
    expect(transitionTechnicalAlarm('acknowledged', 'acknowledge')).toEqual({ ok: true, value: 'acknowledged' });
  });

  it('ALM-9 a cleared alarm is closed: both actions are refused with device.technical_alarm_closed', () => {
    for (const action of ['acknowledge', 'clear'] as const) {
      const result = transitionTechnicalAlarm('cleared', action);
      expect(result).toEqual({ ok: false, problem: { code: 'device.technical_alarm_closed' } });
    }
  });
});
