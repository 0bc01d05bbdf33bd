// "Save this area offline" (MAP-3): pick the box (current view or a drawn one) and zooms, see the tile count and
// size before, progress during (cancellable), and the saved areas after. Only shown for sources that allow it.
import type L from 'leaflet';
import { useCallback, useState } from 'react';
import { Rectangle, useMap, useMapEvents } from 'react-leaflet';
import { useI18n } from '../../app/i18n/useI18n';
import { useOnline } from '../../app/useOnline';
import { areaTileCount, estimatedTileBytes, formatBytes, maxTilesPerArea } from './offline-areas';
import { SavedAreasList } from './SavedAreasList';
import type { Bbox } from './tile-math';
import type { EffectiveSource } from './tile-sources';
import { useBoxDraw } from './useBoxDraw';
import { type SaveRun, useSaveArea } from './useSaveArea';

const boundsToBbox = (b: L.LatLngBounds): Bbox => ({
  west: b.getWest(),
  south: b.getSouth(),
  east: b.getEast(),
  north: b.getNorth(),
});

export function SaveAreaPanel({ source }: { source: EffectiveSource }) {
  const { t } = useI18n();
  const map = useMap();
  const online = useOnline();
  const { run, areas, start, cancel, remove } = useSaveArea();
  const [view, setView] = useState(() => ({ bounds: map.getBounds(), zoom: Math.round(map.getZoom()) }));
  useMapEvents({ moveend: () => setView({ bounds: map.getBounds(), zoom: Math.round(map.getZoom()) }) });
  const [drawing, setDrawing] = useState(false);
  const [drawn, setDrawn] = useState<L.LatLngBounds | null>(null);
  const onBox = useCallback((b: L.LatLngBounds) => {
    setDrawn(b);
    setDrawing(false);
  }, []);
  useBoxDraw(drawing, onBox);
  const [zoomRange, setZoomRange] = useState<[number, number] | null>(null);
  const [minZoom, maxZoom] = zoomRange ?? [view.zoom, Math.min(view.zoom + 2, source.maxZoom)];
  const bbox = boundsToBbox(drawn ?? view.bounds);
  const count = areaTileCount(source, bbox, minZoom, maxZoom);
  const tooMany = count > maxTilesPerArea;
  const zooms = Array.from({ length: source.maxZoom + 1 }, (_, z) => z);

  return (
    <section className="tiles-save" data-testid="tiles-save">
      <h3>{t('tiles.offline.title')}</h3>
      <div className="tiles-save__row" role="radiogroup">
        <label>
          <input
            type="radio"
            checked={!drawn && !drawing}
            onChange={() => {
              setDrawn(null);
              setDrawing(false);
            }}
          />
          {t('tiles.offline.boxView')}
        </label>
        <label>
          <input type="radio" checked={Boolean(drawn) || drawing} onChange={() => setDrawing(true)} />
          {t('tiles.offline.boxDraw')}
        </label>
      </div>
      {drawing ? <p className="tiles-save__hint">{t('tiles.offline.drawHint')}</p> : null}
      {drawn ? <Rectangle bounds={drawn} pathOptions={{ color: '#0b5d5b', weight: 2, fill: false }} /> : null}
      <div className="tiles-save__row">
        <label>
          {t('tiles.offline.zoomFrom')}{' '}
          <select
            data-testid="tiles-zoom-from"
            value={minZoom}
            onChange={(e) => setZoomRange([Number(e.target.value), Math.max(Number(e.target.value), maxZoom)])}
          >
            {zooms.map((z) => (
              <option key={z}>{z}</option>
            ))}
          </select>
        </label>
        <label>
          {t('tiles.offline.zoomTo')}{' '}
          <select
            data-testid="tiles-zoom-to"
            value={maxZoom}
            onChange={(e) => setZoomRange([Math.min(minZoom, Number(e.target.value)), Number(e.target.value)])}
          >
            {zooms.map((z) => (
              <option key={z}>{z}</option>
            ))}
          </select>
        </label>
      </div>
      <p className="tiles-save__estimate" data-testid="tiles-estimate" data-count={count}>
        {tooMany
          ? t('tiles.offline.tooMany', { count, max: maxTilesPerArea })
          : t('tiles.offline.estimate', { count, size: formatBytes(count * estimatedTileBytes) })}
      </p>
      <RunState run={run} onCancel={cancel} />
      {run.type !== 'saving' ? (
        <button
          type="button"
          className="tiles-button tiles-button--primary"
          data-testid="tiles-save-start"
          disabled={tooMany || !online || drawing}
          onClick={() => void start(source, bbox, minZoom, maxZoom)}
        >
          {t('tiles.offline.start')}
        </button>
      ) : null}
      {online ? null : <p className="tiles-save__hint">{t('tiles.offline.needsNetwork')}</p>}
      <SavedAreasList areas={areas} sourceId={source.id} onRemove={remove} />
    </section>
  );
}

function RunState({ run, onCancel }: { run: SaveRun; onCancel: () => void }) {
  const { t } = useI18n();
  switch (run.type) {
    case 'idle':
      return null;
    case 'saving': {
      const { done, total, bytes } = run.progress;
      return (
        <div className="tiles-save__progress" data-testid="tiles-progress" data-done={done} data-total={total}>
          <progress max={total || 1} value={done} />
          <span>{t('tiles.offline.progress', { done, total, size: formatBytes(bytes) })}</span>
          <button type="button" className="tiles-button" data-testid="tiles-save-cancel" onClick={onCancel}>
            {t('tiles.offline.cancel')}
          </button>
        </div>
      );
    }
    case 'done':
      return (
        <p className="tiles-save__result" data-testid="tiles-save-done">
          {t('tiles.offline.done', { count: run.area.tiles, size: formatBytes(run.area.bytes) })}
          {run.area.failed > 0 ? ` ${t('tiles.offline.failed', { count: run.area.failed })}` : ''}
        </p>
      );
    case 'cancelled':
      return <p className="tiles-save__result">{t('tiles.offline.cancelled')}</p>;
    case 'error':
      return <p className="tiles-save__result tiles-save__result--error">{t('tiles.offline.error')}</p>;
    default: {
      const never: never = run;
      return never;
    }
  }
}
