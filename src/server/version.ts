// The running version, from package.json, for /api/health and logs.
import { readFileSync } from 'node:fs';

export const appVersion: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;
