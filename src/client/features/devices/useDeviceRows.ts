// Reads the devices screen's rows from the device's db (ALM-9): technical alarms and devices, each with the resident's
// name and community, and the open count for the console strip. Must only read the local db.
import { useLiveQuery } from 'dexie-react-hooks';
import type { z } from 'zod';
import type { LocalDb, LocalRow } from '../../../local/local-db';
import type { deviceRow, technicalAlarmRow } from '../../../protocol/devices';
import { useSync } from '../../app/sync/useSync';
import { mostUrgentOpenKind, sortTechnicalAlarms } from './device-helpers';

export type TechAlarm = z.infer<typeof technicalAlarmRow> & { _id: string };
export type Device = z.infer<typeof deviceRow> & { _id: string };

export interface Place {
  residentName: string | null;
  /** The resident's row is referenced but not (yet) on this device. */
  residentMissing: boolean;
  community: { name: string; nameEn: string } | null;
}

export interface TechAlarmView extends Place {
  alarm: TechAlarm;
}

export interface DeviceView extends Place {
  device: Device;
}

// Cleared alarms stay readable for a while on the screen, not forever: the newest this many.
const clearedShown = 20;

async function placesOf(db: LocalDb, refs: { residentId: string | null; communityId?: string | null }[]) {
  const residentIds = [...new Set(refs.map((r) => r.residentId).filter((id): id is string => !!id))];
  const residents = await db.residents.bulkGet(residentIds);
  const residentsById = new Map(residents.filter((r): r is LocalRow => !!r).map((r) => [r._id, r]));
  const communityIds = new Set<string>();
  for (const r of refs) {
    const id = r.communityId ?? (r.residentId ? residentsById.get(r.residentId)?.communityId : null);
    if (typeof id === 'string') communityIds.add(id);
  }
  const communities = await db.communities.bulkGet([...communityIds]);
  const communitiesById = new Map(communities.filter((c): c is LocalRow => !!c).map((c) => [c._id, c]));
  return (ref: { residentId: string | null; communityId?: string | null }): Place => {
    const resident = ref.residentId ? residentsById.get(ref.residentId) : undefined;
    const communityId = ref.communityId ?? (resident ? String(resident.communityId) : null);
    const community = communityId ? communitiesById.get(communityId) : undefined;
    return {
      residentName: resident ? String(resident.name) : null,
      residentMissing: !!ref.residentId && !resident,
      community: community ? { name: String(community.name), nameEn: String(community.nameEn ?? '') } : null,
    };
  };
}

/** Technical alarms: open and acknowledged first, newest first, then the newest cleared; undefined while reading. */
export function useTechnicalAlarms(): TechAlarmView[] | undefined {
  const { db } = useSync();
  return useLiveQuery(async () => {
    const rows = sortTechnicalAlarms((await db.technical_alarms.toArray()) as unknown as TechAlarm[]);
    const active = rows.filter((r) => r.status !== 'cleared');
    const shown = [...active, ...rows.filter((r) => r.status === 'cleared').slice(0, clearedShown)];
    const placeOf = await placesOf(db, shown);
    return shown.map((alarm) => ({ alarm, ...placeOf(alarm) }));
  }, [db]);
}

/** Every device on this device's db, by account; undefined while reading. */
export function useDevices(): DeviceView[] | undefined {
  const { db } = useSync();
  return useLiveQuery(async () => {
    const rows = (await db.devices.toArray()) as unknown as Device[];
    rows.sort((a, b) => a.account.localeCompare(b.account));
    const placeOf = await placesOf(db, rows);
    return rows.map((device) => ({ device, ...placeOf(device) }));
  }, [db]);
}

/** Open technical alarms for the console strip: how many, and the most urgent kind. */
export function useOpenTechnicalSummary() {
  const { db } = useSync();
  return useLiveQuery(async () => {
    const open = (await db.technical_alarms.filter((r) => r.status === 'open').toArray()) as unknown as TechAlarm[];
    return { count: open.length, mostUrgent: mostUrgentOpenKind(open) };
  }, [db]);
}

/** The residents the form may bind: id, name, and words that tell namesakes apart (birth year, community). */
export function useResidentChoices(): ResidentChoice[] | undefined {
  const { db } = useSync();
  return useLiveQuery(async () => {
    const [rows, communities] = await Promise.all([db.residents.toArray(), db.communities.toArray()]);
    const communityName = new Map(communities.map((c) => [c._id, String(c.name ?? '')]));
    return rows.map((r) => ({
      id: r._id,
      name: String(r.name ?? ''),
      hint: [String(r.birthDate ?? '').slice(0, 4), communityName.get(String(r.communityId)) ?? '']
        .filter(Boolean)
        .join(' · '),
    }));
  }, [db]);
}

export interface ResidentChoice {
  id: string;
  name: string;
  hint: string;
}
