// Owns the signed-in user's device data and sync (SYN-1, FLD-2): opens the local db, creates the engine with the
// HTTP transport, runs the scheduler, and offers live state. Must not render screens or delete data except on wipe().
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Actor } from '../../../domain/access/roles';
import { localDbName, openLocalDb } from '../../../local/local-db';
import { createSyncEngine } from '../../../local/sync-engine';
import { createHttpTransport, FatalSyncError, TransportError } from '../../../local/transport';
import { useI18n } from '../i18n/useI18n';
import { deviceClientId } from './client-id';
import { type MutationLabel, type SyncApi, SyncContext, type SyncView } from './sync-context';
import { type Scheduler, startScheduler } from './sync-scheduler';
import { wipeDevice } from './wipe-device';

interface SyncProviderProps {
  /** The signed-in user as the domain rules see them: the device applies the same rules as the server. */
  actor: Actor;
  token: string;
  /** The server says the session is gone: end it, keeping the device's data (pending changes are not lost). */
  onSessionEnded: () => void;
  children: ReactNode;
}

const labelKey = (id: string) => `label:${id}`;
const sessionCodes = new Set(['auth.session_expired', 'auth.required']);

export function SyncProvider({ actor: sessionActor, token, onSessionEnded, children }: SyncProviderProps) {
  // The actor is fixed for a session (the provider is keyed by user): kept from the first render, so a parent's new
  // object with the same facts never recreates the engine.
  const [actor] = useState(sessionActor);
  const { userId } = actor;
  const { lang, t } = useI18n();
  const langRef = useRef(lang);
  langRef.current = lang;
  const tokenRef = useRef(token);
  tokenRef.current = token;
  const endedRef = useRef(onSessionEnded);
  endedRef.current = onSessionEnded;
  const schedulerRef = useRef<Scheduler | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [lastError, setLastError] = useState<SyncView['lastError']>(null);
  const [wiping, setWiping] = useState(false);

  const db = useMemo(() => openLocalDb(localDbName(userId)), [userId]);
  const engine = useMemo(
    () =>
      createSyncEngine({
        db,
        transport: createHttpTransport({ token: () => tokenRef.current, lang: () => langRef.current }),
        user: { id: userId, actor },
        clientId: deviceClientId(),
      }),
    [db, userId, actor],
  );

  useEffect(() => {
    const scheduler = startScheduler({
      sync: async () => {
        await engine.sync();
        await forgetSettledLabels(db);
      },
      eventsUrl: `/api/events?token=${encodeURIComponent(token)}`,
      onSyncing: setSyncing,
      onResult: (error) => {
        if (!error) setLastError(null);
        else if (error instanceof TransportError) setLastError({ kind: 'offline' });
        else if (error instanceof FatalSyncError && sessionCodes.has(error.code)) endedRef.current();
        else setLastError({ kind: 'refused', message: error.message });
      },
    });
    schedulerRef.current = scheduler;
    return () => {
      scheduler.stop();
      if (schedulerRef.current === scheduler) schedulerRef.current = null;
    };
  }, [db, engine, token]);

  const outbox = useLiveQuery(() => (wiping ? [] : db.outbox.orderBy('seq').toArray()), [db, wiping]);
  const meta = useLiveQuery(
    async () => (wiping ? [] : db.meta.where('key').startsWith('label:').or('key').equals('lastSyncAt').toArray()),
    [db, wiping],
  );

  const state = useMemo<SyncView>(() => {
    const labels = new Map((meta ?? []).map((m) => [m.key, m.value as MutationLabel]));
    const entries = outbox ?? [];
    return {
      ready: outbox !== undefined,
      pending: entries.filter((e) => e.status === 'pending').length,
      rejected: entries
        .filter((e) => e.status === 'rejected')
        .map((entry) => ({ entry, label: labels.get(labelKey(entry.id)) ?? null })),
      lastSyncAt: (labels.get('lastSyncAt') as unknown as string | undefined) ?? null,
      syncing,
      lastError,
    };
  }, [outbox, meta, syncing, lastError]);

  const mutate = useCallback(
    async (name: string, args: unknown, label?: MutationLabel) => {
      const id = await engine.mutate(name, args);
      if (label) await db.meta.put({ key: labelKey(id), value: label });
      if (navigator.onLine) schedulerRef.current?.request();
      return id;
    },
    [db, engine],
  );

  const api = useMemo<SyncApi>(
    () => ({
      db,
      userId,
      actor,
      state,
      mutate,
      syncNow: () => schedulerRef.current?.request(),
      dismissRejected: async (id) => {
        await engine.dismissRejected(id);
        await db.meta.delete(labelKey(id));
      },
      wipe: async () => {
        schedulerRef.current?.stop();
        setWiping(true);
        await wipeDevice(db);
      },
    }),
    [db, userId, actor, state, mutate, engine],
  );

  if (wiping) return <p className="sync-wiping">{t('signout.wiping')}</p>;
  return <SyncContext.Provider value={api}>{children}</SyncContext.Provider>;
}

/** Labels only matter while their change is in the outbox; drop the rest after each sync. */
async function forgetSettledLabels(db: ReturnType<typeof openLocalDb>): Promise<void> {
  const ids = new Set((await db.outbox.toArray()).map((e) => e.id));
  await db.meta
    .where('key')
    .startsWith('label:')
    .filter((m) => !ids.has(m.key.slice('label:'.length)))
    .delete();
}
