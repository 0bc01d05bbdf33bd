// Builds the client (vite build) when dist/ is missing or older than any client source, so `npm start` works on a
// fresh clone and stays fast on the next start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const inputs = [
  'index.html',
  'vite.config.ts',
  'package-lock.json',
  'src/client',
  'src/domain',
  'src/protocol',
  'src/local',
  'sw',
  'public',
];
const output = 'dist/index.html';

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

const built = existsSync(output) ? statSync(output).mtimeMs : 0;
const source = Math.max(...inputs.map(newest));
if (built >= source) process.exit(0);
console.log('[anxin] building the client (first start or sources changed)…');
const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
  stdio: 'inherit',
  // A build started from the test runner inherits NODE_ENV=test, which would make a development bundle with no
  // service worker registration: the app a user starts is always the production build.
  env: { ...process.env, NODE_ENV: 'production' },
});
process.exit(result.status ?? 1);
