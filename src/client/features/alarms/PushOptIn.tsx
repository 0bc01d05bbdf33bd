// "Enable alarm notifications" for responders (ALM-3): shown only where web push works and permission is not yet
// granted, so an offer reaches the phone with the app closed. Must not subscribe without the user's press.
import { useState } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { Button } from '../../ui/Button';
import { enablePush, pushSupported } from './push-subscribe';

export function PushOptIn({ token }: { token: string }) {
  const { t, lang } = useI18n();
  const [permission, setPermission] = useState<NotificationPermission | 'unsupported'>(() =>
    pushSupported() ? Notification.permission : 'unsupported',
  );
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (permission === 'unsupported' || permission === 'granted') return null;

  async function enable() {
    setBusy(true);
    setFailed(false);
    try {
      setPermission(await enablePush(token, lang));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="push-opt-in" data-testid="push-opt-in">
      {permission === 'denied' ? (
        <p className="push-opt-in__note">{t('alarm.push.denied')}</p>
      ) : (
        <Button variant="secondary" busy={busy} onClick={enable} data-testid="push-enable">
          {t('alarm.push.enable')}
        </Button>
      )}
      {failed ? (
        <p className="push-opt-in__note" role="alert">
          {t('alarm.push.failed')}
        </p>
      ) : null}
    </div>
  );
}
