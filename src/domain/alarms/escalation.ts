// The escalation plan of an alarm (ALM-4) as pure data: when each next ring and the supervisor are due.
// Must not read a clock or schedule anything: the server turns the plan into jobs rows.

export interface EscalationTimers {
  /** Seconds between rings while nobody accepts (ANXIN_ALARM_RING_SECONDS, 60). */
  ringSeconds: number;
  /** Seconds from the raise to the supervisor alert (ANXIN_ALARM_SUPERVISOR_SECONDS, 180). */
  supervisorSeconds: number;
}

export const defaultEscalationTimers: EscalationTimers = { ringSeconds: 60, supervisorSeconds: 180 };

export type EscalationStep = { type: 'ring'; ring: number; at: Date } | { type: 'supervisor'; at: Date };

/** When ring n (1-based) is due: ring 1 at the raise, each next one ringSeconds later. */
export function ringDueAt(raisedAt: Date, ring: number, timers: EscalationTimers): Date {
  return new Date(raisedAt.getTime() + (ring - 1) * timers.ringSeconds * 1000);
}

/** Every step after ring 1, in time order (a ring and the supervisor due together: the ring first). */
export function planEscalation(raisedAt: Date, timers: EscalationTimers, rings: number): EscalationStep[] {
  const steps: EscalationStep[] = [];
  for (let ring = 2; ring <= rings; ring++) steps.push({ type: 'ring', ring, at: ringDueAt(raisedAt, ring, timers) });
  steps.push({ type: 'supervisor', at: new Date(raisedAt.getTime() + timers.supervisorSeconds * 1000) });
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The steps due at `now` that are not yet done, while the alarm is still unanswered. */
export function dueSteps(plan: readonly EscalationStep[], now: Date, accepted: boolean): EscalationStep[] {
  return accepted ? [] : plan.filter((s) => s.at.getTime() <= now.getTime());
}
