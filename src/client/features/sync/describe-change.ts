// A refused change in plain words (FLD-2): what it was, from the outbox entry and its saved label.
// Must not decide anything: the server's reason is shown beside it as given.
import type { I18n } from '../../app/i18n/i18n-context';
import type { RefusedChange } from '../../app/sync/sync-context';
import { actionWord } from '../orders/trail-words';

export function describeChange({ entry, label }: RefusedChange, t: I18n['t']): string {
  if (entry.name === 'order.addNote') {
    const text = String((entry.args as { text?: unknown }).text ?? '');
    return label?.orderNo ? t('sync.refusedNote', { no: label.orderNo, text }) : t('sync.refusedNoteUnknown', { text });
  }
  if (entry.name === 'duty.set') {
    return (entry.args as { onDuty?: boolean }).onDuty ? t('sync.refusedDutyOn') : t('sync.refusedDutyOff');
  }
  if (entry.name.startsWith('order.')) {
    const action = actionWord(t, entry.name);
    return label?.orderNo ? t('sync.refusedOrder', { no: label.orderNo, action }) : action;
  }
  return t('sync.refusedOther', { name: entry.name });
}

/** "10:42" today, else "11-20 10:42", in the device's time zone. */
export function formatTime(iso: string, lang: string): string {
  const d = new Date(iso);
  const sameDay = d.toDateString() === new Date().toDateString();
  const time = d.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', hour12: false });
  if (sameDay) return time;
  return `${d.toLocaleDateString(lang, { month: '2-digit', day: '2-digit' })} ${time}`;
}
