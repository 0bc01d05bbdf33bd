// Caller numbers (REG-4): the class glyphs, a typed number's lookup form, its case history and class counts.
// Pure: works on rows already read from the device; must not read Dexie or decide who may class a number.

import { isValidPhone, normalizePhone } from '../../../domain/registry/phone';
import { type CallerClass, callerClasses } from '../../../domain/registry/registry-kinds';

/** The short mark drawn in each class's icon; the label beside it carries the meaning for screen readers. */
export const classGlyphs: Record<CallerClass, string> = {
  normal: '·',
  elderly: '老',
  vip: 'VIP',
  important: '重',
  blacklisted: '黑',
};

export const markedClasses = callerClasses.filter((c) => c !== 'normal');

export function isCallerClass(value: unknown): value is CallerClass {
  return (callerClasses as readonly unknown[]).includes(value);
}

/** The number as stored (digits, no +86), and whether it is a number at all. */
export function lookupOf(typed: string): { phone: string; valid: boolean } {
  const phone = normalizePhone(typed.trim());
  return { phone, valid: phone !== '' && isValidPhone(phone) };
}

/** An order row as read from the device (callerPhone, createdAt, …). */
export type OrderLike = Record<string, unknown>;

/** Orders from this number, newest first. */
export function historyOf<T extends OrderLike>(orders: readonly T[], phone: string): T[] {
  return orders
    .filter((o) => o.callerPhone === phone)
    .sort((a, b) => String(b.createdAt ?? '').localeCompare(String(a.createdAt ?? '')));
}

export function countByClass(callers: readonly Record<string, unknown>[]): Record<CallerClass, number> {
  const out = Object.fromEntries(callerClasses.map((c) => [c, 0])) as Record<CallerClass, number>;
  for (const c of callers) if (isCallerClass(c.class)) out[c.class]++;
  return out;
}
