// The hook screens use for the device's sync: live state, mutate, syncNow, dismissRejected.
// Must only read the context; outside a SyncProvider it fails loudly.
import { useContext } from 'react';
import { type SyncApi, SyncContext } from './sync-context';

export function useSync(): SyncApi {
  const value = useContext(SyncContext);
  if (value === null) throw new Error('useSync must be used inside <SyncProvider>');
  return value;
}
