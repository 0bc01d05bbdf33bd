// The shell: the sign-in screen when nobody is signed in, else the header and the home of the user's role.
// Must not hold feature logic; features live in src/client/features and plug in below the header.
import { HomeScreen } from '../features/home/HomeScreen';
import { LoginScreen } from '../features/login/LoginScreen';
import { Notice } from '../ui/Notice';
import { AppHeader } from './AppHeader';
import { useI18n } from './i18n/useI18n';
import { UpdateBanner } from './UpdateBanner';
import { useOnline } from './useOnline';
import { useSession } from './useSession';

export function App() {
  const { t } = useI18n();
  const online = useOnline();
  const { session, notice, signIn, signOut } = useSession();

  if (!session) {
    return (
      <>
        <UpdateBanner />
        <LoginScreen notice={notice} onSignedIn={signIn} />
      </>
    );
  }
  return (
    <div className="shell">
      <AppHeader user={session.user} onSignOut={signOut} />
      <UpdateBanner />
      {online ? null : (
        <div className="shell__offline">
          <Notice tone="warning" testId="offline-banner">
            {t('net.offlineBanner')}
          </Notice>
        </div>
      )}
      <HomeScreen key={session.user.role} session={session} />
    </div>
  );
}
