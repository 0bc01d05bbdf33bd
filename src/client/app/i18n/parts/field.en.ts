// The English messages of the field worker's phone: the same keys and {placeholders} as field.zh-CN.ts.
// Must hold text only; the catalogue (../en.ts) spreads this in.
import type { fieldZhCN } from './field.zh-CN';

export const fieldEn: Record<keyof typeof fieldZhCN, string> = {
  'nav.work': 'My work',
};
