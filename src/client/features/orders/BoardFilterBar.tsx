// The board's filters (ORD-4): light, status, district, unit and a search by number, phone or address. Must not
// filter itself: board-model does, from the values set here.
import { useId } from 'react';
import type { OrderLight } from '../../../domain/orders/order-deadlines';
import { orderStatuses } from '../../../domain/orders/order-kinds';
import { useI18n } from '../../app/i18n/useI18n';
import { Button } from '../../ui/Button';
import { type BoardFilters, defaultBoardFilters, isStatusFilter } from './board-model';
import { statusWord } from './order-words';
import type { BoardData } from './useBoardData';

const lights: readonly OrderLight[] = ['red', 'yellow', 'green', 'none'];

interface Props {
  filters: BoardFilters;
  onChange: (next: BoardFilters) => void;
  data: BoardData | undefined;
}

export function BoardFilterBar({ filters, onChange, data }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const set = <K extends keyof BoardFilters>(key: K, value: BoardFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <search className="ord-filters" aria-label={t('ord.filter.label')}>
      <label className="ord-filter ord-filter--text" htmlFor={`${id}-q`}>
        <span>{t('ord.filter.search')}</span>
        <input
          id={`${id}-q`}
          type="search"
          className="ord-input"
          value={filters.text}
          placeholder={t('ord.filter.searchHint')}
          onChange={(e) => set('text', e.target.value)}
          data-testid="board-search"
        />
      </label>
      <label className="ord-filter">
        <span>{t('ord.col.light')}</span>
        <select
          className="ord-select"
          value={filters.light}
          onChange={(e) => set('light', e.target.value as OrderLight | '')}
          data-testid="board-filter-light"
        >
          <option value="">{t('ord.filter.all')}</option>
          {lights.map((l) => (
            <option key={l} value={l}>
              {t(`orders.light.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="ord-filter">
        <span>{t('ord.col.status')}</span>
        <select
          className="ord-select"
          value={filters.status}
          onChange={(e) => isStatusFilter(e.target.value) && set('status', e.target.value)}
          data-testid="board-filter-status"
        >
          <option value="open">{t('ord.filter.open')}</option>
          <option value="">{t('ord.filter.all')}</option>
          {orderStatuses.map((s) => (
            <option key={s} value={s}>
              {statusWord(t, s)}
            </option>
          ))}
        </select>
      </label>
      <label className="ord-filter">
        <span>{t('ord.filter.district')}</span>
        <select
          className="ord-select"
          value={filters.districtId}
          onChange={(e) => set('districtId', e.target.value)}
          data-testid="board-filter-district"
        >
          <option value="">{t('ord.filter.all')}</option>
          {(data?.districts ?? []).map((d) => (
            <option key={String(d.id)} value={String(d.id)}>
              {String(lang === 'en' && d.nameEn ? d.nameEn : d.name)}
            </option>
          ))}
        </select>
      </label>
      <label className="ord-filter">
        <span>{t('ord.filter.company')}</span>
        <select
          className="ord-select"
          value={filters.companyId}
          onChange={(e) => set('companyId', e.target.value)}
          data-testid="board-filter-company"
        >
          <option value="">{t('ord.filter.all')}</option>
          {(data?.companies ?? []).map((c) => (
            <option key={String(c.id)} value={String(c.id)}>
              {String(c.name)}
            </option>
          ))}
        </select>
      </label>
      <Button variant="quiet" className="ord-filters__reset" onClick={() => onChange(defaultBoardFilters)}>
        {t('ord.filter.reset')}
      </Button>
    </search>
  );
}
