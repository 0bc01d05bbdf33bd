// Case types and order statuses (ORD-1, ORD-3) as the one list every layer uses.
// Must not hold transitions or deadlines: those belong to the order lifecycle rules.

export const orderTypes = [
  'inquiry', // 普通咨询
  'home_service', // 家政服务
  'one_touch', // 老年人一键通
  'simple_matter', // 简单事务
  'home_care', // 居家养老
  'enterprise_service', // 企业服务
  'complaint', // 投诉建议
  'public_affairs', // 公共事务
  'praise_criticism', // 表扬投诉
  'pending', // 待办
] as const;
export type OrderType = (typeof orderTypes)[number];

export const orderStatuses = [
  'new',
  'dispatched',
  'accepted',
  'en_route',
  'on_site',
  'completed',
  'verified',
  'called_back',
  'closed',
  'returned',
  'cancelled',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** Statuses in which an order still needs someone to act. */
export const openOrderStatuses: readonly OrderStatus[] = [
  'new',
  'dispatched',
  'accepted',
  'en_route',
  'on_site',
  'returned',
];

export function isOpenOrderStatus(status: OrderStatus): boolean {
  return openOrderStatuses.includes(status);
}
