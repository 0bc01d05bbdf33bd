// The phone's work list at /work (FLD-1, ORD-2): my open orders, the company pool ("first to accept takes it"),
// and for a vendor manager the company's orders with the hand-over select. Must read the local db only (useWorkData)
// and act only through useOrderAction.
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import { Notice } from '../../ui/Notice';
import { useStaff } from '../staff/useStaff';
import { useFirstScreenful } from './useFirstScreenful';
import type { useOrderAction } from './useOrderAction';
import type { WorkUser } from './useWorkActor';
import type { WorkData } from './useWorkData';
import { WorkListItem } from './WorkListItem';
import type { WorkItem } from './work-list-model';

interface WorkListProps {
  work: WorkUser;
  data: WorkData | undefined;
  now: number;
  action: ReturnType<typeof useOrderAction>;
}

function Section(props: {
  title: string;
  hint?: string;
  testId: string;
  items: WorkItem[];
  residents: Map<string, LocalRow>;
  now: number;
  action: WorkListProps['action'];
  staff?: ReturnType<typeof useStaff>;
}) {
  const { title, hint, testId, items, residents, now, action, staff } = props;
  const shown = useFirstScreenful(items.length);
  if (items.length === 0) return null;
  return (
    <section className="work-section" data-testid={testId}>
      <h2 className="work-section__title">
        {title} <span className="work-section__count">{items.length}</span>
      </h2>
      {hint ? <p className="work-section__hint">{hint}</p> : null}
      <ul className="work-items">
        {items.slice(0, shown).map((item) => (
          <WorkListItem
            key={item.row._id}
            item={item}
            resident={residents.get(String(item.row.residentId))}
            now={now}
            busy={action.busy}
            onAction={(o, a, args, who) => void action.run(o, a, args, who)}
            {...(staff !== undefined ? { staff } : {})}
          />
        ))}
      </ul>
    </section>
  );
}

export function WorkList({ work, data, now, action }: WorkListProps) {
  const { t } = useI18n();
  const isManager = work.actor.role === 'vendor_manager';
  const staff = useStaff(work.token, isManager);
  if (!data) return <p aria-busy="true">{t('orders.loading')}</p>;
  const empty = data.mine.length + data.pool.length + data.company.length === 0;
  const common = { residents: data.residents, now, action };
  return (
    <div className="work-list" data-testid="work-list">
      {empty ? <p className="work-empty">{t('work.empty')}</p> : null}
      <Section title={t('work.section.mine')} testId="work-mine" items={data.mine} {...common} />
      <Section
        title={t('work.section.pool')}
        hint={t('work.section.poolHint')}
        testId="work-pool"
        items={data.pool}
        {...common}
      />
      {isManager ? (
        <>
          {staff === null ? <Notice tone="warning">{t('work.assign.notLoaded')}</Notice> : null}
          <Section
            title={t('work.section.company')}
            testId="work-company"
            items={data.company}
            staff={staff ?? null}
            {...common}
          />
        </>
      ) : null}
    </div>
  );
}
