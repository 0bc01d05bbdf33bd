// The React context of the device's sync (SYN-1, FLD-2): live state, mutate, sync now, dismiss, wipe.
// Must not hold state or logic itself: SyncProvider owns it, useSync reads it.
import { createContext } from 'react';
import type { Actor } from '../../../domain/access/roles';
import type { LocalDb, OutboxEntry } from '../../../local/local-db';

/** Words for a change the user made, kept on the device so a refusal can be told in plain words. */
export interface MutationLabel {
  orderNo?: string;
}

export interface RefusedChange {
  entry: OutboxEntry;
  label: MutationLabel | null;
}

export interface SyncView {
  /** False until the first read of the outbox. */
  ready: boolean;
  pending: number;
  rejected: RefusedChange[];
  lastSyncAt: string | null;
  syncing: boolean;
  /** 'offline' after a network failure (retrying), else the server's reason; null when the last sync worked. */
  lastError: { kind: 'offline' } | { kind: 'refused'; message: string } | null;
}

export interface SyncApi {
  db: LocalDb;
  userId: string;
  /** The signed-in user's role and scope, for the domain rules the screens and the device apply. */
  actor: Actor;
  state: SyncView;
  mutate(name: string, args: unknown, label?: MutationLabel): Promise<string>;
  syncNow(): void;
  dismissRejected(id: string): Promise<void>;
  /** Stops syncing and deletes this user's data from the device (SEC-2). */
  wipe(): Promise<void>;
}

export const SyncContext = createContext<SyncApi | null>(null);
