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
      <FilterSelect
        label={t('ord.col.light')}
        value={filters.light}
        testId="board-filter-light"
        options={[
          { value: '', label: t('ord.filter.all') },
          ...lights.map((l) => ({ value: l, label: t(`orders.light.${l}`) })),
        ]}
        onChange={(v) => set('light', v as OrderLight | '')}
      />
      <FilterSelect
        label={t('ord.col.status')}
        value={filters.status}
        testId="board-filter-status"
        options={[
          { value: 'open', label: t('ord.filter.open') },
          { value: '', label: t('ord.filter.all') },
          ...orderStatuses.map((s) => ({ value: s, label: statusWord(t, s) })),
        ]}
        onChange={(v) => isStatusFilter(v) && set('status', v)}
      />
      <FilterSelect
        label={t('ord.filter.district')}
        value={filters.districtId}
        testId="board-filter-district"
        options={[
          { value: '', label: t('ord.filter.all') },
          ...(data?.districts ?? []).map((d) => ({
            value: String(d.id),
            label: String(lang === 'en' && d.nameEn ? d.nameEn : d.name),
          })),
        ]}
        onChange={(v) => set('districtId', v)}
      />
      <FilterSelect
        label={t('ord.filter.company')}
        value={filters.companyId}
        testId="board-filter-company"
        options={[
          { value: '', label: t('ord.filter.all') },
          ...(data?.companies ?? []).map((c) => ({ value: String(c.id), label: String(c.name) })),
        ]}
        onChange={(v) => set('companyId', v)}
      />
      <Button variant="quiet" className="ord-filters__reset" onClick={() => onChange(defaultBoardFilters)}>
        {t('ord.filter.reset')}
      </Button>
    </search>
  );
}

/** One labelled select of the filter bar. */
function FilterSelect(props: {
  label: string;
  value: string;
  testId: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <label className="ord-filter">
      <span>{props.label}</span>
      <select
        className="ord-select"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.testId}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
