// A background loop: runs a tick every pollMs and at once on each commit notice, never two ticks at a time.
// Must not know what the tick does (jobs, the SMS outbox); a failing tick is logged and the loop goes on.
import { COMMIT_CHANNEL } from '../events/commit-channel';
import type { Store } from '../store/store';

export interface PollLoop {
  start(): Promise<void>;
  /** Stops polling and waits for the tick in progress. */
  stop(): Promise<void>;
  /** Asks for a tick now (or right after the current one). */
  wake(): void;
}

/** tick returns true when it stopped early with more work waiting, so the loop goes again at once. */
export function createPollLoop(store: Store, name: string, tick: () => Promise<boolean>, pollMs: number): PollLoop {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let interval: ReturnType<typeof setInterval> | undefined;
  let stopListening: (() => Promise<void>) | undefined;

  function wake(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = tick()
      .then((more) => {
        if (more) again = true;
      })
      .catch((err: unknown) => console.error(`[${name}] tick failed:`, err instanceof Error ? err.message : err))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          wake();
        }
      });
  }

  return {
    async start() {
      stopped = false;
      stopListening = await store.listen(COMMIT_CHANNEL, wake);
      interval = setInterval(wake, pollMs);
      wake();
    },
    async stop() {
      stopped = true;
      clearInterval(interval);
      await stopListening?.();
      while (running) await running;
    },
    wake,
  };
}
