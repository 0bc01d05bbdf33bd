// The dispatcher's board at /orders (ORD-4, ORD-5): light counts, filters, the orders red first, the supervisor's
// "needs attention" and the returns per unit. Must only read local rows; actions live on the detail screen.
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { OrderLight as Light } from '../../../domain/orders/order-deadlines';
import { useI18n } from '../../app/i18n/useI18n';
import { useNow } from '../alarms/useNow';
import { AttentionPanel } from './AttentionPanel';
import { BoardFilterBar } from './BoardFilterBar';
import { BoardTable } from './BoardTable';
import { type BoardFilters, countLights, defaultBoardFilters, filterBoard, sortBoard } from './board-model';
import { ReturnsTable } from './ReturnsTable';
import { useBoardData } from './useBoardData';
import { useOrdersUser } from './useOrdersUser';

const countedLights: readonly Light[] = ['red', 'yellow', 'green', 'none'];

// Lights change by the minute; a faster tick would only re-sort the same list.
const boardTickMs = 30_000;

export function OrdersBoard() {
  const { t } = useI18n();
  const now = useNow(boardTickMs);
  const data = useBoardData(now);
  const user = useOrdersUser();
  const [filters, setFilters] = useState<BoardFilters>(defaultBoardFilters);
  // Counts follow every filter but the light itself, so they say what picking a light would show.
  const unlit = useMemo(() => (data ? filterBoard(data.items, { ...filters, light: '' }) : []), [data, filters]);
  const shown = useMemo(
    () => sortBoard(filterBoard(unlit, { ...defaultBoardFilters, status: '', light: filters.light })),
    [unlit, filters.light],
  );
  const counts = countLights(unlit);

  return (
    <main className="ord ord--wide" data-testid="orders-board">
      <header className="ord-head">
        <h1 className="ord-head__title">{t('ord.board.title')}</h1>
        <Link href="/orders/new" className="btn btn--primary" data-testid="orders-new">
          ＋ {t('ord.board.new')}
        </Link>
      </header>
      <fieldset className="ord-counts">
        <legend className="visually-hidden">{t('ord.board.counts')}</legend>
        {countedLights.map((l) => (
          <button
            type="button"
            key={l}
            className={`ord-count ord-count--${l}`}
            aria-pressed={filters.light === l}
            onClick={() => setFilters((f) => ({ ...f, light: f.light === l ? '' : l }))}
            data-testid={`board-count-${l}`}
          >
            <span className="ord-count__n">{counts[l]}</span>
            <span className="ord-count__label">{t(`orders.light.${l}`)}</span>
          </button>
        ))}
      </fieldset>
      {data && user.can('orders.supervise') ? <AttentionPanel data={data} now={now} /> : null}
      <BoardFilterBar filters={filters} onChange={setFilters} data={data} />
      {!data ? (
        <p aria-busy="true">{t('orders.loading')}</p>
      ) : (
        <BoardTable items={shown} now={now} total={data.items.length} />
      )}
      {data ? <ReturnsTable data={data} /> : null}
    </main>
  );
}
