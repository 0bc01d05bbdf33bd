// The filters above a registry list: district, category or skill, status or duty, identity (residents).
// Must not filter rows itself (filters.ts does); it only shows and changes the chosen values.
import { useState } from 'react';
import type { Lang } from '../../../domain/common/problems';
import { identityCategories } from '../../../domain/registry/registry-kinds';
import { useI18n } from '../../app/i18n/useI18n';
import { Button } from '../../ui/Button';
import { groupCategories, nameIn } from './catalogue-names';
import { countActiveFilters, type ListFilters, noFilters } from './filters';
import { vocabLabel } from './labels';
import type { RegistryKind } from './registry-path';
import type { Catalogue } from './useCatalogue';

interface Props {
  kind: RegistryKind;
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
  catalogue: Catalogue;
}

interface Option {
  value: string;
  label: string;
}

function Select(props: { id: string; label: string; value: string; options: Option[]; onChange: (v: string) => void }) {
  const { t } = useI18n();
  return (
    <div className="reg-filter">
      <label className="reg-filter__label" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        className="reg-select"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.id}
      >
        <option value="">{t('registry.filter.any')}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function categoryOptions(catalogue: Catalogue, lang: Lang): Option[] {
  return groupCategories(catalogue.categories).flatMap(({ group, items }) => [
    { value: group.id, label: nameIn(group, lang) },
    ...items.map((i) => ({ value: i.id, label: `\u00a0\u00a0${nameIn(group, lang)} › ${nameIn(i, lang)}` })),
  ]);
}

export function ListFilterBar({ kind, filters, onChange, catalogue }: Props) {
  const { t, lang } = useI18n();
  const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });
  const districts = catalogue.districts.map((d) => ({ value: d.id, label: nameIn(d, lang) }));
  const active = countActiveFilters(filters);
  // Open on a desk; folded on a phone so the rows show first.
  const [open] = useState(() => typeof matchMedia !== 'function' || matchMedia('(min-width: 40rem)').matches);
  return (
    <details className="reg-filters-box" open={open}>
      <summary className="reg-filters-box__summary" data-testid="reg-filters-toggle">
        {active ? t('registry.filter.labelCount', { count: active }) : t('registry.filter.label')}
      </summary>
      <fieldset className="reg-filters">
        <legend className="visually-hidden">{t('registry.filter.label')}</legend>
        <Select
          id="filter-district"
          label={t('registry.filter.district')}
          value={filters.districtId}
          options={districts}
          onChange={(districtId) => set({ districtId })}
        />
        {kind === 'companies' || kind === 'volunteers' ? (
          <Select
            id="filter-category"
            label={kind === 'companies' ? t('registry.filter.category') : t('registry.filter.skill')}
            value={filters.categoryId}
            options={categoryOptions(catalogue, lang)}
            onChange={(categoryId) => set({ categoryId })}
          />
        ) : null}
        {kind === 'companies' ? (
          <Select
            id="filter-status"
            label={t('registry.filter.status')}
            value={filters.status}
            options={(['active', 'suspended', 'exited'] as const).map((s) => ({
              value: s,
              label: vocabLabel(t, 'status', s),
            }))}
            onChange={(status) => set({ status })}
          />
        ) : null}
        {kind === 'volunteers' ? (
          <Select
            id="filter-status"
            label={t('registry.filter.duty')}
            value={filters.status}
            options={[
              { value: 'on', label: t('registry.filter.dutyOn') },
              { value: 'off', label: t('registry.filter.dutyOff') },
            ]}
            onChange={(status) => set({ status })}
          />
        ) : null}
        {kind === 'residents' ? (
          <>
            <Select
              id="filter-identity"
              label={t('registry.filter.identity')}
              value={filters.identity}
              options={identityCategories.map((c) => ({ value: c, label: vocabLabel(t, 'identity', c) }))}
              onChange={(identity) => set({ identity })}
            />
            <Select
              id="filter-status"
              label={t('registry.filter.living')}
              value={filters.status}
              options={[{ value: 'alone', label: t('registry.filter.alone') }]}
              onChange={(status) => set({ status })}
            />
          </>
        ) : null}
        {active > 0 ? (
          <Button variant="quiet" className="reg-filters__clear" onClick={() => onChange(noFilters)}>
            {t('registry.filter.clear')}
          </Button>
        ) : null}
      </fieldset>
    </details>
  );
}
