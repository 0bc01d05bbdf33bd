// The English messages of alarm devices and technical alarms: the same keys and {placeholders} as devices.zh-CN.ts.
// Must hold text only; the catalogue (../en.ts) spreads this in.
import type { devicesZhCN } from './devices.zh-CN';

export const devicesEn: Record<keyof typeof devicesZhCN, string> = {
  'nav.devices': 'Devices',
  'devices.title': 'Alarm devices',
};
