// The intake form's helpers (ORD-1): the order.create arguments of a draft, field errors, matching residents.
import { describe, expect, it } from 'vitest';
import {
  checkIntake,
  createArgsOf,
  emptyDraft,
  residentsMatching,
} from '../../../src/client/features/orders/intake-model';
import type { LocalRow } from '../../../src/local/local-db';

const id = '6f1c2f43-3c39-4d35-9e58-5a4a3f0b7c11';

describe('intake', () => {
  it('ORD-1 a complete draft becomes valid order.create args with empty optional fields left out', () => {
    const args = createArgsOf(
      { ...emptyDraft, callerPhone: '138 0000 0000', description: '需要保洁', lat: 34.33, lng: 108.71 },
      id,
    );
    expect(args).toEqual({
      id,
      type: 'home_service',
      callerPhone: '13800000000',
      description: '需要保洁',
      lat: 34.33,
      lng: 108.71,
    });
    expect(checkIntake(args)).toEqual({});
  });

  it('ORD-1 names the missing and the wrong fields before anything is queued', () => {
    const errors = checkIntake(createArgsOf({ ...emptyDraft, callerPhone: '12', description: '' }, id));
    expect(errors).toEqual({ callerPhone: 'invalid', description: 'required' });
    const notPhone = checkIntake(createArgsOf({ ...emptyDraft, callerPhone: '1234567', description: 'x' }, id));
    expect(notPhone).toEqual({ callerPhone: 'invalid' });
  });

  it('ORD-1 a pending case needs its reminder time, sent as an ISO time', () => {
    const draft = { ...emptyDraft, type: 'pending' as const, callerPhone: '13800000000', description: '回电' };
    expect(checkIntake(createArgsOf(draft, id))).toEqual({ reminderAt: 'required' });
    const args = createArgsOf({ ...draft, reminderAt: '2026-11-24T09:30' }, id);
    expect(String(args.reminderAt)).toMatch(/^2026-11-2\dT\d\d:30:00\.000Z$/);
    expect(checkIntake(args)).toEqual({});
  });

  it('ORD-1 only an inquiry may close at once; other types never send closeNow', () => {
    const base = { ...emptyDraft, callerPhone: '13800000000', description: '问路', closeNow: true, outcome: '已答复' };
    expect(createArgsOf({ ...base, type: 'inquiry' }, id)).toMatchObject({ closeNow: true, outcome: '已答复' });
    expect(createArgsOf({ ...base, type: 'home_service' }, id)).not.toHaveProperty('closeNow');
  });

  it('REG-4 offers residents whose own or a contact’s phone is the typed number', () => {
    const residents: LocalRow[] = [
      { _id: 'r1', id: 'r1', phone: '13800000000', active: true },
      { _id: 'r2', id: 'r2', phone: '02933333333', active: true },
      { _id: 'r3', id: 'r3', phone: '13800000000', active: false },
    ];
    const contacts: LocalRow[] = [{ _id: 'k1', residentId: 'r2', phone: '138-0000-0000' }];
    expect(residentsMatching(residents, contacts, '+86 13800000000').map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(residentsMatching(residents, contacts, '138')).toEqual([]);
  });
});
