// The centre's buttons on one order (ORD-3): only what availableOrderActions allows this user now — cancel with a
// reason, verify, call back, close with an outcome, decide an extension. Dispatch and recommend are the dispatch
// panel's. Must only queue order.* mutations; the server's answer arrives by pull.
import { useState } from 'react';
import type { Actor } from '../../../domain/access/roles';
import { availableOrderActions, type OrderAction } from '../../../domain/orders/order-lifecycle';
import type { LocalRow } from '../../../local/local-db';
import { orderFactsOf } from '../../../local/optimistic-orders';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';

// Actions that need words from the dispatcher before they are queued.
type Worded = 'cancel' | 'close';
const panelActions: readonly OrderAction[] = ['dispatch', 'recommend'];

export function OrderActions({ row, actor, now }: { row: LocalRow; actor: Actor; now: number }) {
  const { t } = useI18n();
  const { mutate } = useSync();
  const [asking, setAsking] = useState<Worded | null>(null);
  const [text, setText] = useState('');
  const id = String(row.id);
  const label = { orderNo: String(row.no ?? '') };
  const offered = availableOrderActions(orderFactsOf(row), actor, new Date(now)).filter(
    (a) => !panelActions.includes(a),
  );
  if (offered.length === 0) return null;

  async function run(action: OrderAction, extra: Record<string, unknown> = {}) {
    await mutate(`order.${action}`, { orderId: id, ...extra }, label);
    setAsking(null);
    setText('');
  }

  async function submitWords(event: React.FormEvent) {
    event.preventDefault();
    if (!asking || text.trim() === '') return;
    await run(asking, asking === 'cancel' ? { reason: text.trim() } : { outcome: text.trim() });
  }

  return (
    <section className="ord-card" aria-labelledby="ord-actions-title" data-testid="order-actions">
      <h2 id="ord-actions-title" className="ord-section-title">
        {t('ord.actions.title')}
      </h2>
      <div className="ord-actions">
        {offered.map((a) => {
          switch (a) {
            case 'cancel':
            case 'close':
              return (
                <Button
                  key={a}
                  variant={a === 'cancel' ? 'secondary' : 'primary'}
                  aria-expanded={asking === a}
                  onClick={() => setAsking(asking === a ? null : a)}
                  data-testid={`action-${a}`}
                >
                  {t(`ord.action.${a}`)}
                </Button>
              );
            case 'decideExtension':
              return (
                <span key={a} className="ord-actions__pair">
                  <Button
                    onClick={() => run('decideExtension', { approve: true })}
                    data-testid="action-approve-extension"
                  >
                    {t('ord.attn.approve')}
                  </Button>
                  <Button
                    variant="secondary"
                    onClick={() => run('decideExtension', { approve: false })}
                    data-testid="action-refuse-extension"
                  >
                    {t('ord.attn.refuse')}
                  </Button>
                </span>
              );
            default:
              return (
                <Button key={a} variant="secondary" onClick={() => run(a)} data-testid={`action-${a}`}>
                  {t(`ord.action.${a}`)}
                </Button>
              );
          }
        })}
      </div>
      {asking ? (
        <form className="ord-words" onSubmit={submitWords}>
          <label className="field__label" htmlFor="ord-action-words">
            {asking === 'cancel' ? t('ord.actions.cancelReason') : t('ord.actions.closeOutcome')}
          </label>
          <textarea
            id="ord-action-words"
            className="ord-textarea"
            rows={2}
            value={text}
            // biome-ignore lint/a11y/noAutofocus: the words are asked for right after the button press.
            autoFocus
            onChange={(e) => setText(e.target.value)}
            data-testid={`action-${asking}-text`}
          />
          <Button type="submit" disabled={text.trim() === ''} data-testid={`action-${asking}-submit`}>
            {t(`ord.action.${asking}`)}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
