// The sign-in screen: brand, language switch, username and password, and the server's answer in plain words.
// Must not keep the password anywhere after submitting, and must not pretend to sign in without the server.
import { useI18n } from '../../app/i18n/useI18n';
import type { Session } from '../../app/session';
import { useOnline } from '../../app/useOnline';
import type { Notice as SessionNotice } from '../../app/useSession';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { Notice } from '../../ui/Notice';
import { OnlineBadge } from '../../ui/OnlineBadge';
import { useLoginForm } from './useLoginForm';

interface LoginScreenProps {
  notice: SessionNotice | null;
  onSignedIn: (session: Session) => void;
}

export function LoginScreen({ notice, onSignedIn }: LoginScreenProps) {
  const { t, lang, setLang } = useI18n();
  const online = useOnline();
  const form = useLoginForm(onSignedIn);
  const fieldError = (name: 'username' | 'password') => (form.error?.field === name ? form.error.render(t) : undefined);

  return (
    <main className="login" data-testid="login-screen">
      <div className="login__panel">
        <div className="login__top">
          <OnlineBadge online={online} onlineLabel={t('net.online')} offlineLabel={t('net.offline')} />
          <LanguageSwitch lang={lang} onChange={setLang} label={t('lang.switch')} />
        </div>
        <div className="login__brand">
          <img className="login__logo" src="/icons/anxin.svg" alt="" width={72} height={72} />
          <div>
            <p className="login__name">
              {t('app.name')} <span lang="en">{t('app.latinName')}</span>
            </p>
            <p className="login__city">{t('app.city')}</p>
          </div>
        </div>
        <h1 className="login__title">{t('login.title')}</h1>
        {notice && !form.error ? (
          <Notice tone={notice.tone} testId="login-notice">
            {notice.render(t)}
          </Notice>
        ) : null}
        {!online ? (
          <Notice tone="warning" testId="login-offline">
            {t('login.offline')}
          </Notice>
        ) : null}
        {form.error && form.error.field === null && !(form.error.offline && !online) ? (
          <Notice tone="error" testId="login-error">
            {form.error.render(t)}
          </Notice>
        ) : null}
        <form className="login__form" onSubmit={form.submit} noValidate>
          <Field
            id="login-username"
            name="username"
            label={t('login.username')}
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            value={form.username}
            onChange={(event) => form.setUsername(event.target.value)}
            error={fieldError('username')}
            ref={form.usernameRef}
            disabled={form.submitting}
          />
          <Field
            id="login-password"
            name="password"
            type="password"
            label={t('login.password')}
            autoComplete="current-password"
            value={form.password}
            onChange={(event) => form.setPassword(event.target.value)}
            error={fieldError('password')}
            ref={form.passwordRef}
            disabled={form.submitting}
          />
          <Button type="submit" busy={form.submitting} className="login__submit" data-testid="login-submit">
            {form.submitting ? t('login.submitting') : t('login.submit')}
          </Button>
        </form>
      </div>
    </main>
  );
}
