// The composition root: reads the configuration, opens and prepares the store, starts HTTP, prints the demo accounts.
// Must not hold rules: it wires modules together and owns start-up and shutdown only.
import { join } from 'node:path';
import { prepareStore } from './boot';
import { loadConfig } from './config';
import { createProcessQueue } from './gateways/dc09/process-queue';
import { createDc09Receiver, type Dc09Receiver } from './gateways/dc09/receiver';
import { buildApp } from './http/build-app';
import { alarmJobHandlers } from './jobs/alarm-job-handlers';
import { createDeviceJobHandlers, ensureLivenessJob } from './jobs/device-job-handlers';
import { createHousekeepingJobHandlers, ensureHousekeepingJobs } from './jobs/housekeeping-jobs';
import { composeJobHandlers } from './jobs/job-handlers';
import { createJobRunner } from './jobs/job-runner';
import { orderJobHandlers } from './jobs/order-job-handlers';
import { createOutboxSender } from './notify/outbox-sender';
import { createSmsGateway } from './notify/sms-gateway';
import { createWebPushSender, lazyVapidDetails } from './notify/web-push';
import { demoAccounts } from './seed/demo';
import { openStore } from './store/open';
import { appVersion } from './version';

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config);
  const started = Date.now();
  const prepared = await prepareStore(store, { demo: config.demo });
  const app = await buildApp({
    store,
    config,
    version: appVersion,
    staticDir: join(process.cwd(), 'dist'),
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
  });
  // Timers and notifications run beside HTTP, never inside a request (ARCHITECTURE §5).
  const deviceJobs = createDeviceJobHandlers({
    graceSeconds: config.dc09.graceSeconds,
    journalDays: config.dc09.journalDays,
  });
  const jobs = createJobRunner(
    store,
    composeJobHandlers(alarmJobHandlers, orderJobHandlers, deviceJobs, createHousekeepingJobHandlers()),
  );
  // Alarm devices (ALM-9): frames are journaled and answered by the receiver, processed after by the queue.
  const timers = config.alarmTimers;
  const dc09Queue = createProcessQueue(store, { timers });
  let dc09: Dc09Receiver | null = null;
  const webPush = createWebPushSender(lazyVapidDetails(store, config.vapid));
  const outbox = createOutboxSender(store, createSmsGateway(config.smsGateway), { webPush });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`[anxin] ${signal}: closing`);
    await dc09?.stop();
    await dc09Queue.stop();
    await jobs.stop();
    await outbox.stop();
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  await ensureLivenessJob(store, new Date());
  await ensureHousekeepingJobs(store, new Date());
  await jobs.start();
  await outbox.start();
  const recovered = await dc09Queue.recover();
  if (recovered) console.log(`[anxin] DC-09: ${recovered} journaled frames processed after a restart`);
  if (config.dc09.port > 0) {
    dc09 = createDc09Receiver({
      store,
      queue: dc09Queue,
      port: config.dc09.port,
      host: config.host,
      window: config.dc09.timeWindow,
    });
    await dc09.start();
    console.log(`[anxin] DC-09 receiver on TCP and UDP port ${config.dc09.port}`);
  }
  const where =
    store.kind === 'pglite'
      ? `PGlite in ${config.dataDir} (not crash-durable; use PostgreSQL in production)`
      : 'PostgreSQL';
  console.log(`[anxin] Anxin ${appVersion} on http://localhost:${config.port} — store: ${where}`);
  if (prepared.migrated.length) console.log(`[anxin] migrations applied: ${prepared.migrated.join(', ')}`);
  if (prepared.seeded) {
    const counts = Object.entries(prepared.seeded.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(`[anxin] Xianyang demo seeded in ${Date.now() - started} ms: ${counts}`);
  }
  if (config.demo) printDemoAccounts();
  console.log('[anxin] ready');
}

function printDemoAccounts(): void {
  console.log('[anxin] demo accounts (password: anxin-demo):');
  for (const a of demoAccounts) console.log(`  ${a.username.padEnd(12)} ${a.role.padEnd(15)} ${a.zh} · ${a.en}`);
}

main().catch((err: unknown) => {
  console.error('[anxin] failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
