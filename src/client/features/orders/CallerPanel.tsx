// What the centre knows of a typed number at once (ORD-1, REG-4): the caller's class, residents with that phone
// (to pick), and past cases from that number, newest first with their lights. Must only read local rows.
import '../registry/registry.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import type { LocalRow } from '../../../local/local-db';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { CallerClassIcon } from '../registry/CallerClassIcon';
import { historyOf, isCallerClass, lookupOf } from '../registry/callers';
import { formatTime } from '../sync/describe-change';
import { residentsMatching } from './intake-model';
import { OrderLight } from './OrderLight';
import { statusWord, typeWord } from './order-words';
import { orderPath } from './orders-path';

interface Props {
  /** The number as typed, already debounced. */
  phone: string;
  residentId: string;
  onPickResident: (resident: LocalRow | null) => void;
  now: number;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const digitsOf = (v: unknown): string => String(v ?? '').replace(/\D/g, '');

export function CallerPanel({ phone, residentId, onPickResident, now }: Props) {
  const { t, lang } = useI18n();
  const { db } = useSync();
  const { phone: digits } = lookupOf(phone);
  // Class and past cases first, on their own: two small reads that show while the residents are still searched.
  const found = useLiveQuery(async () => {
    if (digits.length < 5) return null;
    const [caller, orders] = await Promise.all([
      db.callers.get(digits),
      db.orders.filter((o) => o.callerPhone === digits).toArray(),
    ]);
    return { caller: caller ?? null, history: historyOf(orders, digits) };
  }, [db, digits]);
  const matches = useLiveQuery(async () => {
    if (digits.length < 5) return [];
    // Only rows whose number ends with the typed digits; residentsMatching then compares the normal forms.
    const endsWithTyped = (row: LocalRow) => digitsOf(row.phone).endsWith(digits);
    const [residents, contacts] = await Promise.all([
      db.residents.filter(endsWithTyped).toArray(),
      db.resident_contacts.filter(endsWithTyped).toArray(),
    ]);
    const own = new Set(residents.map((r) => String(r.id)));
    const linked = await db.residents.bulkGet(contacts.map((c) => String(c.residentId)).filter((id) => !own.has(id)));
    const candidates = [...residents, ...linked.filter((r): r is LocalRow => r !== undefined)];
    return residentsMatching(candidates, contacts, digits);
  }, [db, digits]);
  const residents = matches ?? [];

  if (!found) return <p className="ord-muted ord-caller-panel">{t('ord.intake.typePhone')}</p>;
  const cls = found.caller && isCallerClass(found.caller.class) ? found.caller.class : 'normal';
  return (
    <section className="ord-caller-panel" aria-live="polite" data-testid="intake-caller">
      <div className="ord-caller-panel__head">
        <CallerClassIcon value={cls} size="large" />
        {found.caller && str(found.caller.note) ? <span className="ord-muted">{str(found.caller.note)}</span> : null}
      </div>
      {residents.length > 0 ? (
        <div>
          <h3 className="ord-sub">{t('ord.intake.residents')}</h3>
          <ul className="ord-pick-list">
            {residents.map((r) => {
              const id = String(r.id);
              const picked = id === residentId;
              return (
                <li key={id}>
                  <button
                    type="button"
                    className={picked ? 'ord-pick ord-pick--on' : 'ord-pick'}
                    aria-pressed={picked}
                    onClick={() => onPickResident(picked ? null : r)}
                    data-testid={`intake-resident-${id}`}
                  >
                    <strong>{str(r.name)}</strong> <span className="ord-muted">{str(r.address)}</span>
                    {picked ? <span className="ord-tag">{t('ord.intake.picked')}</span> : null}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <h3 className="ord-sub">{t('ord.intake.history', { n: found.history.length })}</h3>
      {found.history.length === 0 ? (
        <p className="ord-muted">{t('ord.intake.noHistory')}</p>
      ) : (
        <ul className="ord-history" data-testid="intake-history">
          {found.history.slice(0, 8).map((o) => (
            <li key={String(o.id)} className="ord-history__item">
              <OrderLight order={o} now={now} />
              <Link href={orderPath(String(o.id))} className="ord-no">
                {str(o.no)}
              </Link>
              <span>{typeWord(t, o.type)}</span>
              <span>{statusWord(t, o.status)}</span>
              <span className="ord-muted">{formatTime(str(o.createdAt), lang)}</span>
              <span className="ord-history__desc">{str(o.description)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
