// `npm test`: lint (Biome, with the layer rules), type check (TypeScript 7, app and pure domain), then every vitest
// project (unit, contract, integration, e2e). Ends with one plain line "N passed, N failed" for CI to read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  ['lint', bin('biome'), ['check', '.']],
  ['types (app)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['types (domain is pure)', bin('tsc'), ['--noEmit', '-p', 'src/domain/tsconfig.json']],
];
const extra = process.argv.slice(2);
let failedSteps = 0;

for (const [name, cmd, args] of steps) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  const ok = r.status === 0;
  if (!ok) failedSteps++;
  console.log(`[test] ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
rmSync(report, { force: true });
const vitest = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  skipped = json.numPendingTests + (json.numTodoTests ?? 0);
}
if (vitest.status !== 0 && failed === 0) failed = 1; // vitest itself failed (setup error, no report)
failed += failedSteps;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
