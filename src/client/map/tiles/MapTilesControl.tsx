// The base-map control in the map's corner (MAP-3, MAP-4): pick the source, see why offline saving is or is not
// possible, save areas. Must keep its clicks and scrolls from reaching the map underneath.
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import type { SourceChoice } from '../../../local/tiles/source-choice';
import { canSaveTiles } from '../../../local/tiles/tile-cache';
import type { MessageKey } from '../../app/i18n/translate';
import { useI18n } from '../../app/i18n/useI18n';
import { SaveAreaPanel } from './SaveAreaPanel';
import { useTileSource } from './tile-source-context';
import type { OfflineBlock } from './tile-sources';

type SourceKey = Extract<MessageKey, `tiles.source.${string}`>;
const choiceLabel = (choice: SourceChoice): SourceKey =>
  choice === 'default' ? 'tiles.source.default' : `tiles.source.${choice}`;

const blockMessage: Record<Exclude<OfflineBlock, null>, Extract<MessageKey, `tiles.offline.blocked.${string}`>> = {
  public_policy: 'tiles.offline.blocked.public_policy',
  terms: 'tiles.offline.blocked.terms',
  operator: 'tiles.offline.blocked.operator',
  no_tiles: 'tiles.offline.blocked.no_tiles',
  insecure: 'tiles.offline.blocked.insecure',
};

export function MapTilesControl() {
  const { t } = useI18n();
  const { source, choice, choices, setChoice } = useTileSource();
  const [open, setOpen] = useState(false);
  // Cache Storage exists only on https (or localhost): over plain http nothing can be kept.
  const block = source.offlineBlock ?? (canSaveTiles() ? null : 'insecure');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    L.DomEvent.disableClickPropagation(ref.current);
    L.DomEvent.disableScrollPropagation(ref.current);
  }, []);

  return (
    <div ref={ref} className="tiles-control" data-testid="tiles-control">
      {open ? (
        <div className="tiles-panel" data-testid="tiles-panel">
          <div className="tiles-panel__head">
            <label>
              {t('tiles.source.label')}{' '}
              <select
                data-testid="tiles-source"
                value={choice}
                onChange={(e) => setChoice(e.target.value as SourceChoice)}
              >
                {choices.map((c) => (
                  <option key={c} value={c}>
                    {t(choiceLabel(c))}
                    {c === 'default' ? ` · ${t(`tiles.source.${source.kind}` satisfies SourceKey)}` : ''}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="tiles-button" onClick={() => setOpen(false)}>
              {t('tiles.close')}
            </button>
          </div>
          {source.datum === 'gcj02' ? <p className="tiles-save__hint">{t('tiles.gcj02')}</p> : null}
          {block === null ? (
            <SaveAreaPanel key={source.id} source={source} />
          ) : (
            <p className="tiles-panel__blocked" data-testid="tiles-offline-blocked">
              {t(blockMessage[block])}
            </p>
          )}
        </div>
      ) : (
        <button type="button" className="tiles-toggle" data-testid="tiles-toggle" onClick={() => setOpen(true)}>
          {t('tiles.control')}
        </button>
      )}
    </div>
  );
}
