// The home of the signed-in user's role: heading, who is signed in, and what this screen will hold.
// Must not show invented data; when a feature ships, its panel replaces the planned card here.
import { useEffect } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import type { Session } from '../../app/session';
import { DutyCard } from '../field/DutyCard';
import { MyOrdersCard } from '../field/MyOrdersCard';
import { LatestNotesCard } from '../notes/LatestNotesCard';
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
      <div className="home__grid">
        {role === 'field_worker' ? (
          <>
            <DutyCard />
            <MyOrdersCard />
          </>
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
