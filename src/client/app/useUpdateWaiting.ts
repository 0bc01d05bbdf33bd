// Whether a new app version is installed and waiting for the user's go-ahead.
// Must only read the service-worker store; applying the update is service-worker.ts's applyUpdate.
import { useSyncExternalStore } from 'react';
import { isUpdateWaiting, subscribeToUpdate } from './service-worker';

export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(subscribeToUpdate, isUpdateWaiting, () => false);
}
