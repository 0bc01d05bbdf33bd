// The registry of job handlers by kind, composed by main.ts from each feature's handlers (alarms: alarm.ring,
// alarm.supervisor; orders: order.confirm_due, order.service_due, order.reminder). Must not hold job logic itself:
// it only joins the groups and refuses a kind claimed twice.
import type { JobHandlers } from './job-runner';

export function composeJobHandlers(...groups: JobHandlers[]): JobHandlers {
  const all: JobHandlers = {};
  for (const group of groups) {
    for (const [kind, handler] of Object.entries(group)) {
      if (all[kind]) throw new Error(`two job handlers for kind '${kind}'`);
      all[kind] = handler;
    }
  }
  return all;
}
