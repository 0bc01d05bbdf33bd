// The alarm screens' hook on the live SSE events: calls `onEvent` for each `alarm` / `offer` / `taken` and asks the
// sync engine to pull at once, so the rows arrive within a second. Must not keep alarm state itself.
import { useEffect, useRef } from 'react';
import { loadSession } from '../../app/session';
import { useSync } from '../../app/sync/useSync';
import { type AlarmLiveEvent, subscribeAlarmEvents } from './alarm-events';

export function useAlarmEvents(onEvent: (event: AlarmLiveEvent) => void): void {
  const { syncNow } = useSync();
  // One stream per signed-in session; SyncProvider is keyed by user, so the token is stable while mounted.
  const token = loadSession()?.token;
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const syncRef = useRef(syncNow);
  syncRef.current = syncNow;

  useEffect(() => {
    if (!token) return;
    return subscribeAlarmEvents(`/api/events?token=${encodeURIComponent(token)}`, (event) => {
      handler.current(event);
      syncRef.current();
    });
  }, [token]);
}
