// Intake at /orders/new (ORD-1): the caller's number first, what the centre knows of it at once, then the case;
// checked against the protocol schema before it is queued as order.create. Must not write rows itself.
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { orderTypes } from '../../../domain/orders/order-kinds';
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { useNow } from '../alarms/useNow';
import { CallerPanel } from './CallerPanel';
import { IntakeInput, IntakeSelect } from './IntakeInputs';
import {
  canCloseNow,
  checkIntake,
  createArgsOf,
  emptyDraft,
  type IntakeDraft,
  type IntakeErrors,
  type IntakeField,
  intakeFields,
  isOrderType,
} from './intake-model';
import { typeWord } from './order-words';
import { orderPath } from './orders-path';

const PickMap = lazy(() => import('./OrderMaps').then((m) => ({ default: m.PickMap })));

// Fast enough to feel immediate while typing, slow enough not to query on every key of a fast typist (ORD-1).
const lookupDebounceMs = 150;

function useDebounced<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setShown(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return shown;
}

export function IntakeForm() {
  const { t, lang } = useI18n();
  const { db, mutate } = useSync();
  const [, navigate] = useLocation();
  const now = useNow(60_000);
  const [draft, setDraft] = useState<IntakeDraft>(emptyDraft);
  const [errors, setErrors] = useState<IntakeErrors>({});
  const [busy, setBusy] = useState(false);
  const [showMap, setShowMap] = useState(false);
  const phone = useDebounced(draft.callerPhone, lookupDebounceMs);
  const formRef = useRef<HTMLFormElement>(null);
  const categories = useLiveQuery(() => db.service_categories.filter((c) => c.active !== false).toArray(), [db]);
  const communities = useLiveQuery(() => db.communities.toArray(), [db]);

  const set = <K extends keyof IntakeDraft>(key: K, value: IntakeDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    // A field's complaint goes as soon as it is edited; the schema checks again on submit.
    const field = (key === 'lat' ? 'lng' : key) as IntakeField;
    setErrors((e) => {
      if (!e[field]) return e;
      const { [field]: _gone, ...rest } = e;
      return rest;
    });
  };
  const nameOf = (row: LocalRow) => String(lang === 'en' && row.nameEn ? row.nameEn : row.name);
  const fieldLabel = (f: IntakeField): string => t(`ord.intake.field.${f}`);
  const errorOf = (f: IntakeField): string | null =>
    errors[f] ? t(`ord.intake.error.${errors[f]}`, { field: fieldLabel(f) }) : null;

  function pickResident(r: LocalRow | null) {
    setDraft((d) =>
      r
        ? {
            ...d,
            residentId: String(r.id),
            callerName: d.callerName || String(r.name ?? ''),
            address: String(r.address ?? '') || d.address,
            lat: typeof r.lat === 'number' ? r.lat : d.lat,
            lng: typeof r.lng === 'number' ? r.lng : d.lng,
            communityId: String(r.communityId ?? '') || d.communityId,
          }
        : { ...d, residentId: '' },
    );
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const id = crypto.randomUUID();
    const args = createArgsOf(draft, id);
    const found = checkIntake(args);
    setErrors(found);
    const first = intakeFields.find((f) => found[f]);
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await mutate('order.create', args);
      navigate(orderPath(id));
    } finally {
      setBusy(false);
    }
  }

  // Vendors list the leaf categories they serve, so a case names a leaf; its group is the heading (REG-5).
  const bySort = [...(categories ?? [])].sort((a, b) => Number(a.sort ?? 0) - Number(b.sort ?? 0));
  const categoryGroups = bySort
    .filter((g) => !g.parentId)
    .map((g) => {
      const children = bySort.filter((c) => c.parentId === g.id);
      const leaves = children.length > 0 ? children : [g];
      return { label: nameOf(g), options: leaves.map((c) => ({ value: String(c.id), label: nameOf(c) })) };
    });
  return (
    <main className="ord ord--wide" data-testid="orders-intake">
      <Link href="/orders" className="ord-back">
        ← {t('ord.back')}
      </Link>
      <h1 className="ord-head__title">{t('ord.intake.title')}</h1>
      <form ref={formRef} className="ord-intake" onSubmit={submit} noValidate>
        <div className="ord-intake__main">
          <IntakeInput
            field="callerPhone"
            label={fieldLabel('callerPhone')}
            error={errorOf('callerPhone')}
            value={draft.callerPhone}
            onChange={(v) => set('callerPhone', v)}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            autoFocus
            testId="intake-phone"
            className="ord-input ord-input--phone"
          />
          <IntakeSelect
            field="type"
            label={fieldLabel('type')}
            error={errorOf('type')}
            value={draft.type}
            onChange={(v) =>
              isOrderType(v) && setDraft((d) => ({ ...d, type: v, closeNow: d.closeNow && canCloseNow(v) }))
            }
            testId="intake-type"
            options={orderTypes.map((ty) => ({ value: ty, label: typeWord(t, ty) }))}
          />
          <IntakeSelect
            field="categoryId"
            label={fieldLabel('categoryId')}
            error={errorOf('categoryId')}
            value={draft.categoryId}
            onChange={(v) => set('categoryId', v)}
            testId="intake-category"
            options={[{ value: '', label: t('ord.intake.noCategory') }]}
            groups={categoryGroups}
          />
          <IntakeInput
            field="callerName"
            label={fieldLabel('callerName')}
            error={errorOf('callerName')}
            value={draft.callerName}
            onChange={(v) => set('callerName', v)}
            testId="intake-caller-name"
          />
          <div className={errors.description ? 'field field--invalid ord-span' : 'field ord-span'}>
            <label className="field__label" htmlFor="ord-f-description">
              {fieldLabel('description')}
            </label>
            <textarea
              id="ord-f-description"
              data-field="description"
              className="ord-textarea"
              rows={4}
              value={draft.description}
              onChange={(e) => set('description', e.target.value)}
              aria-invalid={errors.description ? true : undefined}
              aria-describedby={errors.description ? 'ord-f-description-error' : undefined}
              data-testid="intake-description"
            />
            {errorOf('description') ? (
              <p className="field__error" id="ord-f-description-error" data-testid="error-description">
                {errorOf('description')}
              </p>
            ) : null}
          </div>
          <IntakeInput
            field="address"
            label={fieldLabel('address')}
            error={errorOf('address') ?? errorOf('lng')}
            value={draft.address}
            onChange={(v) => set('address', v)}
            testId="intake-address"
            className="ord-input"
            after={
              <div className="ord-place">
                <span className="ord-muted" data-testid="intake-latlng">
                  {draft.lat !== null && draft.lng !== null
                    ? t('ord.intake.placeSet', { lat: draft.lat.toFixed(5), lng: draft.lng.toFixed(5) })
                    : t('ord.intake.placeNone')}
                </span>
                <Button variant="secondary" onClick={() => setShowMap((s) => !s)} data-testid="intake-pick-map">
                  {showMap ? t('ord.intake.hideMap') : t('ord.intake.pickOnMap')}
                </Button>
              </div>
            }
          />
          {showMap ? (
            <div className="ord-span">
              <Suspense fallback={<p className="ord-map ord-map--loading">{t('orders.loading')}</p>}>
                <PickMap
                  label={t('ord.intake.pickOnMap')}
                  value={draft.lat !== null && draft.lng !== null ? { lat: draft.lat, lng: draft.lng } : null}
                  onPick={(p) => setDraft((d) => ({ ...d, lat: p.lat, lng: p.lng }))}
                />
              </Suspense>
              <p className="ord-muted">{t('ord.intake.mapHint')}</p>
            </div>
          ) : null}
          <IntakeSelect
            field="communityId"
            label={fieldLabel('communityId')}
            error={errorOf('communityId')}
            value={draft.communityId}
            onChange={(v) => set('communityId', v)}
            testId="intake-community"
            options={[
              { value: '', label: t('ord.intake.noCommunity') },
              ...[...(communities ?? [])]
                .sort((a, b) => String(a.id).localeCompare(String(b.id)))
                .map((c) => ({ value: String(c.id), label: nameOf(c) })),
            ]}
          />
          <label className="ord-check">
            <input
              type="checkbox"
              checked={draft.isContractCustomer}
              onChange={(e) => set('isContractCustomer', e.target.checked)}
              data-testid="intake-contract"
            />
            {t('ord.intake.contract')}
          </label>
          {draft.type === 'pending' ? (
            <IntakeInput
              field="reminderAt"
              label={fieldLabel('reminderAt')}
              error={errorOf('reminderAt')}
              value={draft.reminderAt}
              onChange={(v) => set('reminderAt', v)}
              type="datetime-local"
              testId="intake-reminder"
            />
          ) : null}
          {canCloseNow(draft.type) ? (
            <div className="ord-span ord-close-now">
              <label className="ord-check">
                <input
                  type="checkbox"
                  checked={draft.closeNow}
                  onChange={(e) => set('closeNow', e.target.checked)}
                  data-testid="intake-close-now"
                />
                {t('ord.intake.closeNow')}
              </label>
              {draft.closeNow ? (
                <IntakeInput
                  field="outcome"
                  label={fieldLabel('outcome')}
                  error={errorOf('outcome')}
                  value={draft.outcome}
                  onChange={(v) => set('outcome', v)}
                  testId="intake-outcome"
                />
              ) : null}
            </div>
          ) : null}
          <div className="ord-span ord-submit-row">
            <Button type="submit" busy={busy} data-testid="intake-submit">
              {draft.closeNow ? t('ord.intake.submitClose') : t('ord.intake.submit')}
            </Button>
            {Object.keys(errors).length > 0 ? (
              <p className="field__error" role="alert" data-testid="intake-errors">
                {t('ord.intake.fixErrors', { n: Object.keys(errors).length })}
              </p>
            ) : null}
          </div>
        </div>
        <aside className="ord-intake__side">
          <h2 className="ord-section-title">{t('ord.intake.callerTitle')}</h2>
          <CallerPanel phone={phone} residentId={draft.residentId} onPickResident={pickResident} now={now} />
        </aside>
      </form>
    </main>
  );
}
