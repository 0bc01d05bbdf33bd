// One "coming soon" card: what the panel will do and which feature brings it. No numbers, no buttons.
// Must not imply the panel works yet.
import { useI18n } from '../../app/i18n/useI18n';
import { Card } from '../../ui/Card';
import { featureOf, type PlannedPanel } from './role-plans';

export function PlannedCard({ panel }: { panel: PlannedPanel }) {
  const { t } = useI18n();
  return (
    <Card
      title={t(`plan.${panel}.title`)}
      badge={t('plans.badge')}
      tone="planned"
      testId={`planned-${panel}`}
      footer={t('plans.arrives', { feature: t(featureOf(panel)) })}
    >
      <p>{t(`plan.${panel}.body`)}</p>
    </Card>
  );
}
