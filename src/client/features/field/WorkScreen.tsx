// The field worker's and vendor manager's work screen at /work/* (FLD-1..3, ORD-2): the duty switch on top, the day
// pack, then the list (/work) or one order (/work/<id>[/<form>]). Must read the local db only, so it opens offline.
import './field.css';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { can } from '../../../domain/access/roles';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useNow } from '../alarms/useNow';
import { DutyCard } from './DutyCard';
import { useOrderAction } from './useOrderAction';
import { useWorkActor } from './useWorkActor';
import { useWorkData } from './useWorkData';
import { WorkDetail } from './WorkDetail';
import { WorkList } from './WorkList';
import { parseWorkPath } from './work-path';

// The pack needs the tile code (save area, size limits): loaded when asked for, so the list opens fast.
const DayPack = lazy(() => import('./DayPack'));

export default function WorkScreen() {
  const { t } = useI18n();
  const [location] = useLocation();
  const view = parseWorkPath(location);
  const work = useWorkActor();
  const action = useOrderAction();
  const now = useNow(60_000);
  const [packOpen, setPackOpen] = useState(false);

  useEffect(() => {
    document.title = `${t('work.title')} · ${t('app.name')} ${t('app.latinName')}`;
  }, [t]);

  if (!work) return <Notice tone="warning">{t('work.noSession')}</Notice>;
  return (
    <main className="work" data-testid="screen-work">
      {can(work.user, 'duty.set') ? (
        <div className="work-duty">
          <DutyCard user={work.user} />
        </div>
      ) : null}
      {view.type === 'list' ? (
        <ListView work={work} now={now} action={action} packOpen={packOpen} onPack={() => setPackOpen((o) => !o)} />
      ) : (
        <WorkDetail key={view.id} id={view.id} form={view.form} work={work} action={action} />
      )}
    </main>
  );
}

function ListView(props: {
  work: NonNullable<ReturnType<typeof useWorkActor>>;
  now: number;
  action: ReturnType<typeof useOrderAction>;
  packOpen: boolean;
  onPack: () => void;
}) {
  const { t, lang } = useI18n();
  const { state } = useSync();
  const { work, now, action, packOpen, onPack } = props;
  const data = useWorkData(work.actor, now);
  const packIds = data ? [...data.mine, ...data.pool, ...data.company].map((i) => String(i.row._id)) : [];
  return (
    <>
      <div className="work-bar">
        <h1 className="work-bar__title">{t('work.title')}</h1>
        <Button variant="secondary" onClick={onPack} aria-expanded={packOpen} data-testid="work-daypack">
          {t('work.daypack.button')}
        </Button>
      </div>
      {packOpen ? (
        <Suspense fallback={<p aria-busy="true">{t('orders.loading')}</p>}>
          <DayPack orderIds={packIds} />
        </Suspense>
      ) : null}
      {action.outcome ? (
        <Notice tone={action.outcome.tone} testId="work-outcome">
          {action.outcome.text(t, lang, state.pending > 0)}
        </Notice>
      ) : null}
      <WorkList work={work} data={data} now={now} action={action} />
    </>
  );
}
