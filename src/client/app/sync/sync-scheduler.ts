// When the device syncs (SYN-1): on start, when the browser comes back online, on an SSE poke, every 5 minutes,
// after a local change, and with backoff after a network failure. Must not render or touch storage itself.
import { type FatalSyncError, TransportError } from '../../../local/transport';

// A routine check in case a poke was missed (e.g. the SSE connection was down for a moment).
const periodicMs = 5 * 60_000;
// After a network failure: 2 s, doubling, at most 5 minutes (a phone in a basement should not drain its battery).
const firstBackoffMs = 2_000;
const maxBackoffMs = 5 * 60_000;

export interface SchedulerOptions {
  sync: () => Promise<unknown>;
  eventsUrl: string;
  onSyncing: (syncing: boolean) => void;
  onResult: (error: null | TransportError | FatalSyncError | Error) => void;
}

export interface Scheduler {
  /** Sync as soon as possible; calls while a sync runs are folded into one more run. */
  request(): void;
  stop(): void;
}

export function startScheduler(o: SchedulerOptions): Scheduler {
  let stopped = false;
  let running = false;
  let again = false;
  let backoffMs = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  async function run(): Promise<void> {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(retryTimer);
    if (!navigator.onLine) return;
    running = true;
    o.onSyncing(true);
    try {
      await o.sync();
      backoffMs = 0;
      if (!stopped) o.onResult(null);
    } catch (error) {
      if (stopped) return;
      if (error instanceof TransportError) {
        backoffMs = backoffMs ? Math.min(backoffMs * 2, maxBackoffMs) : firstBackoffMs;
        retryTimer = setTimeout(() => void run(), backoffMs);
      }
      o.onResult(error instanceof Error ? error : new Error(String(error)));
    } finally {
      running = false;
      if (!stopped) o.onSyncing(false);
    }
    if (again && !stopped) {
      again = false;
      void run();
    }
  }

  const request = () => void run();
  const onOnline = () => {
    backoffMs = 0;
    request();
  };
  window.addEventListener('online', onOnline);
  const periodic = setInterval(request, periodicMs);
  let events: EventSource | null = null;
  if (typeof EventSource !== 'undefined') {
    events = new EventSource(o.eventsUrl);
    events.addEventListener('poke', request);
  }
  request();

  return {
    request,
    stop() {
      stopped = true;
      clearTimeout(retryTimer);
      clearInterval(periodic);
      window.removeEventListener('online', onOnline);
      events?.close();
    },
  };
}
