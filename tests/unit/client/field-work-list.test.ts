// The phone's work list and map link (FLD-1, ORD-2): mine vs the company pool vs a manager's company orders, the next
// main action from the lifecycle, the pending mark, speed with 500 orders, and the map app link per platform.
import { describe, expect, it } from 'vitest';
import { boxOfOrders, sizeOfPack, zoomsForPack } from '../../../src/client/features/field/day-pack';
import { mapAppLink } from '../../../src/client/features/field/map-link';
import { buildWorkLists, pendingOrderIdsOf } from '../../../src/client/features/field/work-list-model';
import type { Actor } from '../../../src/domain/access/roles';
import type { LocalRow } from '../../../src/local/local-db';

const tech: Actor = { userId: 'u-tech', role: 'field_worker', companyId: 'co-1', communityIds: [] };
const manager: Actor = { userId: 'u-mgr', role: 'vendor_manager', companyId: 'co-1', communityIds: [] };
const now = new Date('2026-03-01T08:10:00.000Z');

function order(id: string, fields: Record<string, unknown>): LocalRow {
  return {
    _id: id,
    id,
    no: `GD-${id}`,
    type: 'home_service',
    status: 'dispatched',
    companyId: 'co-1',
    assigneeUserId: null,
    extensionState: null,
    confirmDueAt: '2026-03-01T08:30:00.000Z',
    serviceDueAt: '2026-03-03T08:00:00.000Z',
    ...fields,
  };
}

describe('the work list', () => {
  it('FLD-1 a technician sees their own orders with the next step, and the unassigned company orders apart', () => {
    const rows = [
      order('a', { assigneeUserId: 'u-tech', status: 'accepted' }),
      order('b', {}),
      order('c', { assigneeUserId: 'u-other', status: 'accepted' }),
      order('d', { assigneeUserId: 'u-tech', status: 'completed' }),
      order('e', { companyId: 'co-2' }),
      order('f', { assigneeUserId: 'u-tech', status: 'on_site' }),
    ];
    const lists = buildWorkLists(rows, tech, new Set(['f']), now);
    expect(lists.mine.map((i) => [i.row.id, i.next, i.pending])).toEqual([
      ['a', 'startTravel', false],
      ['f', 'complete', true],
    ]);
    expect(lists.pool.map((i) => [i.row.id, i.next])).toEqual([['b', 'accept']]);
    expect(lists.company).toEqual([]);
  });

  it('ORD-2 a vendor manager sees every open order of the company, held or not, with what they may do', () => {
    const rows = [order('b', {}), order('c', { assigneeUserId: 'u-tech', status: 'en_route' })];
    const lists = buildWorkLists(rows, manager, new Set(), now);
    expect(lists.company.map((i) => [i.row.id, i.next])).toEqual([
      ['b', 'accept'],
      ['c', 'arrive'],
    ]);
  });

  it('FLD-1 the list of 500 orders is built in one pass well under a frame budget', () => {
    const rows = Array.from({ length: 500 }, (_, i) =>
      order(String(i), { assigneeUserId: i % 2 ? 'u-tech' : null, status: i % 2 ? 'accepted' : 'dispatched' }),
    );
    const started = performance.now();
    const lists = buildWorkLists(rows, tech, new Set(), now);
    const ms = performance.now() - started;
    expect(lists.mine.length + lists.pool.length).toBe(500);
    expect(ms).toBeLessThan(100);
  });

  it('FLD-2 only pending outbox entries mark an order as waiting to sync', () => {
    const ids = pendingOrderIdsOf([
      { status: 'pending', args: { orderId: 'a' } },
      { status: 'rejected', args: { orderId: 'b' } },
      { status: 'pending', args: { onDuty: true } },
    ]);
    expect([...ids]).toEqual(['a']);
  });
});

describe('the map app link', () => {
  const to = { lat: 34.33, lng: 108.7, label: '渭城区 (3号楼)' };
  it('FLD-1 an Android phone gets a geo: URI with the point and its label', () => {
    const link = mapAppLink(to, 'Mozilla/5.0 (Linux; Android 14; Pixel 8)', 'zh-CN');
    expect(link.startsWith('geo:34.33,108.7?q=34.33,108.7(')).toBe(true);
    expect(link).not.toContain('(3');
  });
  it('FLD-1 other agents get an https directions page: Amap in Chinese, OSM in English', () => {
    expect(mapAppLink(to, 'Mozilla/5.0 (iPhone)', 'zh-CN')).toMatch(
      /^https:\/\/uri\.amap\.com\/navigation\?to=108\.7,34\.33,/,
    );
    expect(mapAppLink(to, 'Mozilla/5.0 (X11; Linux)', 'en')).toMatch(/^https:\/\/www\.openstreetmap\.org\/directions/);
  });
  it('FLD-1 an order without a position is searched by its address', () => {
    expect(mapAppLink({ lat: null, lng: null, label: '人民路1号' }, 'Android', 'en')).toBe(
      `geo:0,0?q=${encodeURIComponent('人民路1号')}`,
    );
  });
});

describe('the day pack', () => {
  it('FLD-1 the map box wraps the orders with a margin, and none without positions', () => {
    const rows = [order('a', { lat: 34.3, lng: 108.7 }), order('b', { lat: 34.35, lng: 108.75 }), order('c', {})];
    const box = boxOfOrders(rows, 'wgs84');
    expect(box?.south).toBeLessThan(34.3);
    expect(box?.north).toBeGreaterThan(34.35);
    expect(boxOfOrders([order('c', {})], 'wgs84')).toBeNull();
  });
  it('FLD-1 the zoom range shrinks from street level until the tile count fits the area limit', () => {
    const count = (min: number, max: number) => (max - min + 1) * 1000;
    expect(zoomsForPack(count, 19, 20_000)).toEqual({ minZoom: 12, maxZoom: 17, tiles: 6000 });
    expect(zoomsForPack(count, 19, 2_500)).toEqual({ minZoom: 12, maxZoom: 13, tiles: 2000 });
    expect(zoomsForPack(count, 19, 500)).toBeNull();
  });
  it('FLD-1 the pack size is the JSON length of the rows kept', () => {
    expect(sizeOfPack([[{ _id: 'a' }], [{ _id: 'b' }, { _id: 'c' }]])).toBe(3 * JSON.stringify({ _id: 'a' }).length);
  });
});
