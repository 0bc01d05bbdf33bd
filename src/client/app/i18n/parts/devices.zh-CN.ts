// The zh-CN messages of alarm devices and technical alarms on the console (ALM-9); en is in devices.en.ts with the
// same keys. Must hold text only; the catalogue (../zh-CN.ts) spreads this in.
export const devicesZhCN = {
  'nav.devices': '设备',
  'devices.title': '报警设备',
};
