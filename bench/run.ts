// `npm run bench -- <name>`: runs one benchmark; each prints one JSON line per result (ARCHITECTURE §8).
const benches: Record<string, () => Promise<void>> = {
  sync: async () => (await import('./sync-bench')).runSyncBench(),
  nearest: async () => (await import('./nearest-bench')).runNearestBench(),
  map: async () => (await import('./map-bench')).runMapBench(),
  alarm: async () => (await import('./alarm-bench')).runAlarmBench(),
  field: async () => (await import('./field-bench')).runFieldBench(),
  dc09: async () => (await import('./dc09-bench')).runDc09Bench(),
};

const benchName = process.argv[2] ?? '';
const run = benches[benchName];
if (!run) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exit(2);
}
await run();

export {};
