// The alarm timers as job handlers (ALM-4): `alarm.ring` offers the next ring, `alarm.supervisor` alerts the
// supervisors. Must not hold escalation rules: it checks the payload and calls src/server/app/alarms/escalate.ts.
import { alertSupervisor, offerRing } from '../app/alarms/escalate';
import type { JobHandlers } from './job-runner';

export const alarmJobHandlers: JobHandlers = {
  'alarm.ring': async (tx, payload, now) => {
    await offerRing(tx, alarmIdOf(payload), ringOf(payload), now);
  },
  'alarm.supervisor': async (tx, payload, now) => {
    await alertSupervisor(tx, alarmIdOf(payload), now);
  },
};

function alarmIdOf(payload: Record<string, unknown>): string {
  if (typeof payload.alarmId !== 'string' || !payload.alarmId) throw new Error('job payload has no alarmId');
  return payload.alarmId;
}

function ringOf(payload: Record<string, unknown>): number {
  const ring = Number(payload.ring);
  if (!Number.isInteger(ring)) throw new Error('job payload has no ring');
  return ring;
}
