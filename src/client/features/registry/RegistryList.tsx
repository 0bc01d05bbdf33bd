// A registry list (REG-1..3): search as you type (name, pinyin, initials, phone), filters, counts, and rows a page at
// a time so 2,000 residents stay smooth. Must only read the device's database.
import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useI18n } from '../../app/i18n/useI18n';
import { Button } from '../../ui/Button';
import { categoryAndChildren } from './catalogue-names';
import { type ListFilters, noFilters, pageSize, passesFilters } from './filters';
import { ListFilterBar } from './ListFilterBar';
import { ListRow } from './ListRow';
import { newRecordPath, type RegistryKind } from './registry-path';
import { queryOf, searchRows } from './search';
import type { Catalogue } from './useCatalogue';
import { useRegistryRows } from './useRegistryRows';

interface Props {
  kind: RegistryKind;
  catalogue: Catalogue;
  canWrite: boolean;
}

export function RegistryList({ kind, catalogue, canWrite }: Props) {
  const { t } = useI18n();
  const data = useRegistryRows(kind);
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<ListFilters>(noFilters);
  const [limit, setLimit] = useState(pageSize);
  const query = useDeferredValue(text);

  const matched = useMemo(() => {
    if (!data) return [];
    const categoryIds = categoryAndChildren(filters.categoryId, catalogue.categories);
    const found = searchRows(data.rows, data.keys, queryOf(query));
    return found.filter((row) => passesFilters(kind, row, filters, categoryIds));
  }, [data, query, filters, kind, catalogue.categories]);

  const shown = matched.slice(0, limit);
  const total = data?.rows.length ?? 0;

  return (
    <section className="reg-list" data-testid={`reg-list-${kind}`}>
      <div className="reg-list__top">
        <div className="reg-search">
          <label className="reg-search__label" htmlFor="reg-search">
            {t('registry.search.label')}
          </label>
          <input
            id="reg-search"
            className="reg-input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={text}
            placeholder={t('registry.search.placeholder')}
            onChange={(e) => {
              setText(e.target.value);
              setLimit(pageSize);
            }}
            data-testid="reg-search"
          />
        </div>
        {canWrite ? (
          <Link href={newRecordPath(kind)} className="btn btn--primary reg-list__new" data-testid="reg-new">
            {t(`registry.new.${kind}`)}
          </Link>
        ) : null}
      </div>
      <ListFilterBar
        kind={kind}
        filters={filters}
        onChange={(f) => {
          setFilters(f);
          setLimit(pageSize);
        }}
        catalogue={catalogue}
      />
      <p className="reg-list__count" role="status" data-testid="reg-count" data-matched={matched.length}>
        {data ? t('registry.count', { shown: shown.length, matched: matched.length, total }) : t('registry.loading')}
      </p>
      {data && matched.length === 0 ? (
        <p className="reg-list__empty">{total === 0 ? t('registry.emptyAll') : t('registry.empty')}</p>
      ) : null}
      <ul className="reg-rows">
        {shown.map((row) => (
          <ListRow key={row._id} kind={kind} row={row} catalogue={catalogue} />
        ))}
      </ul>
      {matched.length > shown.length ? (
        <Button variant="secondary" className="reg-list__more" onClick={() => setLimit((n) => n + pageSize)}>
          {t('registry.showMore', { count: Math.min(pageSize, matched.length - shown.length) })}
        </Button>
      ) : null}
    </section>
  );
}
