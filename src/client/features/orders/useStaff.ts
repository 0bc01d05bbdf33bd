// The field workers the centre may hand orders to (GET /api/staff, ORD-2): the last answer kept in db.meta so the
// dispatch panel works offline, refreshed when online. Must not write anything but its own meta entry.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { type StaffMember, staffResponse } from '../../../protocol/staff';
import { requestApi } from '../../app/api';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { useOnline } from '../../app/useOnline';
import { useOrdersUser } from './useOrdersUser';

const metaKey = 'orders.staff';

export interface StaffState {
  staff: StaffMember[];
  /** When the cached list was fetched; null when there is none yet. */
  at: string | null;
}

export function useStaff(): StaffState | undefined {
  const { db } = useSync();
  const { lang } = useI18n();
  const online = useOnline();
  const { token } = useOrdersUser();
  const cached = useLiveQuery(async () => {
    const entry = await db.meta.get(metaKey);
    const parsed = staffResponse.safeParse(entry?.value);
    const at = (entry?.value as { at?: unknown } | undefined)?.at;
    return parsed.success
      ? { staff: parsed.data.staff, at: typeof at === 'string' ? at : null }
      : { staff: [], at: null };
  }, [db]);

  useEffect(() => {
    if (!online || !token) return;
    const controller = new AbortController();
    requestApi('/api/staff', { token, lang, signal: controller.signal }).then(
      async (body) => {
        const parsed = staffResponse.safeParse(body);
        if (parsed.success)
          await db.meta.put({ key: metaKey, value: { staff: parsed.data.staff, at: new Date().toISOString() } });
      },
      () => {
        // Offline or refused: the cached list stays, with its age shown.
      },
    );
    return () => controller.abort();
  }, [db, online, token, lang]);

  return cached;
}
