// The English names of the app's screens: the same keys as nav.zh-CN.ts.
import type { navZhCN } from './nav.zh-CN';

export const navEn: Record<keyof typeof navZhCN, string> = {
  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.map': 'Map',
  'nav.registry': 'Registry',
  'nav.callers': 'Caller numbers',
  'nav.import': 'Import',
  'nav.notFound': 'There is no such page.',
  'nav.backHome': 'Back to home',
} as const;
