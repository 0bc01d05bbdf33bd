// Demo callers (REG-4): every resident's number classed elderly, a handful of VIP, important and blacklisted numbers,
// and the non-resident callers of demo orders. Must not hold call history: that is read from orders by phone.
import type { CallerClass } from '../../domain/registry/registry-kinds';
import { makeName } from './chinese-names';
import { type DemoContext, isoAfterMinutes } from './demo-context';
import type { OrderCaller, OrderRow } from './demo-orders';
import type { ResidentRow } from './demo-residents';
import type { Random } from './random';

export interface CallerRow {
  phone: string;
  class: CallerClass;
  name: string;
  note: string;
  resident_id: string | null;
  first_seen_at: string;
  last_seen_at: string;
}

const specialCallers: readonly (readonly [CallerClass, string])[] = [
  ['vip', '市人大代表，反映民生问题较多'],
  ['vip', '离休老干部，享受优先服务'],
  ['vip', '市政协委员'],
  ['vip', '全国劳动模范，独居'],
  ['vip', '老干部局联系人'],
  ['important', '咸阳日报记者'],
  ['important', '区民政局养老服务科'],
  ['important', '市12345督办专员'],
  ['important', '社区卫生服务中心值班电话'],
  ['important', '市场监管局投诉转办'],
  ['blacklisted', '多次恶意骚扰座席，已按规定拉黑'],
  ['blacklisted', '反复拨打无声电话'],
  ['blacklisted', '推销电话'],
  ['blacklisted', '辱骂座席，经值班长批准拉黑'],
];

export function buildCallers(
  random: Random,
  ctx: DemoContext,
  residents: readonly ResidentRow[],
  orders: readonly OrderRow[],
  orderCallers: readonly OrderCaller[],
): CallerRow[] {
  const lastOrderAt = new Map<string, string>();
  for (const order of orders) {
    const seen = lastOrderAt.get(order.caller_phone);
    if (!seen || seen < order.created_at) lastOrderAt.set(order.caller_phone, order.created_at);
  }
  const rows: CallerRow[] = residents.map((r) => ({
    phone: r.phone,
    class: 'elderly',
    name: r.name,
    note: '',
    resident_id: r.id,
    first_seen_at: r.created_at,
    last_seen_at: lastOrderAt.get(r.phone) ?? r.created_at,
  }));
  for (const [callerClass, note] of specialCallers) {
    const first = isoAfterMinutes(ctx.now, -random.int(30, 900) * 1440);
    rows.push({
      phone: ctx.phones.mobile(),
      class: callerClass,
      name: callerClass === 'blacklisted' ? '' : makeName(random, random.chance(0.5) ? 'male' : 'female', 'adult'),
      note,
      resident_id: null,
      first_seen_at: first,
      last_seen_at: isoAfterMinutes(ctx.now, -random.int(0, 29) * 1440 - random.int(10, 600)),
    });
  }
  for (const caller of orderCallers) {
    rows.push({
      phone: caller.phone,
      class: 'normal',
      name: caller.name,
      note: '',
      resident_id: null,
      first_seen_at: caller.at,
      last_seen_at: caller.at,
    });
  }
  return rows;
}
