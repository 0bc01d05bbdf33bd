// Suites that need PostgreSQL or Chromium: locally a missing piece prints a loud SKIPPED line; in CI (CI=true) it
// fails the run, because a skipped half of the suite is not a pass (ARCHITECTURE §8).
import { existsSync } from 'node:fs';

export const postgresUrl = process.env.TEST_DATABASE_URL || '';
export const chromiumPath = '/usr/bin/chromium';
const inCi = process.env.CI === 'true' || process.env.REQUIRE_E2E === '1';

/** True when the suite can run; false (after a loud line) when it may be skipped; throws in CI. */
export function available(what: 'postgres' | 'chromium'): boolean {
  const ok = what === 'postgres' ? Boolean(postgresUrl) : existsSync(chromiumPath);
  if (ok) return true;
  const why = what === 'postgres' ? 'TEST_DATABASE_URL is not set' : `${chromiumPath} is missing`;
  if (inCi) throw new Error(`${what} suite cannot run in CI: ${why}`);
  console.warn(`\n*** SKIPPED: ${what} suite (${why}) ***\n`);
  return false;
}
