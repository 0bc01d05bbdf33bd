// Paths of the phone's work screen (FLD-1): /work (list), /work/<id> (detail), /work/<id>/<form> (a form opened
// from the list, e.g. complete). Pure: the screen reads wouter's location and calls this.
import type { OrderAction } from '../../../domain/orders/order-lifecycle';

export type WorkView = { type: 'list' } | { type: 'detail'; id: string; form: OrderAction | null };

const formActions: readonly string[] = ['complete', 'return', 'cannotComplete', 'requestExtension'];

export function parseWorkPath(location: string): WorkView {
  const parts = location
    .split('?')[0]!
    .replace(/^\/work\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
  if (parts.length === 0) return { type: 'list' };
  const form = parts[1] && formActions.includes(parts[1]) ? (parts[1] as OrderAction) : null;
  return { type: 'detail', id: parts[0]!, form };
}

export function workPath(id?: string, form?: OrderAction): string {
  if (!id) return '/work';
  return `/work/${encodeURIComponent(id)}${form ? `/${form}` : ''}`;
}
