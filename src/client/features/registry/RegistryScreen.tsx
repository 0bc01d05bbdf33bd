// The registry screen (REG-1..3) at /registry/*: tabs for companies, volunteers and residents, each a searchable
// list, a detail page and (for registry.write) the create and edit forms. Must only read the device's database.
import './registry.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { Link, useLocation } from 'wouter';
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Notice } from '../../ui/Notice';
import { CompanyDetail } from './CompanyDetail';
import { RegistryForm } from './RegistryForm';
import { RegistryList } from './RegistryList';
import { ResidentDetail } from './ResidentDetail';
import { parseRegistryPath, type RegistryKind, registryKinds, registryPath } from './registry-path';
import { type Catalogue, useCatalogue } from './useCatalogue';
import { useSessionUser } from './useSessionUser';
import { VolunteerDetail } from './VolunteerDetail';

function Tabs({ current }: { current: RegistryKind | null }) {
  const { t } = useI18n();
  return (
    <nav className="reg-tabs" aria-label={t('registry.tabs')}>
      {registryKinds.map((kind) => (
        <Link
          key={kind}
          href={registryPath(kind)}
          className={kind === current ? 'reg-tab reg-tab--active' : 'reg-tab'}
          aria-current={kind === current ? 'page' : undefined}
          data-testid={`reg-tab-${kind}`}
        >
          {t(`registry.tab.${kind}`)}
        </Link>
      ))}
    </nav>
  );
}

function Detail(props: {
  kind: RegistryKind;
  id: string;
  catalogue: Catalogue;
  canWrite: boolean;
  canSensitive: boolean;
}) {
  const { db } = useSync();
  const { t } = useI18n();
  const row = useLiveQuery(
    async () => (await db.table<LocalRow, string>(props.kind).get(props.id)) ?? null,
    [db, props.kind, props.id],
  );
  if (row === undefined) return <p aria-busy="true">{t('registry.loading')}</p>;
  if (row === null) {
    return (
      <Notice tone="warning" testId="reg-not-found">
        {t('registry.notFound')}
      </Notice>
    );
  }
  switch (props.kind) {
    case 'companies':
      return <CompanyDetail row={row} catalogue={props.catalogue} canWrite={props.canWrite} />;
    case 'volunteers':
      return <VolunteerDetail row={row} catalogue={props.catalogue} canWrite={props.canWrite} />;
    case 'residents':
      return (
        <ResidentDetail
          row={row}
          catalogue={props.catalogue}
          canWrite={props.canWrite}
          canSensitive={props.canSensitive}
        />
      );
    default: {
      const never: never = props.kind;
      return never;
    }
  }
}

export default function RegistryScreen() {
  const { t } = useI18n();
  const [location] = useLocation();
  const access = useSessionUser();
  const catalogue = useCatalogue();
  const view = parseRegistryPath(location);
  const canWrite = access.can('registry.write');
  const canSensitive = access.can('resident.sensitive');

  useEffect(() => {
    document.title = `${t('registry.title')} · ${t('app.name')} ${t('app.latinName')}`;
  }, [t]);

  const body = (() => {
    switch (view.type) {
      case 'list':
        return <RegistryList key={view.kind} kind={view.kind} catalogue={catalogue} canWrite={canWrite} />;
      case 'detail':
        return (
          <Detail kind={view.kind} id={view.id} catalogue={catalogue} canWrite={canWrite} canSensitive={canSensitive} />
        );
      case 'new':
      case 'edit':
        if (!canWrite) return <Notice tone="warning">{t('registry.form.notAllowed')}</Notice>;
        return (
          <RegistryForm
            key={`${view.kind}:${view.type === 'edit' ? view.id : 'new'}`}
            kind={view.kind}
            id={view.type === 'edit' ? view.id : undefined}
            catalogue={catalogue}
            canSensitive={canSensitive}
          />
        );
      case 'unknown':
        return <Notice tone="warning">{t('nav.notFound')}</Notice>;
      default: {
        const never: never = view;
        return never;
      }
    }
  })();

  return (
    <main className="reg" data-testid="screen-registry">
      {view.type === 'list' ? <h1 className="reg__title">{t('registry.title')}</h1> : null}
      <Tabs current={view.type === 'unknown' ? null : view.kind} />
      {body}
    </main>
  );
}
