// One row of a registry list: the name as a link to the detail, and the key facts of its kind on one or two lines.
// Must not read the database: the list passes the row and the catalogue.
import { Link } from 'wouter';
import type { LocalRow } from '../../../local/local-db';
import type { I18n } from '../../app/i18n/i18n-context';
import { useI18n } from '../../app/i18n/useI18n';
import { ageOn, categoryPath, listJoin, nameIn } from './catalogue-names';
import { vocabLabel } from './labels';
import { type RegistryKind, registryPath } from './registry-path';
import type { Catalogue } from './useCatalogue';

const today = () => new Date().toISOString().slice(0, 10);

function Tag({ children, tone = 'plain' }: { children: string; tone?: 'plain' | 'good' | 'warn' | 'muted' }) {
  return <span className={`reg-tag reg-tag--${tone}`}>{children}</span>;
}

function categoriesText(ids: unknown, catalogue: Catalogue, lang: 'zh-CN' | 'en', t: I18n['t']): string {
  const list = Array.isArray(ids) ? (ids as string[]) : [];
  const shown = list.slice(0, 2).map((id) => categoryPath(id, catalogue.categoriesById, lang));
  const text = listJoin(shown, lang);
  return list.length > 2 ? `${text} ${t('registry.row.more', { count: list.length - 2 })}` : text;
}

function Facts({ kind, row, catalogue }: { kind: RegistryKind; row: LocalRow; catalogue: Catalogue }) {
  const { t, lang } = useI18n();
  const district = catalogue.districtsById.get(String(row.districtId));
  const place = district ? nameIn(district, lang) : '';
  switch (kind) {
    case 'companies':
      return (
        <>
          <p className="reg-row__line">
            {[place, String(row.phone), String(row.contactPerson ?? '')].filter(Boolean).join(' · ')}
          </p>
          <p className="reg-row__line reg-row__line--muted">{categoriesText(row.categoryIds, catalogue, lang, t)}</p>
          <p className="reg-row__tags">
            <Tag tone={row.status === 'active' ? 'good' : 'warn'}>{vocabLabel(t, 'status', row.status)}</Tag>
            {row.is24h ? <Tag>{t('registry.row.h24')}</Tag> : null}
          </p>
        </>
      );
    case 'volunteers':
      return (
        <>
          <p className="reg-row__line">
            {[place, String(row.phone), vocabLabel(t, 'volunteerKind', row.kind)].filter(Boolean).join(' · ')}
          </p>
          <p className="reg-row__line reg-row__line--muted">{categoriesText(row.skillIds, catalogue, lang, t)}</p>
          <p className="reg-row__tags">
            <Tag tone={row.onDuty ? 'good' : 'muted'}>
              {row.onDuty ? t('registry.row.onDuty') : t('registry.row.offDuty')}
            </Tag>
            <Tag>{vocabLabel(t, 'serviceMode', row.serviceMode)}</Tag>
            {row.active === false ? <Tag tone="warn">{t('registry.row.inactive')}</Tag> : null}
          </p>
        </>
      );
    case 'residents': {
      const community = catalogue.communitiesById.get(String(row.communityId));
      const age = ageOn(String(row.birthDate), today());
      const identities = Array.isArray(row.identityCategories) ? (row.identityCategories as string[]) : [];
      return (
        <>
          <p className="reg-row__line">
            {[
              vocabLabel(t, 'gender', row.gender),
              age === null ? '' : t('registry.row.age', { age }),
              String(row.phone ?? ''),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <p className="reg-row__line reg-row__line--muted">
            {[place, community ? nameIn(community, lang) : ''].filter(Boolean).join(' › ')}
          </p>
          {row.livesAlone || identities.length ? (
            <p className="reg-row__tags">
              {row.livesAlone ? <Tag tone="warn">{t('registry.row.alone')}</Tag> : null}
              {identities.map((c) => (
                <Tag key={c}>{vocabLabel(t, 'identity', c)}</Tag>
              ))}
            </p>
          ) : null}
        </>
      );
    }
    default: {
      const never: never = kind;
      return never;
    }
  }
}

export function ListRow({ kind, row, catalogue }: { kind: RegistryKind; row: LocalRow; catalogue: Catalogue }) {
  const { t } = useI18n();
  const id = String(row.id ?? row._id);
  return (
    <li className="reg-row" data-testid={`reg-row-${id}`}>
      <Link href={registryPath(kind, id)} className="reg-row__link">
        <span className="reg-row__name">{String(row.name)}</span>
        {row._mutationId ? <span className="reg-row__pending">{t('registry.row.pending')}</span> : null}
      </Link>
      <Facts kind={kind} row={row} catalogue={catalogue} />
    </li>
  );
}
