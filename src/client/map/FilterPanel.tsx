// The filter panel (MAP-1): service category (two levels), district, company status, volunteer duty, order status.
// Must not filter anything itself; it edits a MapFilters value.

import { openOrderStatuses } from '../../domain/orders/order-kinds';
import { companyStatuses } from '../../domain/registry/registry-kinds';
import type { LocalRow } from '../../local/local-db';
import { useI18n } from '../app/i18n/useI18n';
import { nameIn } from './cards/card-bits';
import { categoryOptions, isFiltering, type MapFilters, noFilters } from './filters';
import type { MapCatalogues } from './useMapData';

interface FilterPanelProps {
  filters: MapFilters;
  catalogues: MapCatalogues;
  onChange: (filters: MapFilters) => void;
}

export function FilterPanel({ filters, catalogues, onChange }: FilterPanelProps) {
  const { t, lang } = useI18n();
  const nameOf = (row: LocalRow) => nameIn(lang, row);
  const set = (key: keyof MapFilters) => (e: { currentTarget: { value: string } }) =>
    onChange({ ...filters, [key]: e.currentTarget.value === '' ? null : e.currentTarget.value });
  const districts = [...catalogues.districts].sort((a, b) => String(a.id).localeCompare(String(b.id)));

  return (
    <fieldset className="map-filters" data-testid="map-filters">
      <legend className="map-section__title">{t('map.filters')}</legend>
      <label className="map-filter">
        <span>{t('map.filter.category')}</span>
        <select value={filters.categoryId ?? ''} onChange={set('categoryId')} data-testid="filter-category">
          <option value="">{t('map.filter.all')}</option>
          {categoryOptions(catalogues.categories).map((c) => (
            <option key={c.id} value={c.id}>
              {c.depth === 1 ? `\u3000${nameOf(c.row)}` : nameOf(c.row)}
            </option>
          ))}
        </select>
      </label>
      <label className="map-filter">
        <span>{t('map.filter.district')}</span>
        <select value={filters.districtId ?? ''} onChange={set('districtId')} data-testid="filter-district">
          <option value="">{t('map.filter.all')}</option>
          {districts.map((d) => (
            <option key={String(d.id)} value={String(d.id)}>
              {nameOf(d)}
            </option>
          ))}
        </select>
      </label>
      <label className="map-filter">
        <span>{t('map.filter.companyStatus')}</span>
        <select value={filters.companyStatus ?? ''} onChange={set('companyStatus')} data-testid="filter-company-status">
          <option value="">{t('map.filter.all')}</option>
          {companyStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`map.companyStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="map-filter">
        <span>{t('map.filter.volunteerDuty')}</span>
        <select value={filters.volunteerDuty ?? ''} onChange={set('volunteerDuty')} data-testid="filter-duty">
          <option value="">{t('map.filter.all')}</option>
          <option value="on_duty">{t('map.duty.on')}</option>
          <option value="off_duty">{t('map.duty.off')}</option>
        </select>
      </label>
      <label className="map-filter">
        <span>{t('map.filter.orderStatus')}</span>
        <select value={filters.orderStatus ?? ''} onChange={set('orderStatus')} data-testid="filter-order-status">
          <option value="">{t('map.filter.all')}</option>
          {openOrderStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`orders.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {isFiltering(filters) ? (
        <button type="button" className="btn btn--quiet map-filters__reset" onClick={() => onChange(noFilters)}>
          {t('map.filter.reset')}
        </button>
      ) : null}
    </fieldset>
  );
}
