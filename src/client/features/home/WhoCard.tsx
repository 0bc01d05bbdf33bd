// The "signed in" card: name, username, role, scope and how long the session lasts — all from the session.
// Must not show anything the session does not hold.
import { useI18n } from '../../app/i18n/useI18n';
import type { Session } from '../../app/session';
import { Card } from '../../ui/Card';
import { describeScope } from './scope';

export function WhoCard({ session }: { session: Session }) {
  const { t, lang } = useI18n();
  const { user } = session;
  const until = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(session.expiresAt),
  );
  const rows: [string, string][] = [
    [t('who.name'), user.displayName],
    [t('who.username'), user.username],
    [t('who.role'), t(`role.${user.role}`)],
    [t('who.scope'), describeScope(user, t)],
    [t('who.until'), until],
  ];
  return (
    <Card title={t('who.heading')} testId="who-card" level={2}>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div className="facts__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
