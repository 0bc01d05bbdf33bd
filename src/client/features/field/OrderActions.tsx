// The buttons of one order on the phone (FLD-1): only what availableOrderActions allows this user now, each with
// data-testid work-action-<action>; the ones needing words open ActionForm. Must not send anything itself.
import { useState } from 'react';
import type { Actor } from '../../../domain/access/roles';
import { availableOrderActions, type OrderAction } from '../../../domain/orders/order-lifecycle';
import type { LocalRow } from '../../../local/local-db';
import { orderFactsOf } from '../../../local/optimistic-orders';
import type { MessageKey } from '../../app/i18n/translate';
import { useI18n } from '../../app/i18n/useI18n';
import { Button } from '../../ui/Button';
import { ActionForm, type FormAction, formActions } from './ActionForm';

type ActionKey = Extract<MessageKey, `work.action.${string}`>;
// The field steps, in the order the work goes; assign is the manager's select, the rest are the centre's.
const fieldActions: readonly OrderAction[] = [
  'accept',
  'startTravel',
  'arrive',
  'complete',
  'requestExtension',
  'cannotComplete',
  'return',
];
const mainOnes: readonly OrderAction[] = ['accept', 'startTravel', 'arrive', 'complete'];

interface OrderActionsProps {
  order: LocalRow;
  actor: Actor;
  now: number;
  busy: string | null;
  initialForm: OrderAction | null;
  onRun: (action: OrderAction, args?: Record<string, unknown>) => Promise<boolean>;
}

export function OrderActions({ order, actor, now, busy, initialForm, onRun }: OrderActionsProps) {
  const { t } = useI18n();
  const allowed = availableOrderActions(orderFactsOf(order), actor, new Date(now));
  const actions = fieldActions.filter((a) => allowed.includes(a));
  const [open, setOpen] = useState<FormAction | null>(
    initialForm && (formActions as readonly string[]).includes(initialForm) ? (initialForm as FormAction) : null,
  );
  const id = String(order._id);
  if (actions.length === 0) return <p className="work-muted">{t('work.noActions')}</p>;
  if (open && actions.includes(open)) {
    return (
      <ActionForm
        action={open}
        busy={busy === `${id}:${open}`}
        onCancel={() => setOpen(null)}
        onSubmit={async (args) => {
          if (await onRun(open, args)) setOpen(null);
        }}
      />
    );
  }
  return (
    <div className="work-actions">
      {actions.map((a) => (
        <Button
          key={a}
          variant={mainOnes.includes(a) ? 'primary' : 'secondary'}
          className={mainOnes.includes(a) ? 'work-actions__main' : undefined}
          busy={busy === `${id}:${a}`}
          data-testid={`work-action-${a}`}
          onClick={() => {
            if ((formActions as readonly string[]).includes(a)) setOpen(a as FormAction);
            else void onRun(a);
          }}
        >
          {t(`work.action.${a}` as ActionKey)}
        </Button>
      ))}
    </div>
  );
}
