// Status dates of partner companies (REG-1): suspending or exiting a company stamps the day it happened.
// Pure: decides dates from the current record and the requested change; must not read clocks or stores.
import type { CompanyStatus } from './registry-kinds';

export interface CompanyStatusFacts {
  status: CompanyStatus;
  suspendedOn: string | null;
  exitedOn: string | null;
}

/** What an update asks for; undefined means "not given", null means "clear it". */
export interface CompanyStatusChange {
  status?: CompanyStatus | undefined;
  suspendedOn?: string | null | undefined;
  exitedOn?: string | null | undefined;
}

/**
 * The status and dates after a change, `today` as YYYY-MM-DD. Entering `suspended` or `exited` without a date
 * stamps today; staying in a status keeps its date; returning to `active` clears both dates unless they are given
 * (an explicit date always wins, so history can be imported as it was).
 */
export function applyCompanyStatus(
  current: CompanyStatusFacts | null,
  change: CompanyStatusChange,
  today: string,
): CompanyStatusFacts {
  const before: CompanyStatusFacts = current ?? { status: 'active', suspendedOn: null, exitedOn: null };
  const status = change.status ?? before.status;
  const entering = current === null || status !== before.status;
  let suspendedOn: string | null;
  let exitedOn: string | null;
  switch (status) {
    case 'active':
      suspendedOn = entering ? null : before.suspendedOn;
      exitedOn = entering ? null : before.exitedOn;
      break;
    case 'suspended':
      suspendedOn = entering ? today : (before.suspendedOn ?? today);
      exitedOn = null;
      break;
    case 'exited':
      // An exited company keeps the day it was suspended, if it was.
      suspendedOn = before.suspendedOn;
      exitedOn = entering ? today : (before.exitedOn ?? today);
      break;
    default: {
      const never: never = status;
      return never;
    }
  }
  if (change.suspendedOn !== undefined) suspendedOn = change.suspendedOn;
  if (change.exitedOn !== undefined) exitedOn = change.exitedOn;
  return { status, suspendedOn, exitedOn };
}
