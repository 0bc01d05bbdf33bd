// A partner company in full (REG-1): contact, place, two-level service categories, flags, rating, status with dates
// and the centre's remarks. Must only read; editing is RegistryForm's.
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import { categoryPath, nameIn } from './catalogue-names';
import { DetailHeader, FactList, positionText, Section, yesNo } from './DetailParts';
import { vocabLabel } from './labels';
import type { Catalogue } from './useCatalogue';

export function CompanyDetail({
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
  const categories = Array.isArray(row.categoryIds) ? (row.categoryIds as string[]) : [];
  const phone = String(row.phone ?? '');
  return (
    <article className="reg-detail" data-testid="reg-detail-company">
      <DetailHeader kind="companies" row={row} canWrite={canWrite} subtitle={vocabLabel(t, 'status', row.status)} />
      <Section title={t('registry.section.basic')}>
        <FactList
          facts={[
            {
              label: t('registry.field.phone'),
              value: phone ? <a href={`tel:${phone}`}>{phone}</a> : '',
              testId: 'fact-phone',
            },
            { label: t('registry.field.contactPerson'), value: String(row.contactPerson ?? '') },
            { label: t('registry.field.districtId'), value: district ? nameIn(district, lang) : '' },
            { label: t('registry.field.address'), value: String(row.address ?? '') },
            { label: t('registry.field.position'), value: positionText(t, row.lat, row.lng) },
          ]}
        />
      </Section>
      <Section title={t('registry.section.service')}>
        {categories.length ? (
          <ul className="reg-chips" data-testid="company-categories">
            {categories.map((id) => (
              <li key={id} className="reg-chip">
                {categoryPath(id, catalogue.categoriesById, lang)}
              </li>
            ))}
          </ul>
        ) : null}
        <FactList
          facts={[
            {
              label: t('registry.field.serviceRadiusM'),
              value: t('registry.metres', { m: Number(row.serviceRadiusM) }),
            },
            { label: t('registry.field.isVolunteerCompany'), value: yesNo(t, row.isVolunteerCompany) },
            { label: t('registry.field.isHomeCareProvider'), value: yesNo(t, row.isHomeCareProvider) },
            { label: t('registry.field.is24h'), value: yesNo(t, row.is24h) },
            { label: t('registry.field.creditRating'), value: vocabLabel(t, 'creditRating', row.creditRating) },
          ]}
        />
      </Section>
      <Section title={t('registry.section.status')}>
        <FactList
          facts={[
            { label: t('registry.field.status'), value: vocabLabel(t, 'status', row.status) },
            { label: t('registry.field.joinedOn'), value: String(row.joinedOn ?? '') },
            { label: t('registry.field.suspendedOn'), value: String(row.suspendedOn ?? '') },
            { label: t('registry.field.exitedOn'), value: String(row.exitedOn ?? '') },
            { label: t('registry.field.inspectionDueOn'), value: String(row.inspectionDueOn ?? '') },
            { label: t('registry.field.remarksRecommend'), value: String(row.remarksRecommend ?? '') },
            { label: t('registry.field.remarksSpecial'), value: String(row.remarksSpecial ?? '') },
          ]}
        />
      </Section>
    </article>
  );
}
