// An elderly resident in full (REG-3): identity, place, categories, service card and device, contacts in calling order
// with tel: links, and (only with resident.sensitive, SEC-2) id card, health, medication, allergies and access notes.
import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Notice } from '../../ui/Notice';
import { OneTouchLink } from '../alarms/OneTouchLink';
import { RaiseAlarmButton } from '../alarms/RaiseAlarmButton';
import { ageOn, communityPath, listJoin } from './catalogue-names';
import { DetailHeader, FactList, positionText, Section, yesNo } from './DetailParts';
import { vocabLabel } from './labels';
import type { Catalogue } from './useCatalogue';
import { useSessionUser } from './useSessionUser';

interface Props {
  row: LocalRow;
  catalogue: Catalogue;
  canWrite: boolean;
  canSensitive: boolean;
}

/** Contacts in calling order. An edited contact keeps its id (contactIdFor), so the pull replaces it in place. */
export function useContacts(residentId: string): LocalRow[] | undefined {
  const { db } = useSync();
  return useLiveQuery(async () => {
    const rows = await db.resident_contacts.filter((c) => c.residentId === residentId).toArray();
    return rows.sort((a, b) => Number(a.position) - Number(b.position));
  }, [db, residentId]);
}

function Contacts({ residentId }: { residentId: string }) {
  const { t } = useI18n();
  const contacts = useContacts(residentId);
  if (!contacts) return null;
  if (contacts.length === 0) return <p className="reg-muted">{t('registry.noContacts')}</p>;
  return (
    <ol className="reg-contacts" data-testid="resident-contacts">
      {contacts.map((c) => (
        <li key={c._id} className="reg-contact">
          <span className="reg-contact__who">
            <strong>{String(c.name)}</strong> <span className="reg-muted">{vocabLabel(t, 'relation', c.relation)}</span>
          </span>
          <a
            className="btn btn--secondary reg-contact__call"
            href={`tel:${String(c.phone)}`}
            aria-label={t('registry.call', { name: String(c.name), phone: String(c.phone) })}
          >
            {String(c.phone)}
          </a>
        </li>
      ))}
    </ol>
  );
}

export function ResidentDetail({ row, catalogue, canWrite, canSensitive }: Props) {
  const { t, lang } = useI18n();
  const access = useSessionUser();
  // The same permissions the server asks of resident.issueDeviceToken.
  const canIssueLink = access.can('registry.write') || access.can('alarms.console');
  const id = String(row.id ?? row._id);
  const age = ageOn(String(row.birthDate), new Date().toISOString().slice(0, 10));
  const identities = Array.isArray(row.identityCategories) ? (row.identityCategories as string[]) : [];
  const phone = String(row.phone ?? '');
  const place = communityPath(
    String(row.communityId),
    catalogue.communitiesById,
    catalogue.streetsById,
    catalogue.districtsById,
    lang,
  );
  return (
    <article className="reg-detail" data-testid="reg-detail-resident">
      <DetailHeader
        kind="residents"
        row={row}
        canWrite={canWrite}
        subtitle={[vocabLabel(t, 'gender', row.gender), age === null ? '' : t('registry.row.age', { age })]
          .filter(Boolean)
          .join(' · ')}
      />
      <Section title={t('registry.section.basic')}>
        <FactList
          facts={[
            { label: t('registry.field.phone'), value: phone ? <a href={`tel:${phone}`}>{phone}</a> : '' },
            { label: t('registry.field.birthDate'), value: String(row.birthDate ?? '') },
            ...(canSensitive
              ? [{ label: t('registry.field.idCard'), value: String(row.idCard ?? ''), testId: 'fact-idcard' }]
              : []),
            { label: t('registry.field.communityId'), value: place },
            { label: t('registry.field.address'), value: String(row.address ?? '') },
            { label: t('registry.field.position'), value: positionText(t, row.lat, row.lng) },
            {
              label: t('registry.field.identityCategories'),
              value: listJoin(
                identities.map((c) => vocabLabel(t, 'identity', c)),
                lang,
              ),
            },
            { label: t('registry.field.livesAlone'), value: yesNo(t, row.livesAlone) },
            { label: t('registry.field.active'), value: yesNo(t, row.active) },
          ]}
        />
      </Section>
      <Section title={t('registry.section.contacts')}>
        <Contacts residentId={id} />
      </Section>
      <Section title={t('registry.section.health')} testId="resident-health">
        {canSensitive ? (
          <FactList
            facts={[
              { label: t('registry.field.healthConditions'), value: String(row.healthConditions ?? '') },
              { label: t('registry.field.medication'), value: String(row.medication ?? '') },
              { label: t('registry.field.allergies'), value: String(row.allergies ?? '') },
              { label: t('registry.field.accessNotes'), value: String(row.accessNotes ?? '') },
            ]}
          />
        ) : (
          <Notice tone="info" testId="sensitive-hidden">
            {t('registry.sensitiveHidden')}
          </Notice>
        )}
      </Section>
      {access.can('alarms.raise') ? (
        <Section title={t('alarms.raise.title')}>
          <RaiseAlarmButton residentId={id} />
        </Section>
      ) : null}
      {canIssueLink ? (
        <Section title={t('alarms.oneTouch.title')}>
          <OneTouchLink residentId={id} />
        </Section>
      ) : null}
      <Section title={t('registry.section.card')}>
        <FactList
          facts={[
            { label: t('registry.field.serviceCardNo'), value: String(row.serviceCardNo ?? '') },
            {
              label: t('registry.field.cardBalance'),
              value: t('registry.money', { amount: (Number(row.cardBalanceCents ?? 0) / 100).toFixed(2) }),
            },
            {
              label: t('registry.field.cardMinutes'),
              value: t('registry.minutes', { count: Number(row.cardMinutes ?? 0) }),
            },
            { label: t('registry.field.deviceId'), value: String(row.deviceId ?? '') },
          ]}
        />
      </Section>
    </article>
  );
}
