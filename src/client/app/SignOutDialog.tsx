// The in-app confirmation before signing out with changes not yet synced (SEC-2): says how many will be lost.
// Must not sign out itself; the caller decides on confirm or cancel.
import { useEffect, useRef } from 'react';
import { Button } from '../ui/Button';
import { useI18n } from './i18n/useI18n';

interface SignOutDialogProps {
  pending: number;
  onConfirm: () => void;
  onCancel: () => void;
}

export function SignOutDialog({ pending, onConfirm, onCancel }: SignOutDialogProps) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDivElement>(null);
  // Focus starts on Cancel: the safe choice when data would be lost.
  useEffect(() => dialogRef.current?.querySelector<HTMLButtonElement>('[data-testid=signout-cancel]')?.focus(), []);

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="signout-title"
        aria-describedby="signout-body"
        data-testid="signout-confirm"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      >
        <h2 id="signout-title" className="dialog__title">
          {t('signout.title')}
        </h2>
        <p id="signout-body">{t('signout.lose', { count: pending })}</p>
        <div className="dialog__actions">
          <Button variant="secondary" onClick={onCancel} data-testid="signout-cancel">
            {t('signout.cancel')}
          </Button>
          <Button variant="primary" onClick={onConfirm} data-testid="signout-confirm-yes">
            {t('signout.confirm')}
          </Button>
        </div>
      </div>
    </div>
  );
}
