// The resident form's contacts (REG-3, ALM-5): a list in calling order, each with name, phone and relation; add,
// remove, move up and down. Must not validate: errors arrive by path ('contacts.1.phone') from the form.
import { contactRelations } from '../../../domain/registry/registry-kinds';
import { useI18n } from '../../app/i18n/useI18n';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import type { ContactDraft } from './form-model';
import { vocabLabel } from './labels';

interface Props {
  value: ContactDraft[];
  onChange: (value: ContactDraft[]) => void;
  errorOf: (path: string) => string | undefined;
}

export function ContactsInput({ value, onChange, errorOf }: Props) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<ContactDraft>) =>
    onChange(value.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...value];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
  };
  return (
    <fieldset className="reg-group reg-contacts-edit">
      <legend className="field__label">{t('registry.section.contacts')}</legend>
      <ol className="reg-contacts-edit__list">
        {value.map((c, i) => {
          const id = `reg-f-contacts-${i}`;
          const relationError = errorOf(`contacts.${i}.relation`);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: drafts have no id; the position is the identity here
            <li key={i} className="reg-contacts-edit__item">
              <p className="reg-contacts-edit__title">{t('registry.contact.number', { n: i + 1 })}</p>
              <Field
                id={`${id}-name`}
                label={t('registry.contact.name')}
                value={c.name}
                onChange={(e) => set(i, { name: e.target.value })}
                error={errorOf(`contacts.${i}.name`)}
              />
              <Field
                id={`${id}-phone`}
                label={t('registry.contact.phone')}
                type="tel"
                value={c.phone}
                onChange={(e) => set(i, { phone: e.target.value })}
                error={errorOf(`contacts.${i}.phone`)}
              />
              <div className={relationError ? 'field field--invalid' : 'field'}>
                <label className="field__label" htmlFor={`${id}-relation`}>
                  {t('registry.contact.relation')}
                </label>
                <select
                  id={`${id}-relation`}
                  className="field__input reg-select"
                  value={c.relation}
                  onChange={(e) => set(i, { relation: e.target.value })}
                >
                  <option value="">{t('registry.form.choose')}</option>
                  {contactRelations.map((r) => (
                    <option key={r} value={r}>
                      {vocabLabel(t, 'relation', r)}
                    </option>
                  ))}
                </select>
                {relationError ? <p className="field__error">{relationError}</p> : null}
              </div>
              <div className="reg-contacts-edit__actions">
                <Button variant="secondary" disabled={i === 0} onClick={() => move(i, -1)}>
                  {t('registry.contact.up')}
                </Button>
                <Button variant="secondary" disabled={i === value.length - 1} onClick={() => move(i, 1)}>
                  {t('registry.contact.down')}
                </Button>
                <Button variant="quiet" onClick={() => onChange(value.filter((_, j) => j !== i))}>
                  {t('registry.contact.remove')}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      {errorOf('contacts') ? <p className="field__error">{errorOf('contacts')}</p> : null}
      <Button
        variant="secondary"
        disabled={value.length >= 10}
        onClick={() => onChange([...value, { name: '', phone: '', relation: 'family' }])}
      >
        {t('registry.contact.add')}
      </Button>
    </fieldset>
  );
}
