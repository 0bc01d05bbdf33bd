// The dispatch panel of one order (ORD-2): companies or field workers ranked for it, each with its reasons in words,
// a dispatch button, ticks to recommend up to five vendors, and the same candidates numbered on a small map. Must
// only queue order.dispatch / order.recommend; the ranking is the domain's.
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useMemo, useState } from 'react';
import { type RankedCandidate, type RankReason, rankDispatchCandidates } from '../../../domain/orders/dispatch-ranking';
import type { LocalRow } from '../../../local/local-db';
import type { I18n } from '../../app/i18n/i18n-context';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { useStaff } from '../staff/useStaff';
import { formatTime } from '../sync/describe-change';
import { companyCandidates, maxRecommended, toggleRecommended, workerCandidates } from './dispatch-candidates';
import { distanceWord } from './order-words';
import { useOrdersUser } from './useOrdersUser';

const CandidateMap = lazy(() => import('./OrderMaps').then((m) => ({ default: m.CandidateMap })));

type Tab = 'company' | 'worker';
// Ten fill a screen with reasons readable at a glance; more would push the map off it.
const shownCandidates = 10;

export function reasonText(t: I18n['t'], r: RankReason): string {
  switch (r.code) {
    case 'distance':
      return t('ord.rank.distance', { d: distanceWord(t, r.distanceM) });
    case 'no_position':
      return t('ord.rank.no_position');
    case 'category_match':
      return t('ord.rank.category_match');
    case 'category_mismatch':
      return t('ord.rank.category_mismatch');
    case 'rating':
      return t('ord.rank.rating', { rating: r.rating });
    case 'load':
      return t('ord.rank.load', { n: r.openLoad });
    case 'unavailable':
      return t('ord.rank.unavailable');
    case 'outside_radius':
      return t('ord.rank.outside_radius', { d: distanceWord(t, r.radiusM) });
    default: {
      const never: never = r;
      return String(never);
    }
  }
}

const badReasons = new Set(['category_mismatch', 'unavailable', 'outside_radius', 'no_position']);

interface Props {
  order: LocalRow;
  canDispatch: boolean;
  canRecommend: boolean;
}

