// The resident's one-touch page state machine (ALM-1): press → confirm → sending (retrying while offline) →
// tracking, the plain sentence of each state, and the /r/<token> route.
import { describe, expect, it } from 'vitest';
import { residentTokenOfPath } from '../../../src/client/resident/resident-route';
import {
  isFinished,
  nextResidentState,
  type ResidentAlarm,
  type ResidentEvent,
  type ResidentState,
  residentLineOf,
} from '../../../src/client/resident/resident-state';

const run = (events: ResidentEvent[], from: ResidentState = { type: 'idle' }) => events.reduce(nextResidentState, from);

const alarm = (status: ResidentAlarm['status'], responder: ResidentAlarm['responder'] = null): ResidentAlarm => ({
  id: 'a-1',
  status,
  raisedAt: '2026-05-01T08:00:00Z',
  responder,
});
const qin = { name: '秦师傅', phone: '13800000001' };

describe('resident page state machine', () => {
  it('[ALM-1] a press asks first; cancel goes back, confirm sends', () => {
    expect(run([{ type: 'press' }])).toEqual({ type: 'confirming' });
    expect(run([{ type: 'press' }, { type: 'cancel' }])).toEqual({ type: 'idle' });
    expect(run([{ type: 'press' }, { type: 'confirm' }])).toEqual({ type: 'sending', retrying: false });
  });

  it('[ALM-1] a failed send says it is still trying, and an applied one tracks the alarm', () => {
    const failed = run([{ type: 'press' }, { type: 'confirm' }, { type: 'push_failed' }]);
    expect(failed).toEqual({ type: 'sending', retrying: true });
    expect(residentLineOf(failed)).toEqual({ key: 'resident.page.retrying' });
    const sent = run([{ type: 'push_applied' }], failed);
    expect(sent).toEqual({ type: 'tracking', alarm: null });
    expect(residentLineOf(sent)).toEqual({ key: 'resident.page.sent' });
  });

  it('[ALM-1] tracking says waiting, then who is coming with their phone, then resolved', () => {
    const tracking: ResidentState = { type: 'tracking', alarm: null };
    const waiting = run([{ type: 'status', alarm: alarm('raised') }], tracking);
    expect(residentLineOf(waiting)).toEqual({ key: 'resident.page.waiting' });
    const coming = run([{ type: 'status', alarm: alarm('accepted', qin) }], waiting);
    expect(residentLineOf(coming)).toEqual({ key: 'resident.page.coming', ...qin });
    const there = run([{ type: 'status', alarm: alarm('on_scene', qin) }], coming);
    expect(residentLineOf(there)).toEqual({ key: 'resident.page.onScene', ...qin });
    const done = run([{ type: 'status', alarm: alarm('resolved', qin) }], there);
    expect(residentLineOf(done)).toEqual({ key: 'resident.page.resolved' });
    expect(isFinished(done)).toBe(true);
    // After the end the big button shows again and a new press asks again.
    expect(run([{ type: 'press' }], done)).toEqual({ type: 'confirming' });
  });

  it('[ALM-1] a missing poll answer keeps what was known', () => {
    const coming: ResidentState = { type: 'tracking', alarm: alarm('accepted', qin) };
    expect(run([{ type: 'status', alarm: null }], coming)).toEqual(coming);
  });

  it('[ALM-1] opening the page with an open alarm shows it; an old resolved one does not', () => {
    expect(run([{ type: 'status', alarm: alarm('en_route', qin) }])).toEqual({
      type: 'tracking',
      alarm: alarm('en_route', qin),
    });
    expect(run([{ type: 'status', alarm: alarm('resolved') }])).toEqual({ type: 'idle' });
  });

  it('[ALM-1] presses are ignored while sending or tracking; a refused token ends the page', () => {
    const sending: ResidentState = { type: 'sending', retrying: false };
    expect(run([{ type: 'press' }, { type: 'cancel' }], sending)).toEqual(sending);
    expect(run([{ type: 'token_refused' }], sending)).toEqual({ type: 'bad_token' });
    expect(residentLineOf({ type: 'bad_token' })).toBeNull();
  });

  it('[ALM-1] a refusal shows its message, then an open alarm from the poll is tracked', () => {
    const refused = run([{ type: 'push_refused', message: 'already raised' }], { type: 'sending', retrying: false });
    expect(refused).toEqual({ type: 'refused', message: 'already raised' });
    expect(run([{ type: 'status', alarm: alarm('raised') }], refused).type).toBe('tracking');
  });
});

describe('resident page route', () => {
  it('[ALM-1] /r/<token> names the token; other paths do not', () => {
    expect(residentTokenOfPath('/r/abcDEF123_-xyz')).toBe('abcDEF123_-xyz');
    expect(residentTokenOfPath('/r/abcDEF123_-xyz/')).toBe('abcDEF123_-xyz');
    expect(residentTokenOfPath('/r/short')).toBeNull();
    expect(residentTokenOfPath('/registry/residents')).toBeNull();
    expect(residentTokenOfPath('/r/')).toBeNull();
  });
});
