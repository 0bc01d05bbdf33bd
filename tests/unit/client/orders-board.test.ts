// The dispatcher's board helpers (ORD-4, ORD-5): filters, red-first sort, light counts, attention lists, returns.
import { describe, expect, it } from 'vitest';
import {
  ageOf,
  attentionOf,
  boardItemOf,
  countLights,
  defaultBoardFilters,
  filterBoard,
  returnsByCompany,
  sortBoard,
} from '../../../src/client/features/orders/board-model';
import { parseOrdersPath } from '../../../src/client/features/orders/orders-path';
import type { LocalRow } from '../../../src/local/local-db';

const now = Date.parse('2026-11-23T06:00:00Z');
const minutes = (m: number) => new Date(now + m * 60_000).toISOString();

function order(id: string, over: Partial<Record<string, unknown>> = {}): LocalRow {
  return {
    _id: id,
    id,
    no: `GD-${id}`,
    type: 'home_service',
    status: 'dispatched',
    callerPhone: '13800000000',
    address: '渭城区 文汇路 1 号',
    districtId: 'd1',
    companyId: 'c1',
    createdAt: minutes(-60),
    dispatchedAt: minutes(-20),
    confirmDueAt: minutes(10),
    serviceDueAt: minutes(2000),
    acceptedAt: null,
    completedAt: null,
    reminderAt: null,
    extensionState: null,
    ...over,
  };
}

describe('orders board', () => {
  it('ORD-4 sorts red first, then yellow, then by the nearest deadline', () => {
    const items = [
      order('green-late', { confirmDueAt: minutes(29), dispatchedAt: minutes(-1) }),
      order('green-soon', { confirmDueAt: minutes(20), dispatchedAt: minutes(-10) }),
      order('yellow', { confirmDueAt: minutes(5), dispatchedAt: minutes(-25) }),
      order('red', { confirmDueAt: minutes(-5), dispatchedAt: minutes(-35) }),
    ].map((o) => boardItemOf(o, now));
    expect(sortBoard(items).map((i) => i.id)).toEqual(['red', 'yellow', 'green-soon', 'green-late']);
    expect(countLights(items)).toEqual({ red: 1, yellow: 1, green: 2, none: 0 });
  });

  it('ORD-4 filters by light, status, district, company and searches number, phone and address', () => {
    const items = [
      order('a', { callerPhone: '13911112222', districtId: 'd2' }),
      order('b', { status: 'closed', completedAt: minutes(-1) }),
      order('c', { companyId: 'c2', address: '秦都区 人民路' }),
      order('d', { confirmDueAt: minutes(-5) }),
    ].map((o) => boardItemOf(o, now));
    const ids = (f: Partial<typeof defaultBoardFilters>) =>
      filterBoard(items, { ...defaultBoardFilters, ...f }).map((i) => i.id);
    expect(ids({})).toEqual(['a', 'c', 'd']); // open by default: the closed one is hidden
    expect(ids({ status: '' })).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ status: 'closed' })).toEqual(['b']);
    expect(ids({ light: 'red' })).toEqual(['d']);
    expect(ids({ districtId: 'd2' })).toEqual(['a']);
    expect(ids({ companyId: 'c2' })).toEqual(['c']);
    expect(ids({ text: '1111' })).toEqual(['a']);
    expect(ids({ text: '人民路' })).toEqual(['c']);
    expect(ids({ text: 'gd-d' })).toEqual(['d']);
  });

  it('ORD-4 needs attention: overdue open orders, extension requests, and reminders of the last 24 hours only', () => {
    const items = [
      order('late', { confirmDueAt: minutes(-5) }),
      order('ext', { status: 'accepted', extensionState: 'requested', acceptedAt: minutes(-15) }),
      order('fine'),
    ].map((o) => boardItemOf(o, now));
    const events: LocalRow[] = [
      { _id: 'r1', id: 'r1', orderId: 'late', kind: 'reminder', at: minutes(-10) },
      { _id: 'r2', id: 'r2', orderId: 'fine', kind: 'reminder', at: minutes(-25 * 60) },
      { _id: 'x', id: 'x', orderId: 'late', kind: 'returned', at: minutes(-1) },
    ];
    const attn = attentionOf(items, events, now);
    expect(attn.overdue.map((i) => i.id)).toEqual(['late']);
    expect(attn.extensions.map((i) => i.id)).toEqual(['ext']);
    expect(attn.reminders.map((r) => r.event.id)).toEqual(['r1']);
    expect(attn.reminders[0]!.item?.id).toBe('late');
  });

  it('ORD-5 counts returns and wrong returns per company, most wrong first', () => {
    const events: LocalRow[] = [
      { _id: '1', kind: 'returned', companyId: 'c1', wrongReturn: false },
      { _id: '2', kind: 'returned', companyId: 'c1', wrongReturn: false },
      { _id: '3', kind: 'returned', companyId: 'c2', wrongReturn: true },
      { _id: '4', kind: 'accepted', companyId: 'c2', wrongReturn: false },
    ];
    const names: Record<string, string> = { c1: '安康家政', c2: '邻里帮' };
    expect(returnsByCompany(events, (id) => names[id] ?? id)).toEqual([
      { companyId: 'c2', name: '邻里帮', returns: 1, wrongReturns: 1 },
      { companyId: 'c1', name: '安康家政', returns: 2, wrongReturns: 0 },
    ]);
  });

  it('ORD-4 ages are whole days, hours and minutes', () => {
    expect(ageOf(minutes(-(26 * 60 + 5)), now)).toEqual({ days: 1, hours: 2, minutes: 5 });
    expect(ageOf(minutes(5), now)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it('ORD-1 the order paths parse board, intake and detail', () => {
    expect(parseOrdersPath('/orders')).toEqual({ type: 'board' });
    expect(parseOrdersPath('/orders/new')).toEqual({ type: 'new' });
    expect(parseOrdersPath('/orders/abc%20d')).toEqual({ type: 'detail', id: 'abc d' });
    expect(parseOrdersPath('/orders/a/b')).toEqual({ type: 'unknown' });
  });
});
