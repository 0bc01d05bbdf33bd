// One order at /orders/<id> (ORD-2, ORD-3): number, type, status, light and both deadlines; caller, resident and
// description; the actions the rules allow; the dispatch panel; the trail with notes. Must only read local rows and
// queue order.* mutations.
import { Link } from 'wouter';
import { formatDeadline } from '../../../domain/orders/order-deadlines';
import { availableOrderActions } from '../../../domain/orders/order-lifecycle';
import type { LocalRow } from '../../../local/local-db';
import { orderFactsOf } from '../../../local/optimistic-orders';
import { useI18n } from '../../app/i18n/useI18n';
import { Notice } from '../../ui/Notice';
import { useNow } from '../alarms/useNow';
import { formatTime } from '../sync/describe-change';
import { DispatchPanel } from './DispatchPanel';
import { OrderActions } from './OrderActions';
import { OrderLight } from './OrderLight';
import { OrderRefusals } from './OrderRefusals';
import { OrderTrail } from './OrderTrail';
import { statusWord, typeWord } from './order-words';
import { buildTrail } from './trail-model';
import { type OrderDetailData, useOrderDetail } from './useOrderDetail';
import { useOrdersUser } from './useOrdersUser';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

type ExtensionState = 'requested' | 'approved' | 'refused';

function extensionWord(t: ReturnType<typeof useI18n>['t'], row: LocalRow): string {
  const state = row.extensionState as ExtensionState;
  const hours = typeof row.extensionHours === 'number' && row.extensionHours > 0 ? row.extensionHours : null;
  return hours === null ? t(`ord.extensionState.${state}`) : t(`ord.extension.${state}`, { hours });
}

function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="ord-fact" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children === '' || children === null ? '—' : children}</dd>
    </div>
  );
}

