// Builds the client (vite build) when dist/ is missing or older than any client source, so `npm start` works on a
// fresh clone and stays fast on the next start. Builds into a fresh directory and swaps it in, under a lock, so a
// running server or a second build (parallel test runs) never sees a half-written dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
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

function isCurrent() {
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  return built >= Math.max(...inputs.map(newest));
}

const lock = '.tmp/build.lock';
const lockStaleMs = 10 * 60_000;

/** Waits for another build to finish (a lock older than 10 minutes is a crashed build's and is taken over). */
async function acquireLock() {
  mkdirSync('.tmp', { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > lockStaleMs) rmSync(lock, { recursive: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

if (isCurrent()) process.exit(0);
await acquireLock();
let status = 0;
try {
  // Another run may have built it while this one waited.
  if (!isCurrent()) status = build();
} finally {
  rmSync(lock, { recursive: true, force: true });
}
process.exit(status);

function build() {
  console.log('[anxin] building the client (first start or sources changed)…');
  const next = `.tmp/dist-${process.pid}`;
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', next, '--emptyOutDir'],
    {
      stdio: 'inherit',
      // A build started from the test runner inherits NODE_ENV=test, which would make a development bundle with no
      // service worker registration: the app a user starts is always the production build.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    return result.status ?? 1;
  }
  const old = `.tmp/dist-old-${process.pid}`;
  if (existsSync('dist')) renameSync('dist', old);
  renameSync(next, 'dist');
  rmSync(old, { recursive: true, force: true });
  return 0;
}
