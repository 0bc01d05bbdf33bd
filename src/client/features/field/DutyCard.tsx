// The field worker's on-duty switch (FLD-3): shows the device's duty state (meta 'duty') and sends duty.set, with
// the position when the phone gives one within 8 s. Never blocks going on duty: without a fix it says so plainly and
// offers an approximate place (the community's centre, ±1 km), since alarms only reach responders with a position
// (ALM-3). While on duty and open, the fix is refreshed every 5 min so the position does not go stale.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import {
  type ApproximatePlace,
  approximatePlace,
  type DutyState,
  dutyRefresh,
  isApproximate,
  type PlaceCommunity,
  type Position,
  positionAgeMinutes,
  REFRESH_EVERY_MS,
} from '../../../domain/field/duty';
import type { SessionUser } from '../../../protocol/auth';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { formatTime } from '../sync/describe-change';

// A worker going on duty should not wait long: after 8 s the change goes without a position.
const positionTimeoutMs = 8_000;
// A responder's duty position stops placing them for alarms after this (ALM-3's policy).
const staleAfterMs = 30 * 60_000;

type Located = { ok: true; position: Position } | { ok: false; reason: 'denied' | 'noFix' };

function locate(): Promise<Located> {
  if (!('geolocation' in navigator)) return Promise.resolve({ ok: false, reason: 'noFix' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, reason: 'noFix' }), positionTimeoutMs + 500);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        clearTimeout(timer);
        resolve({
          ok: true,
          position: { lat: p.coords.latitude, lng: p.coords.longitude, accuracy: p.coords.accuracy },
        });
      },
      (error) => {
        clearTimeout(timer);
        resolve({ ok: false, reason: error.code === error.PERMISSION_DENIED ? 'denied' : 'noFix' });
      },
      { timeout: positionTimeoutMs, maximumAge: 60_000, enableHighAccuracy: true },
    );
  });
}

/** The stored duty state, tolerating values written before the position was kept. */
function readDuty(value: unknown): DutyState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<DutyState>;
  return { onDuty: Boolean(v.onDuty), position: v.position ?? null, at: v.at ?? null };
}

interface PlaceInfo {
  place: ApproximatePlace;
  community?: { name: string; nameEn: string };
  district?: { name: string; nameEn: string };
}

