// Building blocks of the registry detail screens: the header with back, edit and map links, the record's sync state
// (waiting, or refused with the server's reason), and a list of labelled facts. Must not read the database.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Notice } from '../../ui/Notice';
import { type RegistryKind, registryPath } from './registry-path';

export interface Fact {
  label: string;
  value: ReactNode;
  testId?: string;
}

export function FactList({ facts }: { facts: readonly Fact[] }) {
  const { t } = useI18n();
  return (
    <dl className="reg-facts">
      {facts.map((f) => (
        <div className="reg-facts__row" key={f.label} data-testid={f.testId}>
          <dt>{f.label}</dt>
          <dd>{f.value === '' || f.value === null || f.value === undefined ? t('registry.none') : f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="reg-section" data-testid={testId}>
      <h2 className="reg-section__title">{title}</h2>
      {children}
    </section>
  );
}

/** The server's refusal of a change to this record, if one is waiting to be read in the outbox. */
export function useRefusal(id: string): string | null {
  const { state } = useSync();
  const hit = state.rejected.find((r) => {
    const args = r.entry.args as { id?: unknown; phone?: unknown } | null;
    return args?.id === id || (r.entry.name === 'caller.setClass' && args?.phone === id);
  });
  return hit ? (hit.entry.problem?.message ?? hit.entry.problem?.code ?? '?') : null;
}

interface HeaderProps {
  kind: RegistryKind;
  row: LocalRow;
  canWrite: boolean;
  subtitle?: string;
}

export function DetailHeader({ kind, row, canWrite, subtitle }: HeaderProps) {
  const { t } = useI18n();
  const id = String(row.id ?? row._id);
  const refusal = useRefusal(id);
  const hasPlace = row.lat !== null && row.lat !== undefined;
  return (
    <header className="reg-detail__head">
      <Link href={registryPath(kind)} className="reg-back">
        ← {t('registry.back')}
      </Link>
      <h1 className="reg-detail__title" data-testid="reg-detail-name">
        {String(row.name)}
      </h1>
      {subtitle ? <p className="reg-detail__subtitle">{subtitle}</p> : null}
      <div className="reg-detail__actions">
        {canWrite ? (
          <Link href={registryPath(kind, id, 'edit')} className="btn btn--primary" data-testid="reg-edit">
            {t('registry.edit')}
          </Link>
        ) : null}
        {hasPlace ? (
          <Link href="/map" className="btn btn--secondary" data-testid="reg-map-link">
            {t('registry.showOnMap')}
          </Link>
        ) : null}
      </div>
      {row._mutationId ? (
        <Notice tone="info" testId="reg-pending">
          {t('registry.pendingNotice')}
        </Notice>
      ) : null}
      {refusal ? (
        <Notice tone="error" testId="reg-refused">
          {t('registry.refusedNotice', { reason: refusal })}
        </Notice>
      ) : null}
    </header>
  );
}

export function yesNo(t: ReturnType<typeof useI18n>['t'], value: unknown): string {
  return value ? t('registry.yes') : t('registry.no');
}

export function positionText(t: ReturnType<typeof useI18n>['t'], lat: unknown, lng: unknown): string {
  if (typeof lat !== 'number' || typeof lng !== 'number') return '';
  return t('registry.position', { lat: lat.toFixed(5), lng: lng.toFixed(5) });
}
