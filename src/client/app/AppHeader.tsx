// The header of every signed-in screen: brand, who is signed in, online state, language switch and sign-out.
// Must not hold session logic: signing out is the caller's onSignOut (useSession).
import { useState } from 'react';
import type { SessionUser } from '../../protocol/auth';
import { Button } from '../ui/Button';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { OnlineBadge } from '../ui/OnlineBadge';
import { useI18n } from './i18n/useI18n';
import { useOnline } from './useOnline';

interface AppHeaderProps {
  user: SessionUser;
  onSignOut: () => Promise<void>;
}

export function AppHeader({ user, onSignOut }: AppHeaderProps) {
  const { t, lang, setLang } = useI18n();
  const online = useOnline();
  const [signingOut, setSigningOut] = useState(false);

  async function signOut() {
    setSigningOut(true);
    try {
      await onSignOut();
    } finally {
      setSigningOut(false);
    }
  }

  return (
    <header className="app-header">
      <div className="app-header__bar">
        <div className="app-header__brand">
          <img src="/icons/anxin.svg" alt="" width={36} height={36} />
          <span className="app-header__name">
            {t('app.name')} <span lang="en">{t('app.latinName')}</span>
          </span>
        </div>
        <OnlineBadge online={online} onlineLabel={t('net.online')} offlineLabel={t('net.offline')} />
      </div>
      <div className="app-header__bar app-header__bar--user">
        <p className="app-header__user" data-testid="header-user">
          <span className="visually-hidden">{t('header.user')} </span>
          <strong>{user.displayName}</strong>
          <span className="app-header__role">{t(`role.${user.role}`)}</span>
        </p>
        <div className="app-header__actions">
          <LanguageSwitch lang={lang} onChange={setLang} label={t('lang.switch')} />
          <Button variant="secondary" busy={signingOut} onClick={signOut} data-testid="sign-out">
            {signingOut ? t('header.signingOut') : t('header.signOut')}
          </Button>
        </div>
      </div>
    </header>
  );
}
