// The paths of the dispatcher's order screens (ORD-1, ORD-2, ORD-4): /orders (board), /orders/new (intake) and
// /orders/<id> (detail), parsed and built. Pure; must not read the database or navigate.

export type OrdersView = { type: 'board' } | { type: 'new' } | { type: 'detail'; id: string } | { type: 'unknown' };

export function parseOrdersPath(location: string): OrdersView {
  const parts = location.split('?')[0]!.split('/').filter(Boolean);
  if (parts[0] !== 'orders') return { type: 'unknown' };
  if (parts.length === 1) return { type: 'board' };
  if (parts.length === 2 && parts[1] === 'new') return { type: 'new' };
  if (parts.length === 2) return { type: 'detail', id: decodeURIComponent(parts[1]!) };
  return { type: 'unknown' };
}

export function orderPath(id?: string): string {
  return id ? `/orders/${encodeURIComponent(id)}` : '/orders';
}
