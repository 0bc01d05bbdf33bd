// An order's trail (ORD-3): events and notes merged oldest first, device time only when it differs by over a minute.
import { describe, expect, it } from 'vitest';
import { buildTrail, shownDeviceTime } from '../../../src/client/features/orders/trail-model';
import type { LocalRow } from '../../../src/local/local-db';

describe('order trail', () => {
  it('ORD-3 merges events and notes oldest first with who, where and why', () => {
    const events: LocalRow[] = [
      {
        _id: 'e2',
        id: 'e2',
        kind: 'arrived',
        at: '2026-11-23T03:00:00Z',
        deviceAt: '2026-11-23T02:40:00Z',
        userId: 'u1',
        userName: '王师傅',
        detail: { distanceM: 35 },
        reason: '',
        reasonCode: null,
      },
      {
        _id: 'e1',
        id: 'e1',
        kind: 'returned',
        at: '2026-11-23T01:00:00Z',
        deviceAt: '2026-11-23T01:00:20Z',
        userId: 'u2',
        userName: '李经理',
        detail: {},
        reason: '',
        reasonCode: 'no_staff',
      },
    ];
    const notes: LocalRow[] = [{ _id: 'n1', id: 'n1', userId: 'u1', text: '已电话联系', at: '2026-11-23T02:00:00Z' }];
    const trail = buildTrail(events, notes, (uid) => (uid === 'u1' ? '王师傅' : ''));
    expect(trail.map((i) => i.id)).toEqual(['e1', 'n1', 'e2']);
    const arrived = trail[2]!;
    expect(arrived.type === 'event' && [arrived.who, arrived.distanceM, arrived.deviceAt]).toEqual([
      '王师傅',
      35,
      '2026-11-23T02:40:00Z',
    ]);
    const returned = trail[0]!;
    expect(returned.type === 'event' && [returned.reasonCode, returned.deviceAt]).toEqual(['no_staff', null]);
    expect(trail[1]!.who).toBe('王师傅');
  });

  it('ORD-3 shows the device time only past a minute of difference', () => {
    expect(shownDeviceTime('2026-11-23T01:00:00Z', '2026-11-23T01:00:59Z')).toBeNull();
    expect(shownDeviceTime('2026-11-23T01:00:00Z', '2026-11-23T01:01:01Z')).toBe('2026-11-23T01:01:01Z');
    expect(shownDeviceTime('2026-11-23T01:00:00Z', null)).toBeNull();
  });
});
