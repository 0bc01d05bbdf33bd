// The English messages of the dispatcher's order screens: the same keys and {placeholders} as orders.zh-CN.ts.
// Must hold text only; the catalogue (../en.ts) spreads this in.
import type { ordersZhCN } from './orders.zh-CN';

export const ordersEn: Record<keyof typeof ordersZhCN, string> = {
  'nav.orders': 'Orders',
  'orders.light.green': 'On time',
  'orders.light.yellow': 'Due soon',
  'orders.light.red': 'Overdue',
  'orders.light.none': 'No deadline',
};
