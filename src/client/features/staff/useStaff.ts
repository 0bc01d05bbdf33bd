// The field workers one may hand orders to (ORD-2, GET /api/staff): a vendor manager's technicians, or every field
// worker for the centre. The last answer is kept in meta 'staff' so dispatch and hand-over work offline. Must not
// check scope: the server answers what is allowed.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { StaffMember } from '../../../protocol/staff';
import { requestApi } from '../../app/api';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { useOnline } from '../../app/useOnline';

export interface KeptStaff {
  at: string;
  staff: StaffMember[];
}

// Without zod on the phone: just enough to not show garbage.
function isStaffList(value: unknown): value is { staff: StaffMember[] } {
  const staff = (value as { staff?: unknown } | null)?.staff;
  return (
    Array.isArray(staff) && staff.every((s) => typeof s?.userId === 'string' && typeof s?.displayName === 'string')
  );
}

export function useStaff(token: string | null, enabled = true): KeptStaff | null | undefined {
  const { db } = useSync();
  const { lang } = useI18n();
  const online = useOnline();
  const kept = useLiveQuery(async () => ((await db.meta.get('staff'))?.value as KeptStaff | undefined) ?? null, [db]);
  useEffect(() => {
    if (!enabled || !online || !token) return;
    const controller = new AbortController();
    requestApi('/api/staff', { token, lang, signal: controller.signal }).then(
      (body) => {
        if (isStaffList(body))
          void db.meta.put({ key: 'staff', value: { at: new Date().toISOString(), staff: body.staff } });
      },
      () => {
        // Offline or refused: the kept list stays.
      },
    );
    return () => controller.abort();
  }, [db, token, lang, online, enabled]);
  return kept;
}
