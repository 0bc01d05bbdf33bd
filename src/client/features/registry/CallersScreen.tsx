// Caller numbers (REG-4) at /callers[/<number>]: type a number and its class icon and case history show at once;
// those with callers.classify set its class; below, the classed numbers filterable by class. Reads only the device.
import './registry.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Notice } from '../../ui/Notice';
import { RaiseAlarmButton } from '../alarms/RaiseAlarmButton';
import { CallerClassForm } from './CallerClassForm';
import { CallerClassIcon } from './CallerClassIcon';
import { CallerHistory } from './CallerHistory';
import { ClassedCallers } from './ClassedCallers';
import { isCallerClass, lookupOf } from './callers';
import { useRefusal } from './DetailParts';
import { registryPath } from './registry-path';
import { useSessionUser } from './useSessionUser';

function initialNumber(path: string): string {
  const rest = path.split('/').filter(Boolean)[1];
  return rest ? decodeURIComponent(rest) : '';
}

function CallerCard({ phone }: { phone: string }) {
  const { t, lang } = useI18n();
  const { db } = useSync();
  const access = useSessionUser();
  const refusal = useRefusal(phone);
  const caller = useLiveQuery(async () => (await db.callers.get(phone)) ?? null, [db, phone]);
  const resident = useLiveQuery(
    async () => (caller?.residentId ? ((await db.residents.get(String(caller.residentId))) ?? null) : null),
    [db, caller],
  );
  if (caller === undefined) return null;
  const cls = caller && isCallerClass(caller.class) ? caller.class : 'normal';
  const day = (iso: unknown) => new Date(String(iso)).toLocaleDateString(lang);
  return (
    <section className="caller-card" data-testid="caller-card" data-phone={phone}>
      <div className="caller-card__head">
        <CallerClassIcon value={cls} size="large" />
        <div>
          <p className="caller-card__phone">
            <a href={`tel:${phone}`}>{phone}</a>
            {caller?._mutationId ? <span className="reg-row__pending">{t('callers.pending')}</span> : null}
          </p>
          {caller?.name ? <p className="caller-card__name">{String(caller.name)}</p> : null}
          {caller ? (
            <p className="reg-muted">
              {t('callers.seen', { first: day(caller.firstSeenAt), last: day(caller.lastSeenAt) })}
            </p>
          ) : (
            <p className="reg-muted">{t('callers.unknown')}</p>
          )}
          {resident ? (
            <p>
              <Link href={registryPath('residents', String(resident.id))}>
                {t('callers.resident', { name: String(resident.name) })}
              </Link>
            </p>
          ) : null}
          {caller?.note ? <p className="caller-card__note">{String(caller.note)}</p> : null}
        </div>
      </div>
      {refusal ? <Notice tone="error">{t('callers.refused', { reason: refusal })}</Notice> : null}
      {/* A call from an elderly resident's number can become an alarm at once (ALM-1). */}
      {resident && access.can('alarms.raise') ? (
        <RaiseAlarmButton residentId={String(resident.id ?? resident._id)} />
      ) : null}
      <CallerHistory phone={phone} />
      {access.can('callers.classify') ? (
        <CallerClassForm
          key={`${phone}:${String(caller?.class ?? '')}`}
          phone={phone}
          current={caller ? { class: cls, name: String(caller.name ?? ''), note: String(caller.note ?? '') } : null}
        />
      ) : (
        <p className="reg-muted">{t('callers.notAllowed')}</p>
      )}
    </section>
  );
}

export default function CallersScreen() {
  const { t } = useI18n();
  const [location] = useLocation();
  const [typed, setTyped] = useState(() => initialNumber(location));
  const lookup = lookupOf(useDeferredValue(typed));

  useEffect(() => {
    document.title = `${t('callers.title')} · ${t('app.name')} ${t('app.latinName')}`;
  }, [t]);

  return (
    <main className="reg" data-testid="screen-callers">
      <h1 className="reg__title">{t('callers.title')}</h1>
      <div className="reg-search caller-lookup">
        <label className="reg-search__label" htmlFor="caller-lookup">
          {t('callers.lookup')}
        </label>
        <input
          id="caller-lookup"
          className="reg-input caller-lookup__input"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={typed}
          placeholder="138 0000 0000"
          aria-describedby="caller-lookup-hint"
          onChange={(e) => setTyped(e.target.value)}
          data-testid="caller-lookup"
        />
        <p id="caller-lookup-hint" className="reg-muted">
          {t('callers.lookupHint')}
        </p>
      </div>
      {lookup.valid ? <CallerCard phone={lookup.phone} /> : null}
      {!lookup.valid && lookup.phone.length >= 11 ? <Notice tone="warning">{t('callers.invalid')}</Notice> : null}
      <ClassedCallers
        onPick={(phone) => {
          setTyped(phone);
          window.scrollTo({ top: 0 });
        }}
      />
    </main>
  );
}
