// The server's refusals of changes to one order (FLD-2, ARCHITECTURE §4): what was refused and why, in plain words,
// each dismissable. Must not retry anything; the dispatcher decides what to do next.
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { actionWord } from './trail-words';

export function OrderRefusals({ orderId }: { orderId: string }) {
  const { t } = useI18n();
  const { state, dismissRejected } = useSync();
  const mine = state.rejected.filter((r) => {
    const args = r.entry.args as { orderId?: unknown; id?: unknown } | null;
    return args?.orderId === orderId || (r.entry.name === 'order.create' && args?.id === orderId);
  });
  if (mine.length === 0) return null;
  return (
    <div className="ord-refusals" data-testid="order-refused">
      {mine.map((r) => (
        <div key={r.entry.id} className="notice notice--error ord-refusal" role="alert">
          <span>
            {t('ord.refused', {
              action: actionWord(t, r.entry.name),
              reason: r.entry.problem?.message ?? r.entry.problem?.code ?? '?',
            })}
          </span>
          <Button variant="quiet" onClick={() => dismissRejected(r.entry.id)}>
            {t('ord.dismiss')}
          </Button>
        </div>
      ))}
    </div>
  );
}
