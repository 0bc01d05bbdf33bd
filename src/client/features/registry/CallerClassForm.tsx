// Set a number's class (REG-4) with a name and a note: checked with the protocol schema on the device, then queued as
// caller.setClass (works offline). Must not write anything but through useSync().mutate.
import { type FormEvent, useState } from 'react';
import type { CallerClass } from '../../../domain/registry/registry-kinds';
import { callerClasses } from '../../../domain/registry/registry-kinds';
import { registryMutationArgs } from '../../../protocol/registry';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { CallerClassIcon } from './CallerClassIcon';
import { type FieldErrors, fieldErrorsOf } from './form-model';
import { errorText } from './labels';

interface Props {
  phone: string;
  current: { class: CallerClass; name: string; note: string } | null;
}

export function CallerClassForm({ phone, current }: Props) {
  const { t } = useI18n();
  const { mutate } = useSync();
  const [cls, setCls] = useState<CallerClass>(current?.class ?? 'normal');
  const [name, setName] = useState(current?.name ?? '');
  const [note, setNote] = useState(current?.note ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const errorOf = (path: string) => (errors[path] ? errorText(t, path, errors[path]) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const args = { phone, class: cls, name, note };
    const parsed = registryMutationArgs['caller.setClass'].safeParse(args);
    if (!parsed.success) {
      setSaved(false);
      return setErrors(fieldErrorsOf(parsed.error, args));
    }
    setErrors({});
    await mutate('caller.setClass', parsed.data);
    setSaved(true);
  }

  return (
    <form className="reg-form caller-form" onSubmit={submit} noValidate data-testid="caller-form">
      <h2 className="reg-section__title">{t('callers.setClass')}</h2>
      <fieldset className="reg-group">
        <legend className="field__label">{t('callers.classLabel')}</legend>
        <div className="caller-form__classes">
          {callerClasses.map((c) => (
            <label key={c} className="caller-form__class" data-testid={`caller-class-${c}`}>
              <input
                type="radio"
                name="callerClass"
                value={c}
                checked={cls === c}
                onChange={() => {
                  setCls(c);
                  setSaved(false);
                }}
              />
              <CallerClassIcon value={c} />
            </label>
          ))}
        </div>
      </fieldset>
      {errorOf('phone') ? <Notice tone="error">{errorOf('phone')}</Notice> : null}
      <Field
        id="caller-name"
        label={t('callers.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errorOf('name')}
      />
      <Field
        id="caller-note"
        label={t('callers.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errorOf('note')}
      />
      <Button type="submit" data-testid="caller-save">
        {t('callers.save')}
      </Button>
      {saved ? (
        <Notice tone="info" testId="caller-saved">
          {t('callers.saved')}
        </Notice>
      ) : null}
    </form>
  );
}
