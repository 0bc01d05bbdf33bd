// Unit tests for staff classifications of device codes (ALM-9): an override wins over the profile's table and gets
// its meaning's usual priority; without one the profile decides as before. Pure: no store.
import { describe, expect, it } from 'vitest';
import {
  classifyDeviceEvent,
  type DeviceEvent,
  type DeviceMeaning,
  overrideKeyOf,
} from '../../../src/domain/devices/device-events';

const event = (format: 'cid' | 'sia', code: string, qualifier: DeviceEvent['qualifier'] = 'new'): DeviceEvent => ({
  format,
  code,
  qualifier: format === 'cid' ? qualifier : null,
  zone: null,
  group: null,
  raw: code,
});

describe('classifyDeviceEvent with overrides', () => {
  it('[ALM-9] an unknown code classified by staff gets the meaning and its usual priority', () => {
    const overrides = new Map<string, DeviceMeaning>([[overrideKeyOf('cid', '799'), 'personal_emergency']]);
    expect(classifyDeviceEvent('default', event('cid', '799'))).toEqual({
      meaning: 'unknown',
      priority: 'unknown',
      restore: false,
    });
    expect(classifyDeviceEvent('default', event('cid', '799'), overrides)).toEqual({
      meaning: 'personal_emergency',
      priority: 'emergency',
      restore: false,
    });
    expect(classifyDeviceEvent('default', event('cid', '799', 'restore'), overrides).restore).toBe(true);
  });

  it('[ALM-9] an override wins over the profile mapping, and is per format', () => {
    const overrides = new Map<string, DeviceMeaning>([
      [overrideKeyOf('cid', '602'), 'device_fault'],
      [overrideKeyOf('sia', 'zz'), 'low_battery'],
    ]);
    expect(classifyDeviceEvent('pendant-v1', event('cid', '602'), overrides)).toMatchObject({
      meaning: 'device_fault',
      priority: 'technical',
    });
    expect(classifyDeviceEvent('pendant-v1', event('sia', 'ZZ'), overrides)).toMatchObject({
      meaning: 'low_battery',
      priority: 'technical',
    });
    expect(classifyDeviceEvent('pendant-v1', event('sia', '602'), overrides).meaning).toBe('unknown');
    expect(classifyDeviceEvent('pendant-v1', event('cid', '750'), overrides)).toMatchObject({
      meaning: 'fall',
      priority: 'emergency',
    });
  });

  it('[ALM-9] an info meaning override is info, and an empty map changes nothing', () => {
    const overrides = new Map<string, DeviceMeaning>([[overrideKeyOf('cid', '777'), 'periodic_test']]);
    expect(classifyDeviceEvent('default', event('cid', '777'), overrides).priority).toBe('info');
    expect(classifyDeviceEvent('default', event('cid', '101'), new Map())).toMatchObject({
      meaning: 'personal_emergency',
      priority: 'emergency',
    });
  });
});
