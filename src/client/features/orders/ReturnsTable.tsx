// Returns per unit (ORD-5): how often each company gave orders back, and how many of those were wrong (another unit
// completed the order). Must only count local 'returned' events; the server decides what was wrong.
import { useI18n } from '../../app/i18n/useI18n';
import { returnsByCompany } from './board-model';
import type { BoardData } from './useBoardData';

export function ReturnsTable({ data }: { data: BoardData }) {
  const { t } = useI18n();
  const names = new Map(data.companies.map((c) => [String(c.id), String(c.name)]));
  const rows = returnsByCompany(data.events, (id) => names.get(id) ?? id);
  return (
    <section className="ord-returns" aria-labelledby="ord-returns-title" data-testid="orders-returns">
      <h2 id="ord-returns-title" className="ord-section-title">
        {t('ord.returns.title')}
      </h2>
      {rows.length === 0 ? (
        <p className="ord-muted">{t('ord.returns.none')}</p>
      ) : (
        <table className="ord-table ord-table--narrow">
          <thead>
            <tr>
              <th scope="col">{t('ord.returns.unit')}</th>
              <th scope="col" className="ord-num">
                {t('ord.returns.returns')}
              </th>
              <th scope="col" className="ord-num">
                {t('ord.returns.wrong')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.companyId} data-testid={`returns-${r.companyId}`}>
                <td>{r.name}</td>
                <td className="ord-num">{r.returns}</td>
                <td className={r.wrongReturns > 0 ? 'ord-num ord-num--bad' : 'ord-num'}>{r.wrongReturns}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
