// One order on the phone's work list (FLD-1): light, number, type, status, address, resident, deadline, the pending
// mark, and the next main step as one big button (complete opens the detail, which asks for the outcome). Must not
// read the db: the list passes the rows; actions go through the caller.
import { Link, useLocation } from 'wouter';
import { formatDeadline } from '../../../domain/orders/order-deadlines';
import type { OrderAction } from '../../../domain/orders/order-lifecycle';
import type { LocalRow } from '../../../local/local-db';
import type { MessageKey } from '../../app/i18n/translate';
import { useI18n } from '../../app/i18n/useI18n';
import { Button } from '../../ui/Button';
import { OrderLight } from '../orders/OrderLight';
import type { KeptStaff } from '../staff/useStaff';
import { AssignSelect } from './AssignSelect';
import type { WorkItem } from './work-list-model';
import { workPath } from './work-path';

type TypeKey = Extract<MessageKey, `orders.type.${string}`>;
type StatusKey = Extract<MessageKey, `orders.status.${string}`>;
type ActionKey = Extract<MessageKey, `work.action.${string}`>;

interface WorkListItemProps {
  item: WorkItem;
  resident: LocalRow | undefined;
  now: number;
  busy: string | null;
  onAction: (order: LocalRow, action: OrderAction, args?: Record<string, unknown>, who?: string) => void;
  /** Given to a vendor manager: the hand-over select. */
  staff?: KeptStaff | null;
}

/** The deadline that runs now, as the centre reads it. */
export function runningDeadline(row: LocalRow): { kind: 'confirm' | 'service'; at: string } | null {
  if (row.status === 'dispatched' && typeof row.confirmDueAt === 'string')
    return { kind: 'confirm', at: row.confirmDueAt };
  return typeof row.serviceDueAt === 'string' ? { kind: 'service', at: row.serviceDueAt } : null;
}

export function WorkListItem({ item, resident, now, busy, onAction, staff }: WorkListItemProps) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const { row, next, pending } = item;
  const id = String(row._id);
  const due = runningDeadline(row);
  const name = String(resident?.name ?? row.callerName ?? '');

  const tap = () => {
    if (!next) return;
    // The outcome is required, so completing goes through the detail's form.
    if (next === 'complete') navigate(workPath(id, 'complete'));
    else onAction(row, next);
  };

  return (
    <li className="work-item" data-testid={`work-order-${id}`} data-status={String(row.status)}>
      <Link href={workPath(id)} className="work-item__link">
        <span className="work-item__top">
          <OrderLight order={row} now={now} />
          <strong className="work-item__no">{String(row.no)}</strong>
          {pending ? (
            <span className="work-item__pending" data-testid={`work-pending-${id}`}>
              {t('orders.waiting')}
            </span>
          ) : null}
        </span>
        <span className="work-item__meta">
          {t(`orders.type.${String(row.type)}` as TypeKey)} · {t(`orders.status.${String(row.status)}` as StatusKey)}
        </span>
        <span className="work-item__address">{String(row.address || t('work.noAddress'))}</span>
        {name ? <span className="work-item__resident">{name}</span> : null}
        {due ? (
          <span className="work-item__due">
            {t(due.kind === 'confirm' ? 'work.due.confirm' : 'work.due.service', { time: formatDeadline(due.at) })}
          </span>
        ) : null}
      </Link>
      {next ? (
        <Button
          className="work-item__main"
          onClick={tap}
          busy={busy === `${id}:${next}`}
          data-testid={`work-main-${id}`}
          data-action={next}
        >
          {t(`work.action.${next}` as ActionKey)}
        </Button>
      ) : null}
      {staff !== undefined ? <AssignSelect order={row} staff={staff} busy={busy !== null} onAssign={onAction} /> : null}
    </li>
  );
}
