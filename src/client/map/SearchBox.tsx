// Search on the map (MAP-1): a box and a result list across every layer (name, phone, pinyin); choosing one hands
// the item up so the screen can fly to it and open its card. Must not move the map itself.
import { useDeferredValue, useMemo, useState } from 'react';
import { useI18n } from '../app/i18n/useI18n';
import type { MapItem, MapKind } from './map-items';
import { searchItems } from './search';

interface SearchBoxProps {
  items: Record<MapKind, readonly MapItem[]>;
  onChoose: (item: MapItem) => void;
}

export function SearchBox({ items, onChoose }: SearchBoxProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const found = useMemo(() => searchItems(Object.values(items), deferred), [items, deferred]);
  const open = deferred.trim() !== '';

  return (
    <search className="map-search" data-testid="map-search">
      <div className="map-search__bar">
        <label className="visually-hidden" htmlFor="map-search-input">
          {t('map.search.label')}
        </label>
        <input
          id="map-search-input"
          className="map-search__input"
          type="search"
          value={query}
          placeholder={t('map.search.placeholder')}
          autoComplete="off"
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setQuery('');
            const first = found.results[0];
            if (e.key === 'Enter' && first) {
              onChoose(first.item);
              setQuery('');
            }
          }}
          data-testid="map-search-input"
        />
      </div>
      {open ? (
        <div className="map-search__results" data-testid="map-search-results">
          {found.results.length === 0 ? (
            <p className="map-search__none">{t('map.search.none')}</p>
          ) : (
            <ul>
              {found.results.map(({ item }) => (
                <li key={`${item.kind}:${item.id}`}>
                  <button
                    type="button"
                    className="map-result"
                    onClick={() => {
                      onChoose(item);
                      setQuery('');
                    }}
                    data-testid="map-search-result"
                    data-kind={item.kind}
                    data-id={item.id}
                  >
                    <span className={`map-swatch map-swatch--${item.kind}`} aria-hidden="true" />
                    <span className="map-result__name">{item.name}</span>
                    <span className="map-result__meta">
                      {t(`map.layer.${item.kind}`)}
                      {item.phone ? ` · ${item.phone}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {found.total > found.results.length ? (
            <p className="map-search__more">
              {t('map.search.more', { count: found.results.length, total: found.total })}
            </p>
          ) : null}
        </div>
      ) : null}
    </search>
  );
}
