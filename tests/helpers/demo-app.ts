// For a browser suite: the real server on the demo (its own PGlite directory) and one Chromium, started before the
// suite's tests and stopped after them. Must not sign anyone in: suites do that with signIn (browser.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { type ServerProcess, startServer } from './server-process';

export interface DemoApp {
  readonly server: ServerProcess;
  readonly browser: Browser;
}

/** Call inside a describe: registers the suite's beforeAll/afterAll and returns the running pair. `env` may be computed
 * just before the start (a free port, say). */
export function useDemoAppInChromium(
  name: string,
  env: Record<string, string> | (() => Promise<Record<string, string>>) = {},
): DemoApp {
  const dir = mkdtempSync(join(tmpdir(), `anxin-e2e-${name}-`));
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer({ ANXIN_DATA_DIR: dir, ...(typeof env === 'function' ? await env() : env) });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get server() {
      if (!server) throw new Error('the demo server is not started yet (use it inside a test)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not started yet (use it inside a test)');
      return browser;
    },
  };
}
