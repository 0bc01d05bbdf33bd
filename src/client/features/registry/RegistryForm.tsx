// Create or edit a company, volunteer or resident (REG-1..3): checks the values with the protocol's own schema on the
// device, shows each refusal under its field, then queues the mutation (works offline) and opens the record.
// Must not write anything but through useSync().mutate, and must not send sensitive fields without the permission.
import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { LocalRow } from '../../../local/local-db';
import { registryMutationArgs } from '../../../protocol/registry';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ContactsInput } from './ContactsInput';
import { FormInput } from './FormInputs';
import { fieldsFor, mutationNames } from './form-fields';
import {
  type ContactDraft,
  type FieldErrors,
  type FormValues,
  fieldErrorsOf,
  valuesFromRow,
  valuesToArgs,
} from './form-model';
import { errorText } from './labels';
import { useContacts } from './ResidentDetail';
import { type RegistryKind, registryPath } from './registry-path';
import type { Catalogue } from './useCatalogue';

interface Props {
  kind: RegistryKind;
  /** The record to edit; absent for a new one. */
  id?: string;
  catalogue: Catalogue;
  canSensitive: boolean;
}

export function RegistryForm(props: Props) {
  const { db } = useSync();
  const { t } = useI18n();
  const row = useLiveQuery(
    async () => (props.id ? ((await db.table<LocalRow, string>(props.kind).get(props.id)) ?? null) : null),
    [db, props.kind, props.id],
  );
  const contacts = useContacts(props.id ?? '');
  if (row === undefined || (props.id && contacts === undefined)) return <p aria-busy="true">{t('registry.loading')}</p>;
  if (props.id && row === null) return <Notice tone="warning">{t('registry.notFound')}</Notice>;
  const drafts: ContactDraft[] = (contacts ?? []).map((c) => ({
    name: String(c.name),
    phone: String(c.phone),
    relation: String(c.relation),
  }));
  return <FormBody {...props} row={row} contacts={drafts} />;
}

function FormBody({
  kind,
  id,
  catalogue,
  canSensitive,
  row,
  contacts,
}: Props & { row: LocalRow | null; contacts: ContactDraft[] }) {
  const { t } = useI18n();
  const { mutate } = useSync();
  const [, navigate] = useLocation();
  const fields = fieldsFor(kind, canSensitive);
  const [values, setValues] = useState<FormValues>(() => valuesFromRow(fields, row ?? {}, contacts));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const errorOf = (path: string) => (errors[path] ? errorText(t, path, errors[path]) : undefined);

  // Put the cursor on the first field the check refused.
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field--invalid input')?.focus();
  }, [errors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const recordId = id ?? crypto.randomUUID();
    const name = id ? mutationNames[kind].update : mutationNames[kind].create;
    const args = valuesToArgs(fields, values, recordId);
    const parsed = registryMutationArgs[name].safeParse(args);
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error, args));
    setErrors({});
    setSaving(true);
    try {
      await mutate(name, parsed.data);
      navigate(registryPath(kind, recordId));
    } finally {
      setSaving(false);
    }
  }

  const count = Object.keys(errors).length;
  const title = id ? t('registry.form.titleEdit', { name: String(row?.name ?? '') }) : t(`registry.new.${kind}`);
  return (
    <form className="reg-form" onSubmit={submit} noValidate ref={formRef} data-testid={`reg-form-${kind}`}>
      <h1 className="reg-detail__title">{title}</h1>
      {count ? (
        <Notice tone="error" testId="reg-form-errors">
          {count === 1 ? t('registry.form.errorsOne') : t('registry.form.errors', { count })}
        </Notice>
      ) : null}
      <div className="reg-form__fields">
        {fields.map((spec) =>
          spec.input === 'contacts' ? (
            <ContactsInput
              key={spec.name}
              value={values[spec.name] as ContactDraft[]}
              onChange={(v) => setValues((old) => ({ ...old, [spec.name]: v }))}
              errorOf={errorOf}
            />
          ) : spec.name === 'lng' ? (
            <div key={spec.name} className="reg-form__with-hint">
              <FormInput
                spec={spec}
                value={values[spec.name] ?? ''}
                onChange={(v) => setValues((old) => ({ ...old, [spec.name]: v }))}
                error={errorOf(spec.name)}
                catalogue={catalogue}
              />
              <p className="reg-muted reg-form__hint">{t('registry.form.positionHint')}</p>
            </div>
          ) : (
            <FormInput
              key={spec.name}
              spec={spec}
              value={values[spec.name] ?? ''}
              onChange={(v) => setValues((old) => ({ ...old, [spec.name]: v }))}
              error={errorOf(spec.name)}
              catalogue={catalogue}
            />
          ),
        )}
      </div>
      <div className="reg-form__actions">
        <Button type="submit" busy={saving} data-testid="reg-save">
          {saving ? t('registry.form.saving') : t('registry.form.save')}
        </Button>
        <Link href={id ? registryPath(kind, id) : registryPath(kind)} className="btn btn--secondary">
          {t('registry.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