function ResidentCard({ data }: { data: OrderDetailData }) {
  const { t } = useI18n();
  const r = data.resident;
  if (!r) return null;
  return (
    <section className="ord-card" aria-labelledby="ord-resident-title" data-testid="order-resident">
      <h2 id="ord-resident-title" className="ord-section-title">
        {t('ord.detail.resident')}
      </h2>
      <dl className="ord-facts">
        <Fact label={t('ord.detail.name')}>
          <Link href={`/registry/residents/${encodeURIComponent(String(r.id))}`}>{str(r.name)}</Link>
        </Fact>
        <Fact label={t('ord.col.address')}>{str(r.address)}</Fact>
        <Fact label={t('ord.detail.phone')}>{str(r.phone)}</Fact>
        {data.contacts.length > 0 ? (
          <Fact label={t('ord.detail.contacts')}>
            <ul className="ord-plain-list">
              {data.contacts.map((c) => (
                <li key={String(c.id)}>
                  {str(c.name)} · {str(c.phone)}
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
      </dl>
    </section>
  );
}

function Deadlines({ row }: { row: LocalRow }) {
  const { t } = useI18n();
  const dl = (k: string) => (typeof row[k] === 'string' ? formatDeadline(row[k] as string) : '—');
  // An order never dispatched has no deadlines yet: nothing to show rather than two dashes.
  if (
    typeof row.confirmDueAt !== 'string' &&
    typeof row.serviceDueAt !== 'string' &&
    typeof row.reminderAt !== 'string'
  )
    return null;
  return (
    <dl className="ord-deadlines">
      <Fact label={t('ord.detail.confirmDue')} testId="order-confirm-due">
        {dl('confirmDueAt')}
      </Fact>
      <Fact label={t('ord.detail.serviceDue')} testId="order-service-due">
        {dl('serviceDueAt')}
      </Fact>
      {typeof row.reminderAt === 'string' ? (
        <Fact label={t('ord.intake.field.reminderAt')}>{dl('reminderAt')}</Fact>
      ) : null}
    </dl>
  );
}

function Missing({ id, creating }: { id: string; creating: boolean }) {
  const { t } = useI18n();
  return (
    <main className="ord" data-testid="order-detail-missing">
      <Link href="/orders" className="ord-back">
        ← {t('ord.back')}
      </Link>
      <OrderRefusals orderId={id} />
      {creating ? (
        <Notice tone="info" testId="order-creating">
          {t('ord.detail.creating')}
        </Notice>
      ) : (
        <Notice tone="warning" testId="order-not-found">
          {t('ord.detail.notFound')}
        </Notice>
      )}
    </main>
  );
}

export function OrderDetail({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const now = useNow(30_000);
  const data = useOrderDetail(id);
  const { actor } = useOrdersUser();
  if (data === undefined) return <p aria-busy="true">{t('orders.loading')}</p>;
  const row = data.order;
  if (!row) return <Missing id={id} creating={data.creating} />;
  const names = new Map<string, string>();
  for (const e of data.events)
    if (typeof e.userId === 'string' && str(e.userName)) names.set(e.userId, str(e.userName));
  const trail = buildTrail(data.events, data.notes, (uid) => (uid ? (names.get(uid) ?? '') : ''));
  const offered = availableOrderActions(orderFactsOf(row), actor, new Date(now));
  const canDispatch = offered.includes('dispatch');
  const canRecommend = offered.includes('recommend');
  const categoryName = data.category
    ? str(lang === 'en' && data.category.nameEn ? data.category.nameEn : data.category.name)
    : '';
  const holder = [str(row.companyName), str(row.assigneeName)].filter(Boolean).join(' · ');

  return (
    <main className="ord ord--wide" data-testid="order-detail" data-status={str(row.status)}>
      <Link href="/orders" className="ord-back">
        ← {t('ord.back')}
      </Link>
      <header className="ord-detail-head">
        <h1 className="ord-head__title" data-testid="order-no">
          {str(row.no) || t('ord.detail.noNumber')}
        </h1>
        <OrderLight order={row} now={now} />
        <span className="ord-tag ord-tag--type">{typeWord(t, row.type)}</span>
        <span className="ord-tag ord-tag--status" data-testid="order-status">
          {statusWord(t, row.status)}
        </span>
        {row._mutationId ? <span className="ord-pending">{t('orders.waiting')}</span> : null}
        <Deadlines row={row} />
      </header>
      <OrderRefusals orderId={id} />
      <div className="ord-detail">
        <div className="ord-detail__main">
          <section className="ord-card" aria-labelledby="ord-case-title">
            <h2 id="ord-case-title" className="ord-section-title">
              {t('ord.detail.case')}
            </h2>
            <dl className="ord-facts">
              <Fact label={t('ord.col.caller')}>
                {[str(row.callerName), str(row.callerPhone)].filter(Boolean).join(' · ')}
              </Fact>
              <Fact label={t('ord.intake.field.categoryId')}>{categoryName}</Fact>
              <Fact label={t('ord.col.address')}>{str(row.address)}</Fact>
              <Fact label={t('ord.intake.field.communityId')}>
                {data.community
                  ? str(lang === 'en' && data.community.nameEn ? data.community.nameEn : data.community.name)
                  : ''}
              </Fact>
              <Fact label={t('ord.col.holder')}>{holder}</Fact>
              <Fact label={t('ord.detail.opened')}>{formatTime(str(row.createdAt), lang)}</Fact>
              {row.isContractCustomer === true ? <Fact label={t('ord.detail.contract')}>{t('ord.yes')}</Fact> : null}
              {row.extensionState ? (
                <Fact label={t('ord.detail.extension')}>
                  {extensionWord(t, row)}
                  {str(row.extensionReason) ? ` — ${str(row.extensionReason)}` : ''}
                </Fact>
              ) : null}
              {str(row.outcome) ? <Fact label={t('ord.intake.field.outcome')}>{str(row.outcome)}</Fact> : null}
            </dl>
            <p className="ord-description" data-testid="order-description">
              {str(row.description)}
            </p>
          </section>
          <ResidentCard data={data} />
          <OrderActions row={row} actor={actor} now={now} />
        </div>
        <div className="ord-detail__side">
          {canDispatch || canRecommend ? (
            <DispatchPanel order={row} canDispatch={canDispatch} canRecommend={canRecommend} />
          ) : null}
          <OrderTrail orderId={id} orderNo={str(row.no)} items={trail} />
        </div>
      </div>
    </main>
  );
}
