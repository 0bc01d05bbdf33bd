// Small shared wordings of the order screens: a status, type, age and distance in the current language. Must hold no
// state; the messages themselves live in the i18n catalogue.
import type { OrderStatus, OrderType } from '../../../domain/orders/order-kinds';
import { orderStatuses, orderTypes } from '../../../domain/orders/order-kinds';
import type { I18n } from '../../app/i18n/i18n-context';
import { ageOf } from './board-model';

export function statusWord(t: I18n['t'], status: unknown): string {
  const s = orderStatuses.find((x) => x === status);
  return s ? t(`orders.status.${s as OrderStatus}`) : String(status ?? '');
}

export function typeWord(t: I18n['t'], type: unknown): string {
  const s = orderTypes.find((x) => x === type);
  return s ? t(`orders.type.${s as OrderType}`) : String(type ?? '');
}

export function ageWord(t: I18n['t'], createdAt: unknown, now: number): string {
  if (typeof createdAt !== 'string') return '';
  const a = ageOf(createdAt, now);
  if (a.days > 0) return t('ord.age.days', { d: a.days, h: a.hours });
  if (a.hours > 0) return t('ord.age.hours', { h: a.hours, m: a.minutes });
  return t('ord.age.minutes', { m: a.minutes });
}

export function distanceWord(t: I18n['t'], metres: number): string {
  return metres >= 1000 ? t('ord.km', { km: (metres / 1000).toFixed(1) }) : t('ord.m', { m: Math.round(metres) });
}
