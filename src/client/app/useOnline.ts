// Whether the browser believes it has a network: navigator.onLine, kept current by the online/offline events.
// Must not probe the server: onLine can say "online" on a dead Wi-Fi, so requests still handle OfflineError.
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}