export function DispatchPanel({ order, canDispatch, canRecommend }: Props) {
  const { t, lang } = useI18n();
  const { db, mutate } = useSync();
  const { token } = useOrdersUser();
  const staff = useStaff(token);
  const [tab, setTab] = useState<Tab>('company');
  const [chosen, setChosen] = useState<string[]>([]);
  const companies = useLiveQuery(() => db.companies.toArray(), [db]);
  const orders = useLiveQuery(() => db.orders.toArray(), [db]);
  const id = String(order.id);
  const lat = typeof order.lat === 'number' ? order.lat : null;
  const lng = typeof order.lng === 'number' ? order.lng : null;
  const place = useMemo(() => (lat !== null && lng !== null ? { lat, lng } : null), [lat, lng]);
  const categoryId = typeof order.categoryId === 'string' ? order.categoryId : null;

  const ranked = useMemo((): RankedCandidate[] => {
    const candidates =
      tab === 'company' ? companyCandidates(companies ?? [], orders ?? []) : workerCandidates(staff?.staff ?? []);
    return rankDispatchCandidates(place, categoryId, candidates, { limit: shownCandidates });
  }, [tab, companies, orders, staff, place, categoryId]);

  const label = { orderNo: String(order.no ?? '') };
  // An order someone holds is reassigned, not dispatched: the button says so.
  const held = typeof order.companyId === 'string' || typeof order.assigneeUserId === 'string';
  const dispatch = (c: RankedCandidate) =>
    mutate(
      'order.dispatch',
      c.candidate.kind === 'company'
        ? { orderId: id, companyId: c.candidate.id }
        : { orderId: id, userId: c.candidate.id },
      label,
    );
  const recommend = async () => {
    await mutate('order.recommend', { orderId: id, companyIds: chosen }, label);
    setChosen([]);
  };
  const mapped = ranked.flatMap((r, i) =>
    r.candidate.lat !== null && r.candidate.lng !== null
      ? [
          {
            id: r.candidate.id,
            n: i + 1,
            name: r.candidate.name,
            lat: r.candidate.lat,
            lng: r.candidate.lng,
            available: r.candidate.available,
          },
        ]
      : [],
  );

  return (
    <section className="ord-card ord-dispatch" aria-labelledby="ord-dispatch-title" data-testid="dispatch-panel">
      <div className="ord-dispatch__head">
        <h2 id="ord-dispatch-title" className="ord-section-title">
          {t('ord.dispatch.title')}
        </h2>
        <fieldset className="ord-toggle">
          <legend className="visually-hidden">{t('ord.dispatch.title')}</legend>
          {(['company', 'worker'] as const).map((k) => (
            <button
              key={k}
              type="button"
              className="ord-toggle__btn"
              aria-pressed={tab === k}
              onClick={() => setTab(k)}
              data-testid={`dispatch-tab-${k}`}
            >
              {k === 'company' ? t('ord.dispatch.companies') : t('ord.dispatch.workers')}
            </button>
          ))}
        </fieldset>
      </div>
      {!place ? <p className="ord-muted">{t('ord.dispatch.noPlace')}</p> : null}
      {tab === 'worker' && staff?.at ? (
        <p className="ord-muted">{t('ord.dispatch.staffAt', { time: formatTime(staff.at, lang) })}</p>
      ) : null}
      <div className="ord-dispatch__body">
        <ol className="ord-suggest">
          {ranked.length === 0 ? <li className="ord-muted">{t('ord.dispatch.none')}</li> : null}
          {ranked.map((r, i) => {
            const cid = r.candidate.id;
            const ticked = chosen.includes(cid);
            return (
              <li
                key={cid}
                className={r.candidate.available ? 'ord-suggest__item' : 'ord-suggest__item ord-suggest__item--off'}
                data-testid={`suggest-${cid}`}
              >
                <span className="ord-suggest__n" aria-hidden="true">
                  {i + 1}
                </span>
                <div className="ord-suggest__main">
                  <strong>{r.candidate.name}</strong>
                  <ul className="ord-reasons">
                    {r.reasons.map((reason) => (
                      <li
                        key={reason.code}
                        className={badReasons.has(reason.code) ? 'ord-reason ord-reason--bad' : 'ord-reason'}
                      >
                        {reasonText(t, reason)}
                      </li>
                    ))}
                  </ul>
                </div>
                <div className="ord-suggest__acts">
                  {canRecommend && tab === 'company' ? (
                    <label className="ord-check">
                      <input
                        type="checkbox"
                        checked={ticked}
                        disabled={!ticked && chosen.length >= maxRecommended}
                        onChange={() => setChosen((c) => toggleRecommended(c, cid))}
                        data-testid={`recommend-${cid}`}
                      />
                      {t('ord.dispatch.recommendTick')}
                    </label>
                  ) : null}
                  {canDispatch ? (
                    <Button
                      variant={i === 0 && r.candidate.available ? 'primary' : 'secondary'}
                      onClick={() => dispatch(r)}
                      data-testid={`dispatch-${cid}`}
                    >
                      {held ? t('ord.dispatch.redo') : t('ord.dispatch.do')}
                    </Button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
        <Suspense fallback={<p className="ord-map ord-map--loading">{t('orders.loading')}</p>}>
          <CandidateMap place={place} candidates={mapped} />
        </Suspense>
      </div>
      {canRecommend && tab === 'company' ? (
        <div className="ord-recommend">
          <span>{t('ord.dispatch.recommendCount', { n: chosen.length, max: maxRecommended })}</span>
          <Button disabled={chosen.length === 0} onClick={recommend} data-testid="recommend-submit">
            {t('ord.dispatch.recommend')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
