// A vendor manager hands one of the company's orders to a technician (ORD-2): a select of the kept staff list that
// sends order.assign at once (offline too). Must not fetch: useStaff keeps the list.
import type { OrderAction } from '../../../domain/orders/order-lifecycle';
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import type { KeptStaff } from '../staff/useStaff';

interface AssignSelectProps {
  order: LocalRow;
  staff: KeptStaff | null | undefined;
  busy: boolean;
  onAssign: (order: LocalRow, action: OrderAction, args: Record<string, unknown>, who: string) => void;
}

export function AssignSelect({ order, staff, busy, onAssign }: AssignSelectProps) {
  const { t } = useI18n();
  const id = String(order._id);
  const current = typeof order.assigneeUserId === 'string' ? order.assigneeUserId : '';
  const members = staff?.staff ?? [];
  const known = members.some((s) => s.userId === current);
  return (
    <label className="work-assign">
      <span className="work-assign__label">{t('work.assign.label')}</span>
      <select
        className="work-assign__select"
        data-testid={`work-assign-${id}`}
        value={current}
        disabled={busy || members.length === 0}
        onChange={(e) => {
          const chosen = members.find((s) => s.userId === e.target.value);
          if (chosen && chosen.userId !== current)
            onAssign(order, 'assign', { userId: chosen.userId }, chosen.displayName);
        }}
      >
        <option value="">{members.length ? t('work.assign.nobody') : t('work.assign.noStaff')}</option>
        {current && !known ? <option value={current}>{String(order.assigneeName || current)}</option> : null}
        {members.map((s) => (
          <option key={s.userId} value={s.userId}>
            {t('work.assign.option', { name: s.displayName, count: s.openOrders })}
          </option>
        ))}
      </select>
    </label>
  );
}
