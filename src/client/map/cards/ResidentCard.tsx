// The resident card (REG-3 on the map): name, age, address, phone, contacts in calling order; health and access
// notes only for roles with resident.sensitive (SEC-2). Must not change the resident.
import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { ageOn, type MapItem } from '../map-items';
import type { MapCatalogues } from '../useMapData';
import { nameIn, Phone, Row } from './card-bits';

const relations = ['family', 'doctor', 'liaison', 'security', 'neighbour', 'other'] as const;
type Relation = (typeof relations)[number];
const asRelation = (v: unknown): Relation => (relations.includes(v as Relation) ? (v as Relation) : 'other');

interface ResidentCardProps {
  item: MapItem;
  catalogues: MapCatalogues;
  showSensitive: boolean;
}

export function ResidentCard({ item, catalogues, showSensitive }: ResidentCardProps) {
  const { t, lang } = useI18n();
  const { db } = useSync();
  const r = item.row;
  const contacts = useLiveQuery(
    async () =>
      (await db.resident_contacts.filter((c) => c.residentId === item.id).toArray()).sort(
        (a, b) => Number(a.position) - Number(b.position),
      ),
    [db, item.id],
  );
  const age = ageOn(String(r.birthDate ?? ''), new Date().toISOString().slice(0, 10));
  const community = catalogues.communitiesById.get(String(r.communityId));
  const gender = r.gender === 'female' ? 'female' : 'male';

  return (
    <dl className="map-card__list">
      <Row label={t('map.card.age')}>
        {age === null ? '—' : t('map.card.ageValue', { age })} · {t(`map.card.gender.${gender}`)}
        {r.livesAlone ? ` · ${t('map.card.livesAlone')}` : ''}
      </Row>
      <Row label={t('map.card.phone')}>
        <Phone phone={String(r.phone ?? '')} />
      </Row>
      <Row label={t('map.card.address')}>{String(r.address ?? '') || '—'}</Row>
      <Row label={t('map.card.community')}>{nameIn(lang, community) || '—'}</Row>
      <Row label={t('map.card.contacts')} testId="card-contacts">
        {!contacts || contacts.length === 0 ? (
          t('map.card.noContacts')
        ) : (
          <ol className="map-card__contacts">
            {contacts.map((c: LocalRow) => (
              <li key={c._id}>
                {String(c.name)} ({t(`map.card.relation.${asRelation(c.relation)}`)}) <Phone phone={String(c.phone)} />
              </li>
            ))}
          </ol>
        )}
      </Row>
      {showSensitive ? (
        <>
          <Row label={t('map.card.health')} testId="card-health">
            {[
              [t('map.card.conditions'), r.healthConditions],
              [t('map.card.medication'), r.medication],
              [t('map.card.allergies'), r.allergies],
            ]
              .map(([label, v]) => `${label}: ${String(v ?? '') || t('map.card.none')}`)
              .join('；')}
          </Row>
          <Row label={t('map.card.access')} testId="card-access">
            {String(r.accessNotes ?? '') || t('map.card.none')}
          </Row>
        </>
      ) : null}
    </dl>
  );
}
