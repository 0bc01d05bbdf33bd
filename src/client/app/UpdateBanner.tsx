// Offers the waiting new version of the app; reloading is the user's choice so no screen changes mid-task.
// Must not reload on its own.
import { Button } from '../ui/Button';
import { useI18n } from './i18n/useI18n';
import { applyUpdate } from './service-worker';
import { useUpdateWaiting } from './useUpdateWaiting';

export function UpdateBanner() {
  const { t } = useI18n();
  const waiting = useUpdateWaiting();
  if (!waiting) return null;
  return (
    <div className="update-banner" role="status" data-testid="update-banner">
      <span>{t('update.ready')}</span>
      <Button variant="secondary" onClick={applyUpdate}>
        {t('update.reload')}
      </Button>
    </div>
  );
}
