// Once per e2e run: make sure dist/ holds a current client build.
import { spawnSync } from 'node:child_process';

export function setup(): void {
  const result = spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('client build failed');
}
