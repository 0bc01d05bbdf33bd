// The home of the signed-in user's role: heading, who is signed in, and what this screen will hold.
// Must not show invented data; when a feature ships, its panel replaces the planned card here.
import { useEffect } from 'react';
import { can } from '../../../domain/access/roles';
import { useI18n } from '../../app/i18n/useI18n';
import type { Session } from '../../app/session';
import { AlarmConsole } from '../alarms/AlarmConsole';
import { AlarmOffers } from '../alarms/OfferCard';
import { PushOptIn } from '../alarms/PushOptIn';
import { DutyCard } from '../field/DutyCard';
import { MyOrdersCard } from '../field/MyOrdersCard';
import { LatestNotesCard } from '../notes/LatestNotesCard';
import { OrdersHomeCard } from '../orders/OrdersHomeCard';
import { PlannedCard } from './PlannedCard';
import { plannedPanelsOf } from './role-plans';
import { WhoCard } from './WhoCard';

export function HomeScreen({ session }: { session: Session }) {
  const { t } = useI18n();
  const { role } = session.user;
  const title = t(`home.${role}.title`);

  useEffect(() => {
    document.title = `${title} · ${t('app.name')} ${t('app.latinName')}`;
  }, [title, t]);

  return (
    <main className="home" data-testid={`home-${role}`} data-role={role}>
      <div className="home__intro">
        <h1 className="home__title">{title}</h1>
        <p className="home__lead">{t(`home.${role}.intro`)}</p>
      </div>
      {/* Alarms first on every home that has them: a life may be waiting (ALM-2, ALM-3). */}
      {can(session.user, 'alarms.respond') ? <AlarmOffers /> : null}
      {can(session.user, 'alarms.respond') ? <PushOptIn token={session.token} /> : null}
      {can(session.user, 'alarms.console') ? <AlarmConsole /> : null}
      <div className="home__grid">
        {/* Whoever can be offered alarms goes on and off duty here: field workers and liaisons (FLD-3, ALM-3). */}
        {can(session.user, 'duty.set') ? <DutyCard user={session.user} /> : null}
        {role === 'field_worker' || role === 'vendor_manager' ? <MyOrdersCard /> : null}
        {can(session.user, 'orders.dispatch') ? (
          <OrdersHomeCard supervise={can(session.user, 'orders.supervise')} />
        ) : null}
        {role === 'dispatcher' || role === 'supervisor' ? <LatestNotesCard /> : null}
        <WhoCard session={session} />
        <section className="plans" aria-labelledby="plans-heading">
          <h2 className="plans__heading" id="plans-heading">
            {t('plans.heading')}
          </h2>
          <p className="plans__note">{t('plans.note')}</p>
          <div className="plans__list">
            {plannedPanelsOf(role).map((panel) => (
              <PlannedCard key={panel} panel={panel} />
            ))}
          </div>
        </section>
      </div>
    </main>
  );
}
