// The words an order action needs before it goes (FLD-1, ORD-5): a return's or a non-completion's reason (text
// required for "other"), a completion's outcome, an extension's hours and reason. Must not send: it hands the
// checked arguments to onSubmit.
import { type FormEvent, useState } from 'react';
import type { OrderAction } from '../../../domain/orders/order-lifecycle';
import { cannotCompleteReasons, needsReasonText, returnReasons } from '../../../domain/orders/order-reasons';
import type { MessageKey } from '../../app/i18n/translate';
import { useI18n } from '../../app/i18n/useI18n';
import { Button } from '../../ui/Button';
import { reasonWord } from '../orders/trail-words';

export type FormAction = Extract<OrderAction, 'return' | 'complete' | 'cannotComplete' | 'requestExtension'>;
export const formActions: readonly FormAction[] = ['return', 'complete', 'cannotComplete', 'requestExtension'];

type SubmitKey = Extract<MessageKey, `work.submit.${string}`>;

interface ActionFormProps {
  action: FormAction;
  busy: boolean;
  onSubmit: (args: Record<string, unknown>) => void;
  onCancel: () => void;
}

export function ActionForm({ action, busy, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useI18n();
  const reasons = action === 'return' ? returnReasons : action === 'cannotComplete' ? cannotCompleteReasons : null;
  const [reason, setReason] = useState<string>(reasons?.[0] ?? '');
  const [text, setText] = useState('');
  const [hours, setHours] = useState('24');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const words = text.trim();
    if (reasons) {
      if (needsReasonText(reason as (typeof reasons)[number]) && !words) return setError(t('work.form.textNeeded'));
      return onSubmit({ reason, ...(words ? { text: words } : {}) });
    }
    if (action === 'complete') {
      if (!words) return setError(t('work.form.outcomeNeeded'));
      return onSubmit({ outcome: words });
    }
    const h = Number(hours);
    if (!Number.isInteger(h) || h < 1 || h > 168) return setError(t('work.form.hoursRange'));
    if (!words) return setError(t('work.form.reasonNeeded'));
    return onSubmit({ hours: h, reason: words });
  }

  const textLabel =
    action === 'complete'
      ? t('work.form.outcome')
      : action === 'requestExtension'
        ? t('work.form.extensionReason')
        : t('work.form.text');
  return (
    <form className="work-form" onSubmit={submit} data-testid={`work-form-${action}`} noValidate>
      {reasons ? (
        <label className="work-form__field">
          <span>{t('work.form.reason')}</span>
          <select
            className="work-input"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid={`work-reason-${action}`}
          >
            {reasons.map((r) => (
              <option key={r} value={r}>
                {reasonWord(t, r)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {action === 'requestExtension' ? (
        <label className="work-form__field">
          <span>{t('work.form.hours')}</span>
          <input
            className="work-input"
            type="number"
            inputMode="numeric"
            min={1}
            max={168}
            value={hours}
            onChange={(e) => setHours(e.target.value)}
            data-testid="work-hours"
          />
        </label>
      ) : null}
      <label className="work-form__field">
        <span>{textLabel}</span>
        <textarea
          className="work-input work-input--area"
          rows={3}
          maxLength={action === 'complete' ? 2000 : 500}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          data-testid={`work-text-${action}`}
        />
      </label>
      {error ? (
        <p className="work-form__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="work-form__buttons">
        <Button type="submit" busy={busy} data-testid={`work-submit-${action}`}>
          {t(`work.submit.${action}` as SubmitKey)}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('work.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
