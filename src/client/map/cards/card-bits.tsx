// Small pieces the map's cards share: a definition row, names by language, a tel: link, a time.
// Must not read the db or decide what a card shows.
import type { ReactNode } from 'react';
import type { LocalRow } from '../../../local/local-db';
import type { Lang } from '../../app/i18n/translate';

export function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="map-card__row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function Phone({ phone }: { phone: string }) {
  if (!phone) return <>—</>;
  return (
    <a className="map-card__tel" href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
      {phone}
    </a>
  );
}

export function nameIn(lang: Lang, row: LocalRow | undefined): string {
  if (!row) return '';
  const en = typeof row.nameEn === 'string' && row.nameEn !== '' ? row.nameEn : null;
  return String(lang === 'en' && en ? en : (row.name ?? ''));
}

/** Category names grouped under their parent, one line per group: "水电维修：管道疏通、水管维修". */
export function categoryLines(lang: Lang, ids: readonly string[], byId: Map<string, LocalRow>): string[] {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const row = byId.get(id);
    const parent = row?.parentId ? byId.get(String(row.parentId)) : undefined;
    const head = parent ? nameIn(lang, parent) : '';
    const list = groups.get(head) ?? [];
    list.push(row ? nameIn(lang, row) : id);
    groups.set(head, list);
  }
  const [colon, comma] = lang === 'en' ? [': ', ', '] : ['：', '、'];
  return [...groups].map(([head, names]) => (head ? `${head}${colon}${names.join(comma)}` : names.join(comma)));
}

/** Grouped category names as lines, or a dash when there are none. */
export function Categories({ lang, ids, byId }: { lang: Lang; ids: readonly string[]; byId: Map<string, LocalRow> }) {
  const lines = categoryLines(lang, ids, byId);
  if (lines.length === 0) return <>—</>;
  return (
    <ul className="map-card__cats">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

export function formatTime(lang: Lang, iso: unknown): string {
  if (typeof iso !== 'string' || Number.isNaN(Date.parse(iso))) return '—';
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
