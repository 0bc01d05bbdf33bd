// The day pack panel (FLD-1): shows what today's work keeps on the phone (orders, residents' cards, size), offers
// to save the map around them offline with the size first (the map's own save-area code and limits), says why not
// when the source forbids it, and pulls now so the pack is current. Loaded on demand: the list stays light.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef } from 'react';
import type { LocalRow } from '../../../local/local-db';
import { canSaveTiles } from '../../../local/tiles/tile-cache';
import type { MessageKey } from '../../app/i18n/translate';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { useOnline } from '../../app/useOnline';
import { areaTileCount, estimatedTileBytes, formatBytes, maxTilesPerArea } from '../../map/tiles/offline-areas';
import { TileSourceProvider } from '../../map/tiles/TileSourceProvider';
import { useTileSource } from '../../map/tiles/tile-source-context';
import { useSaveArea } from '../../map/tiles/useSaveArea';
import { Button } from '../../ui/Button';
import { formatTime } from '../sync/describe-change';
import { boxOfOrders, sizeOfPack, zoomsForPack } from './day-pack';

type BlockKey = Extract<MessageKey, `tiles.offline.blocked.${string}`>;

function usePackRows(orderIds: readonly string[]) {
  const { db } = useSync();
  const key = orderIds.join(',');
  return useLiveQuery(async () => {
    const ids = key ? key.split(',') : [];
    const orders = (await db.orders.bulkGet(ids)).filter((r): r is LocalRow => r !== undefined);
    const residentIds = [...new Set(orders.map((o) => String(o.residentId ?? '')).filter(Boolean))];
    const residents = (await db.residents.bulkGet(residentIds)).filter((r): r is LocalRow => r !== undefined);
    const wanted = new Set(residentIds);
    const contacts = await db.resident_contacts.filter((c) => wanted.has(String(c.residentId))).toArray();
    const notes = await db.order_notes.where('orderId').anyOf(ids).toArray();
    const events = await db.order_events.where('orderId').anyOf(ids).toArray();
    return { orders, residents, bytes: sizeOfPack([orders, residents, contacts, notes, events]) };
  }, [db, key]);
}

function MapPart({ orders }: { orders: LocalRow[] }) {
  const { t } = useI18n();
  const online = useOnline();
  const { source } = useTileSource();
  const { run, start, cancel } = useSaveArea();
  // Cache Storage exists only on https (or localhost): over plain http nothing can be kept.
  const block = source.offlineBlock ?? (canSaveTiles() ? null : 'insecure');
  const bbox = useMemo(() => boxOfOrders(orders, source.datum), [orders, source.datum]);
  const plan = useMemo(
    () => (bbox ? zoomsForPack((a, b) => areaTileCount(source, bbox, a, b), source.maxZoom, maxTilesPerArea) : null),
    [bbox, source],
  );
  if (block) {
    return (
      <p className="work-daypack__map" data-testid="work-daypack-map" data-saveable="false">
        {t(`tiles.offline.blocked.${block}` as BlockKey)} {t('work.daypack.outline')}
      </p>
    );
  }
  if (!bbox || !plan) {
    return (
      <p className="work-daypack__map" data-testid="work-daypack-map" data-saveable="false">
        {t(bbox ? 'work.daypack.tooLarge' : 'work.daypack.noPositions')} {t('work.daypack.outline')}
      </p>
    );
  }
  return (
    <div className="work-daypack__map" data-testid="work-daypack-map" data-saveable="true">
      <p>
        {t('work.daypack.mapOffer', {
          count: plan.tiles,
          size: formatBytes(plan.tiles * estimatedTileBytes),
          zoom: plan.maxZoom,
        })}
      </p>
      {run.type === 'saving' ? (
        <p role="status">
          {t('tiles.offline.progress', {
            done: run.progress.done,
            total: run.progress.total,
            size: formatBytes(run.progress.bytes),
          })}{' '}
          <Button variant="quiet" onClick={cancel}>
            {t('tiles.offline.cancel')}
          </Button>
        </p>
      ) : (
        <Button
          variant="secondary"
          disabled={!online}
          onClick={() => void start(source, bbox, plan.minZoom, plan.maxZoom)}
          data-testid="work-daypack-save"
        >
          {t('work.daypack.saveMap')}
        </Button>
      )}
      {run.type === 'done' ? (
        <p role="status">{t('tiles.offline.done', { count: run.area.tiles, size: formatBytes(run.area.bytes) })}</p>
      ) : null}
      {run.type === 'error' ? <p role="alert">{t('tiles.offline.error')}</p> : null}
      {!online ? <p className="work-muted">{t('tiles.offline.needsNetwork')}</p> : null}
    </div>
  );
}

export default function DayPack({ orderIds }: { orderIds: string[] }) {
  const { t, lang } = useI18n();
  const { syncNow, state } = useSync();
  const pack = usePackRows(orderIds);
  // Opening the pack pulls at once (once: syncNow changes with every sync state), so the pack is today's.
  const syncOnOpen = useRef(syncNow);
  useEffect(() => syncOnOpen.current(), []);
  return (
    <section className="work-daypack" data-testid="work-daypack-panel" aria-label={t('work.daypack.title')}>
      <h2 className="work-section__title">{t('work.daypack.title')}</h2>
      {pack ? (
        <p data-testid="work-daypack-summary" data-orders={pack.orders.length} data-bytes={pack.bytes}>
          {t('work.daypack.summary', {
            orders: pack.orders.length,
            residents: pack.residents.length,
            size: formatBytes(pack.bytes),
          })}
        </p>
      ) : null}
      <p className="work-muted">
        {state.syncing
          ? t('sync.syncing')
          : state.lastSyncAt
            ? t('sync.last', { time: formatTime(state.lastSyncAt, lang) })
            : t('sync.never')}
      </p>
      <TileSourceProvider>{pack ? <MapPart orders={pack.orders} /> : null}</TileSourceProvider>
    </section>
  );
}
