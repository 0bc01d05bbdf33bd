// An import report (ADM-3): the counts, and the refused rows as a table of line, field and reason. Must not run the
// import; it shows what the server answered.
import { useI18n } from '../../app/i18n/useI18n';
import { Notice } from '../../ui/Notice';
import type { ImportReport } from './import-api';

export function ImportReportView({ report, dryRun }: { report: ImportReport; dryRun: boolean }) {
  const { t } = useI18n();
  const counts = [
    ['total', report.total],
    ['imported', report.imported],
    ['updated', report.updated],
    ['unchanged', report.unchanged],
    ['rejected', report.rejected.length],
  ] as const;
  return (
    <section className="reg-section import-report" data-testid="import-report" data-dry-run={dryRun}>
      <h2 className="reg-section__title">{dryRun ? t('import.reportDry') : t('import.reportDone')}</h2>
      <dl className="import-counts">
        {counts.map(([key, n]) => (
          <div key={key} className={`import-count import-count--${key}`} data-testid={`import-count-${key}`}>
            <dt>{t(`import.${key}`)}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      {report.rejected.length === 0 ? (
        <Notice tone="info">{t('import.allGood')}</Notice>
      ) : (
        <div className="import-table-wrap">
          <table className="import-table" data-testid="import-rejected">
            <caption>{t('import.rejectedTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.line')}</th>
                <th scope="col">{t('import.field')}</th>
                <th scope="col">{t('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a line may have several refusals; order is the report's
                <tr key={`${r.line}:${r.field}:${i}`} data-testid="import-rejected-row">
                  <td>{r.line}</td>
                  <td>
                    <code>{r.field || '—'}</code>
                  </td>
                  <td>{r.message || r.code}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
