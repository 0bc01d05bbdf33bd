// The list of classed numbers (REG-4), filterable by class with counts, a page at a time. Must only read; picking a
// number hands it to the lookup above.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { CallerClass } from '../../../domain/registry/registry-kinds';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { CallerClassIcon } from './CallerClassIcon';
import { countByClass, isCallerClass, markedClasses } from './callers';
import { pageSize } from './filters';

export function ClassedCallers({ onPick }: { onPick: (phone: string) => void }) {
  const { t } = useI18n();
  const { db } = useSync();
  const [filter, setFilter] = useState<CallerClass | ''>('');
  const [limit, setLimit] = useState(pageSize);
  const callers = useLiveQuery(() => db.callers.filter((c) => c.class !== 'normal').toArray(), [db]);
  if (!callers) return null;
  const counts = countByClass(callers);
  const shown = callers
    .filter((c) => filter === '' || c.class === filter)
    .sort((a, b) => String(b.lastSeenAt ?? '').localeCompare(String(a.lastSeenAt ?? '')));
  const choose = (c: CallerClass | '') => {
    setFilter(c);
    setLimit(pageSize);
  };
  return (
    <section className="reg-section caller-list" data-testid="caller-list">
      <h2 className="reg-section__title">{t('callers.list')}</h2>
      <fieldset className="caller-list__filters">
        <legend className="visually-hidden">{t('callers.classLabel')}</legend>
        <button
          type="button"
          className="reg-pill"
          aria-pressed={filter === ''}
          onClick={() => choose('')}
          data-testid="caller-filter-all"
        >
          {t('callers.filterAll', { count: callers.length })}
        </button>
        {markedClasses.map((c) => (
          <button
            type="button"
            key={c}
            className="reg-pill"
            aria-pressed={filter === c}
            onClick={() => choose(c)}
            data-testid={`caller-filter-${c}`}
          >
            {t('callers.filterClass', { label: t(`callers.class.${c}`), count: counts[c] })}
          </button>
        ))}
      </fieldset>
      {shown.length === 0 ? <p className="reg-muted">{t('callers.listEmpty')}</p> : null}
      <ul className="reg-rows">
        {shown.slice(0, limit).map((c) => (
          <li key={c._id} className="reg-row caller-list__item" data-testid={`caller-row-${String(c.phone)}`}>
            {isCallerClass(c.class) ? <CallerClassIcon value={c.class} /> : null}
            <button type="button" className="caller-list__phone" onClick={() => onPick(String(c.phone))}>
              {String(c.phone)}
            </button>
            <span className="reg-muted caller-list__name">{String(c.name ?? '')}</span>
            {c._mutationId ? <span className="reg-row__pending">{t('callers.pending')}</span> : null}
          </li>
        ))}
      </ul>
      {shown.length > limit ? (
        <Button variant="secondary" onClick={() => setLimit((n) => n + pageSize)}>
          {t('registry.showMore', { count: Math.min(pageSize, shown.length - limit) })}
        </Button>
      ) : null}
    </section>
  );
}
