// The DC-09 receiver's configuration (ALM-9, ARCHITECTURE §7): off unless asked, 7009 under `npm start`, the time
// window '-40,20' by default or 'off', and a refused bad value at start-up.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config';

describe('DC-09 configuration', () => {
  it('[ALM-9] the receiver is off by default and on 7009 under npm start', () => {
    expect(loadConfig({}).dc09.port).toBe(0);
    expect(loadConfig({ npm_lifecycle_event: 'start' }).dc09.port).toBe(7009);
    expect(loadConfig({ npm_lifecycle_event: 'start', ANXIN_DC09_PORT: '0' }).dc09.port).toBe(0);
    expect(loadConfig({ ANXIN_DC09_PORT: '17009' }).dc09.port).toBe(17009);
  });

  it('[ALM-9] the time window is -40,20 s by default, "off" turns it off, nonsense stops the start', () => {
    expect(loadConfig({}).dc09.timeWindow).toEqual({ behindSeconds: 40, aheadSeconds: 20 });
    expect(loadConfig({ ANXIN_DC09_TIME_WINDOW: 'off' }).dc09.timeWindow).toBe('off');
    expect(loadConfig({ ANXIN_DC09_TIME_WINDOW: '-10,5' }).dc09.timeWindow).toEqual({
      behindSeconds: 10,
      aheadSeconds: 5,
    });
    expect(() => loadConfig({ ANXIN_DC09_TIME_WINDOW: 'soon' })).toThrow(/ANXIN_DC09_TIME_WINDOW/);
    expect(loadConfig({}).dc09.graceSeconds).toBe(600);
  });
});
