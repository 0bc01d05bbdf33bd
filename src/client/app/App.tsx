// The shell: the sign-in screen when nobody is signed in, else the device's sync, the header, the sync state and
// the home of the user's role. Must not hold feature logic; features live in src/client/features.
import { lazy, Suspense, useState } from 'react';
import { LoginScreen } from '../features/login/LoginScreen';
import { SyncStatus } from '../features/sync/SyncStatus';
import { residentPageToken } from '../resident/resident-route';
import { Notice } from '../ui/Notice';
import { AppHeader } from './AppHeader';
import { useI18n } from './i18n/useI18n';
import { AppNav, AppRoutes } from './routes';
import { SignOutDialog } from './SignOutDialog';
import type { Session } from './session';
import { SyncProvider } from './sync/SyncProvider';
import { useSync } from './sync/useSync';
import { UpdateBanner } from './UpdateBanner';
import { useOnline } from './useOnline';
import { useSession } from './useSession';

const ResidentPage = lazy(() => import('../resident/ResidentPage'));

export function App() {
  const { session, notice, signIn, signOut, expire } = useSession();
  // The resident's one-touch page (/r/<token>) needs no sign-in and never shows the signed-in shell (ALM-1).
  const residentToken = residentPageToken(window.location.pathname, session !== null);
  if (residentToken) {
    return (
      <Suspense fallback={null}>
        <ResidentPage token={residentToken} />
      </Suspense>
    );
  }

  if (!session) {
    return (
      <>
        <UpdateBanner />
        <LoginScreen notice={notice} onSignedIn={signIn} />
      </>
    );
  }
  return (
    <SyncProvider
      key={session.user.id}
      actor={{
        userId: session.user.id,
        role: session.user.role,
        companyId: session.user.companyId,
        communityIds: session.user.communityIds,
      }}
      token={session.token}
      onSessionEnded={expire}
    >
      <SignedInShell session={session} signOut={signOut} />
    </SyncProvider>
  );
}

/** Sign-out (SEC-2): asks first when changes are pending, then wipes the device's data and ends the session. */
function SignedInShell({ session, signOut }: { session: Session; signOut: () => Promise<void> }) {
  const { t } = useI18n();
  const online = useOnline();
  const { state, wipe } = useSync();
  const [confirming, setConfirming] = useState(false);

  async function wipeAndSignOut() {
    setConfirming(false);
    await wipe();
    await signOut();
  }

  return (
    <div className="shell">
      <AppHeader
        user={session.user}
        onSignOut={async () => {
          if (state.pending > 0) setConfirming(true);
          else await wipeAndSignOut();
        }}
      />
      <AppNav session={session} />
      <UpdateBanner />
      {online ? null : (
        <div className="shell__offline">
          <Notice tone="warning" testId="offline-banner">
            {t('net.offlineBanner')}
          </Notice>
        </div>
      )}
      <SyncStatus />
      <AppRoutes session={session} />
      {confirming ? (
        <SignOutDialog pending={state.pending} onConfirm={wipeAndSignOut} onCancel={() => setConfirming(false)} />
      ) : null}
    </div>
  );
}
