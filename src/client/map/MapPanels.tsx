// The panels over the map: search, the collapsible layers-and-filters panel, and the side panel (desktop) or bottom
// sheet (phone) holding a card or "what is near". Must not touch the map; it reports choices up.
import { useState } from 'react';
import { useI18n } from '../app/i18n/useI18n';
import { ItemCard } from './cards/ItemCard';
import { FilterPanel } from './FilterPanel';
import type { MapFilters } from './filters';
import { LayerPanel } from './LayerPanel';
import type { LayerVisibility } from './layers';
import type { MapItem, MapKind } from './map-items';
import { NearPanel } from './NearPanel';
import type { NearAnswer, NearRadius } from './near';
import { SearchBox } from './SearchBox';
import type { MapCatalogues } from './useMapData';

export type Sheet =
  | {
      type: 'near';
      centreName: string | null;
      at: { lat: number; lng: number };
      radius: NearRadius;
      kinds: Readonly<Record<MapKind, boolean>>;
      answer: NearAnswer;
      onRadius: (r: NearRadius) => void;
      onKinds: (k: Record<MapKind, boolean>) => void;
      onChoose: (item: MapItem) => void;
      onClose: () => void;
    }
  | { type: 'card'; item: MapItem; showSensitive: boolean; onClose: () => void; onNear: () => void };

interface MapPanelsProps {
  items: Record<MapKind, MapItem[]>;
  counts: Record<MapKind, number>;
  catalogues: MapCatalogues;
  visible: LayerVisibility;
  filters: MapFilters;
  onVisible: (v: LayerVisibility) => void;
  onFilters: (f: MapFilters) => void;
  onSearchChoose: (item: MapItem) => void;
  sheet: Sheet | null;
}

// Wide screens open with the panel shown; a phone opens with the map clear and the panel a tap away.
const startsOpen = () => typeof window !== 'undefined' && window.matchMedia('(min-width: 48rem)').matches;

export function MapPanels(props: MapPanelsProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(startsOpen);
  const { visible, onVisible } = props;
  return (
    <>
      <div className="map-overlay map-overlay--left">
        <div className="map-topbar">
          <SearchBox items={props.items} onChoose={props.onSearchChoose} />
          <button
            type="button"
            className="map-toggle"
            aria-expanded={open}
            aria-controls="map-panel"
            onClick={() => setOpen(!open)}
            data-testid="map-panel-toggle"
            title={open ? t('map.panel.close') : t('map.panel.open')}
          >
            <span aria-hidden="true">☰</span>
            <span className="visually-hidden">{open ? t('map.panel.close') : t('map.panel.open')}</span>
          </button>
        </div>
        <div id="map-panel" className="map-box map-panel" hidden={!open} data-testid="map-panel">
          <LayerPanel
            visible={visible}
            counts={props.counts}
            onToggle={(kind, on) => onVisible({ ...visible, [kind]: on })}
          />
          <FilterPanel filters={props.filters} catalogues={props.catalogues} onChange={props.onFilters} />
        </div>
      </div>
      {props.sheet ? (
        <aside className="map-sheet" data-testid="map-sheet">
          {props.sheet.type === 'card' ? (
            <ItemCard
              key={`${props.sheet.item.kind}:${props.sheet.item.id}`}
              item={props.sheet.item}
              catalogues={props.catalogues}
              showSensitive={props.sheet.showSensitive}
              onClose={props.sheet.onClose}
              onNear={props.sheet.onNear}
            />
          ) : (
            <NearPanel
              centreName={props.sheet.centreName}
              at={props.sheet.at}
              radius={props.sheet.radius}
              kinds={props.sheet.kinds}
              answer={props.sheet.answer}
              onRadius={props.sheet.onRadius}
              onKinds={props.sheet.onKinds}
              onChoose={props.sheet.onChoose}
              onClose={props.sheet.onClose}
            />
          )}
        </aside>
      ) : null}
    </>
  );
}
