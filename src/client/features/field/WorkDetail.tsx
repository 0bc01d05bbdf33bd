// One order on the phone at /work/<id> (FLD-1): resident, address, phones as tap-to-call links, description,
// deadlines with the light, the actions this user may take, notes and the trail. Must read the local db only.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { formatDeadline } from '../../../domain/orders/order-deadlines';
import type { OrderAction } from '../../../domain/orders/order-lifecycle';
import type { LocalRow } from '../../../local/local-db';
import type { MessageKey } from '../../app/i18n/translate';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Notice } from '../../ui/Notice';
import { useNow } from '../alarms/useNow';
import { OrderLight } from '../orders/OrderLight';
import { OrderActions } from './OrderActions';
import { OrderNotesPanel } from './OrderNotesPanel';
import { OrderTrail } from './OrderTrail';
import type { useOrderAction } from './useOrderAction';
import type { WorkUser } from './useWorkActor';
import { workPath } from './work-path';

type TypeKey = Extract<MessageKey, `orders.type.${string}`>;
type StatusKey = Extract<MessageKey, `orders.status.${string}`>;

interface Detail {
  order: LocalRow;
  resident: LocalRow | null;
  contacts: LocalRow[];
}

function useOrderDetail(id: string): Detail | null | undefined {
  const { db } = useSync();
  return useLiveQuery(async () => {
    const order = await db.orders.get(id);
    if (!order) return null;
    const rid = typeof order.residentId === 'string' ? order.residentId : null;
    const resident = rid ? ((await db.residents.get(rid)) ?? null) : null;
    const contacts = rid
      ? (await db.resident_contacts.filter((c) => c.residentId === rid).toArray()).sort(
          (a, b) => Number(a.position) - Number(b.position),
        )
      : [];
    return { order, resident, contacts };
  }, [db, id]);
}

function Phone({ label, phone, testId }: { label: string; phone: string; testId: string }) {
  if (!phone) return null;
  return (
    <a className="work-call" href={`tel:${phone.replace(/[^\d+]/g, '')}`} data-testid={testId}>
      <span className="work-call__icon" aria-hidden="true">
        ☎
      </span>
      <span>
        <span className="work-call__who">{label}</span>
        <span className="work-call__no">{phone}</span>
      </span>
    </a>
  );
}

interface WorkDetailProps {
  id: string;
  form: OrderAction | null;
  work: WorkUser;
  action: ReturnType<typeof useOrderAction>;
}

export function WorkDetail({ id, form, work, action }: WorkDetailProps) {
  const { t, lang } = useI18n();
  const { state } = useSync();
  const now = useNow(30_000);
  const detail = useOrderDetail(id);
  if (detail === undefined) return <p aria-busy="true">{t('orders.loading')}</p>;
  if (detail === null) return <Notice tone="warning">{t('work.notFound')}</Notice>;
  const { order, resident, contacts } = detail;
  const name = String(resident?.name ?? order.callerName ?? '');
  const text = (k: string) => (typeof order[k] === 'string' ? String(order[k]) : '');

  return (
    <article className="work-detail" data-testid="work-detail" data-status={String(order.status)}>
      <Link href={workPath()} className="work-back">
        ← {t('work.back')}
      </Link>
      <header className="work-detail__head">
        <h1 className="work-detail__no">{String(order.no)}</h1>
        <OrderLight order={order} now={now} />
        <p className="work-detail__meta">
          {t(`orders.type.${String(order.type)}` as TypeKey)} ·{' '}
          <span data-testid="work-status">{t(`orders.status.${String(order.status)}` as StatusKey)}</span>
        </p>
      </header>
      <section className="work-block" aria-label={t('work.resident')}>
        {name ? <p className="work-detail__name">{name}</p> : null}
        <p className="work-detail__address">{text('address') || t('work.noAddress')}</p>
        {resident?.accessNotes ? <p className="work-muted">{String(resident.accessNotes)}</p> : null}
        <div className="work-calls">
          <Phone label={name || t('work.resident')} phone={String(resident?.phone ?? '')} testId="work-call-resident" />
          {text('callerPhone') && text('callerPhone') !== resident?.phone ? (
            <Phone
              label={t('work.caller', { name: text('callerName') })}
              phone={text('callerPhone')}
              testId="work-call-caller"
            />
          ) : null}
          {contacts.map((c) => (
            <Phone key={c._id} label={String(c.name)} phone={String(c.phone)} testId={`work-call-contact-${c._id}`} />
          ))}
        </div>
      </section>
      <section className="work-block">
        <h2 className="work-block__title">{t('work.description')}</h2>
        <p className="work-detail__desc">{text('description')}</p>
        <dl className="work-deadlines">
          {text('confirmDueAt') ? (
            <>
              <dt>{t('work.deadline.confirm')}</dt>
              <dd>{formatDeadline(text('confirmDueAt'))}</dd>
            </>
          ) : null}
          {text('serviceDueAt') ? (
            <>
              <dt>{t('work.deadline.service')}</dt>
              <dd>{formatDeadline(text('serviceDueAt'))}</dd>
            </>
          ) : null}
          {order.extensionState ? (
            <>
              <dt>{t('work.deadline.extension')}</dt>
              <dd>
                {t(`work.extension.${String(order.extensionState)}` as Extract<MessageKey, `work.extension.${string}`>)}
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <section className="work-block" aria-label={t('work.actions')}>
        {action.outcome?.orderId === id ? (
          <Notice tone={action.outcome.tone} testId="work-outcome">
            {action.outcome.text(t, lang, state.pending > 0)}
          </Notice>
        ) : null}
        <OrderActions
          order={order}
          actor={work.actor}
          now={now}
          busy={action.busy}
          initialForm={form}
          onRun={(a, args) => action.run(order, a, args)}
        />
      </section>
      <section className="work-block">
        <h2 className="work-block__title">{t('work.notes')}</h2>
        <OrderNotesPanel order={order} />
      </section>
      <section className="work-block">
        <h2 className="work-block__title">{t('work.trail')}</h2>
        <OrderTrail orderId={id} />
      </section>
    </article>
  );
}
