// A volunteer or skilled individual in full (REG-2): contact, place, skills, service mode, support system, duty
// state with the last position, and the partner company. Must only read; editing is RegistryForm's.
import { Link } from 'wouter';
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import { formatTime } from '../sync/describe-change';
import { categoryPath, nameIn } from './catalogue-names';
import { DetailHeader, FactList, positionText, Section, yesNo } from './DetailParts';
import { vocabLabel } from './labels';
import { registryPath } from './registry-path';
import type { Catalogue } from './useCatalogue';

export function VolunteerDetail({
  row,
  catalogue,
  canWrite,
}: {
  row: LocalRow;
  catalogue: Catalogue;
  canWrite: boolean;
}) {
  const { t, lang } = useI18n();
  const district = catalogue.districtsById.get(String(row.districtId));
  const community = catalogue.communitiesById.get(String(row.communityId));
  const company = catalogue.companies.find((c) => c.id === row.companyId);
  const skills = Array.isArray(row.skillIds) ? (row.skillIds as string[]) : [];
  const phone = String(row.phone ?? '');
  const duty = row.onDuty
    ? `${t('registry.row.onDuty')} ${row.dutyAt ? t('registry.dutySince', { time: formatTime(String(row.dutyAt), lang) }) : ''}`
    : t('registry.row.offDuty');
  return (
    <article className="reg-detail" data-testid="reg-detail-volunteer">
      <DetailHeader
        kind="volunteers"
        row={row}
        canWrite={canWrite}
        subtitle={vocabLabel(t, 'volunteerKind', row.kind)}
      />
      <Section title={t('registry.section.basic')}>
        <FactList
          facts={[
            { label: t('registry.field.phone'), value: phone ? <a href={`tel:${phone}`}>{phone}</a> : '' },
            { label: t('registry.field.districtId'), value: district ? nameIn(district, lang) : '' },
            { label: t('registry.field.communityId'), value: community ? nameIn(community, lang) : '' },
            { label: t('registry.field.position'), value: positionText(t, row.lat, row.lng) },
            {
              label: t('registry.field.companyId'),
              value: company ? <Link href={registryPath('companies', company.id)}>{company.name}</Link> : '',
            },
            { label: t('registry.field.active'), value: yesNo(t, row.active) },
          ]}
        />
      </Section>
      <Section title={t('registry.section.service')}>
        {skills.length ? (
          <ul className="reg-chips">
            {skills.map((id) => (
              <li key={id} className="reg-chip">
                {categoryPath(id, catalogue.categoriesById, lang)}
              </li>
            ))}
          </ul>
        ) : null}
        <FactList
          facts={[
            { label: t('registry.field.serviceMode'), value: vocabLabel(t, 'serviceMode', row.serviceMode) },
            { label: t('registry.field.supportSystem'), value: vocabLabel(t, 'supportSystem', row.supportSystem) },
            { label: t('registry.field.onDuty'), value: duty, testId: 'fact-duty' },
            {
              label: `${t('registry.field.onDuty')} · ${t('registry.field.position')}`,
              value: row.onDuty ? positionText(t, row.dutyLat, row.dutyLng) : '',
            },
            {
              label: t('registry.field.timeBankMinutes'),
              value: t('registry.minutes', { count: Number(row.timeBankMinutes ?? 0) }),
            },
          ]}
        />
      </Section>
    </article>
  );
}
