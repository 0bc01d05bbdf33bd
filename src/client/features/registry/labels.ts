// Message keys of the registry's vocabularies and field names, so screens word rows in the user's language.
// Pure: returns keys or uses the t it is given; must not hold any text itself.
import type { I18n } from '../../app/i18n/i18n-context';
import type { MessageKey } from '../../app/i18n/translate';
import { zhCN } from '../../app/i18n/zh-CN';
import type { Vocabulary } from './form-fields';
import type { ErrorReason } from './form-model';

type T = I18n['t'];

/** Keys without placeholders that exist in the catalogue; anything else is shown as given. */
function plainKey(key: string): MessageKey | null {
  return Object.hasOwn(zhCN, key) ? (key as MessageKey) : null;
}

function say(t: T, key: MessageKey): string {
  return (t as (k: MessageKey) => string)(key);
}

export function vocabLabel(t: T, vocab: Vocabulary, value: unknown): string {
  const key = plainKey(`registry.vocab.${vocab}.${String(value)}`);
  return key ? say(t, key) : String(value);
}

/** A field's name; 'contacts.1.phone' → "联系人 2 · 电话". */
export function fieldLabel(t: T, path: string): string {
  const [head, index, leaf] = path.split('.');
  if (head === 'contacts' && index !== undefined) {
    const n = t('registry.contact.number', { n: Number(index) + 1 });
    const sub = leaf === undefined ? null : plainKey(`registry.contact.${leaf}`);
    return sub ? `${n} · ${say(t, sub)}` : n;
  }
  const key = plainKey(`registry.field.${head}`);
  return key ? say(t, key) : path;
}

export function errorText(t: T, path: string, reason: ErrorReason): string {
  return t(`registry.error.${reason}`, { field: fieldLabel(t, path) });
}