export function DutyCard({ user }: { user: SessionUser }) {
  const { t, lang } = useI18n();
  const { db, mutate } = useSync();
  const duty = useLiveQuery(async () => readDuty((await db.meta.get('duty'))?.value), [db]);
  const communityKey = user.communityIds.join(',');
  const placeInfo = useLiveQuery(async (): Promise<PlaceInfo | null> => {
    const v = user.volunteerId ? await db.volunteers.get(user.volunteerId) : undefined;
    const volunteer = v
      ? {
          communityId: (v.communityId as string | null) ?? null,
          lat: (v.lat as number | null) ?? null,
          lng: (v.lng as number | null) ?? null,
        }
      : null;
    const ids = [...(user.role === 'liaison' ? user.communityIds : []), volunteer?.communityId].filter(
      (id): id is string => typeof id === 'string',
    );
    const rows = (await db.communities.bulkGet(ids)).filter((r) => r !== undefined);
    const communities = rows.map((r) => ({ id: r._id, lat: r.lat, lng: r.lng }) as PlaceCommunity);
    const place = approximatePlace(
      { role: user.role, communityIds: communityKey ? communityKey.split(',') : [] },
      communities,
      volunteer,
    );
    if (!place) return null;
    if (place.kind === 'home') return { place };
    const community = rows.find((r) => r._id === place.communityId);
    const district = community ? await db.districts.get(community.districtId as string) : undefined;
    return {
      place,
      community: community as PlaceInfo['community'],
      district: district as PlaceInfo['district'],
    };
  }, [db, user.role, user.volunteerId, communityKey]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<'denied' | 'noFix' | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const onDuty = Boolean(duty?.onDuty);

  // The refresh reads the latest state through refs so the 5-minute timer is not restarted by every render.
  const dutyRef = useRef(duty);
  dutyRef.current = duty;
  const mutateRef = useRef(mutate);
  mutateRef.current = mutate;

  useEffect(() => {
    if (!onDuty) return;
    let cancelled = false;
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        const found = await locate();
        const last = dutyRef.current;
        if (cancelled || !last) return;
        if (found.ok) setFailure(null);
        const push = dutyRefresh(last, found.ok ? found.position : null, new Date());
        if (push) await mutateRef.current('duty.set', { onDuty: true, position: push });
      } finally {
        running = false;
      }
    };
    const at = dutyRef.current?.at;
    if (!at || Date.now() - Date.parse(at) >= REFRESH_EVERY_MS) void tick();
    const refresh = setInterval(() => void tick(), REFRESH_EVERY_MS);
    const clock = setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      cancelled = true;
      clearInterval(refresh);
      clearInterval(clock);
    };
  }, [onDuty]);

  async function toggle() {
    setBusy(true);
    try {
      if (onDuty) {
        setFailure(null);
        await mutate('duty.set', { onDuty: false });
      } else {
        const found = await locate();
        setFailure(found.ok ? null : found.reason);
        await mutate('duty.set', found.ok ? { onDuty: true, position: found.position } : { onDuty: true });
      }
    } finally {
      setNow(Date.now());
      setBusy(false);
    }
  }

  async function shareApproximate() {
    if (!placeInfo) return;
    setBusy(true);
    try {
      await mutate('duty.set', { onDuty: true, position: placeInfo.place.position });
    } finally {
      setNow(Date.now());
      setBusy(false);
    }
  }

  const placeLabel = (info: PlaceInfo | null | undefined): string => {
    if (!info || info.place.kind === 'home' || !info.community) return t('duty.home');
    const { community, district } = info;
    if (lang === 'en') return district ? `${community.nameEn}, ${district.nameEn}` : community.nameEn;
    return district ? `${district.name} ${community.name}` : community.name;
  };

  const position = onDuty && !busy ? (duty?.position ?? null) : null;
  const stale = Boolean(position && duty?.at && now - Date.parse(duty.at) > staleAfterMs);
  const unreachable = onDuty && !busy && (!position || stale);

  return (
    <Card title={t('duty.title')} testId="duty-card">
      <label className="duty-switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={onDuty}
          checked={onDuty}
          disabled={busy || duty === undefined}
          onChange={toggle}
          data-testid="duty-toggle"
          data-on={onDuty}
        />
        <span className="duty-switch__label">{t('duty.switchLabel')}</span>
      </label>
      <p className="duty-switch__state" data-testid="duty-state">
        {busy && !onDuty ? t('duty.locating') : onDuty ? t('duty.on') : t('duty.off')}
        {duty?.at && !busy && !onDuty ? ` · ${t('duty.since', { time: formatTime(duty.at, lang) })}` : ''}
      </p>
      {position ? (
        <p
          className="duty-switch__position"
          data-testid="duty-position"
          data-source={isApproximate(position) ? 'approximate' : 'gps'}
        >
          {isApproximate(position)
            ? t('duty.approximate', { place: placeLabel(placeInfo) })
            : t('duty.position', {
                min: duty?.at ? positionAgeMinutes(duty.at, new Date(now)) : 0,
                m: Math.round(position.accuracy),
              })}
        </p>
      ) : null}
      {unreachable ? (
        <div className="duty-switch__warning" role="status" data-testid="duty-warning">
          <p>
            {!position && failure
              ? `${t(failure === 'denied' ? 'duty.denied' : 'duty.noFix')}${lang === 'en' ? ' ' : ''}`
              : ''}
            {t(position ? 'duty.stale' : 'duty.noPosition')}
          </p>
          {placeInfo ? (
            <Button variant="secondary" onClick={shareApproximate} data-testid="duty-use-community">
              {t('duty.useCommunity')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
