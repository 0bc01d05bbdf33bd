// The admin's register / edit form of one alarm device (ALM-9): checked against the protocol schema, each error
// named next to its field, before device.register / device.update is queued. Must not write rows itself.
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { useSync } from '../../app/sync/useSync';
import { Button } from '../../ui/Button';
import {
  type DeviceDraft,
  type DeviceField,
  deviceProfileNames,
  draftOfDevice,
  emptyDraft,
  type FieldError,
  fieldErrorsOf,
  registerArgsOf,
  updateArgsOf,
} from './device-form';
import { matchResidents } from './device-helpers';
import { profileText } from './device-words';
import { type Device, useResidentChoices } from './useDeviceRows';

type Props = { mode: 'register'; onDone: () => void } | { mode: 'edit'; device: Device; onDone: () => void };

const idOf = (field: string) => `dev-f-${field}`;

export function DeviceForm(props: Props) {
  const { t, lang } = useI18n();
  const { mutate } = useSync();
  const [draft, setDraft] = useState<DeviceDraft>(() =>
    props.mode === 'edit' ? draftOfDevice(props.device) : emptyDraft,
  );
  const [errors, setErrors] = useState<Partial<Record<DeviceField, FieldError>>>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<DeviceDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const errorText = (field: DeviceField) => {
    const e = errors[field];
    return e ? t(e.key, e.params as never) : undefined;
  };

  async function submit() {
    const name = props.mode === 'register' ? 'device.register' : 'device.update';
    const args = props.mode === 'register' ? registerArgsOf(draft) : updateArgsOf(draft);
    const found = fieldErrorsOf(name, args);
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await mutate(name, args);
      props.onDone();
    } finally {
      setBusy(false);
    }
  }

  const title =
    props.mode === 'register'
      ? t('devices.form.registerTitle')
      : t('devices.form.editTitle', { account: draft.account });
  return (
    <form
      className="dev-form"
      data-testid={props.mode === 'register' ? 'device-register-form' : 'device-edit-form'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className="dev-form__title">{title}</h3>
      <div className="dev-form__grid">
        {props.mode === 'register' ? (
          <TextInput
            field="account"
            label={t('devices.account')}
            value={draft.account}
            error={errorText('account')}
            onChange={(account) => set({ account })}
          />
        ) : null}
        <TextInput
          field="label"
          label={t('devices.label')}
          value={draft.label}
          error={errorText('label')}
          onChange={(label) => set({ label })}
        />
        <ResidentPicker
          value={draft.residentId}
          error={errorText('residentId')}
          onChange={(residentId) => set({ residentId })}
        />
        <Labelled field="profile" label={t('devices.profile')} error={errorText('profile')}>
          <select
            id={idOf('profile')}
            className="dev-input"
            value={draft.profile}
            onChange={(e) => set({ profile: e.target.value })}
            data-testid="device-field-profile"
          >
            {[...new Set([...deviceProfileNames, draft.profile])].map((p) => (
              <option key={p} value={p}>
                {profileText(lang, p)}
              </option>
            ))}
          </select>
        </Labelled>
        <TextInput
          field="heartbeatSeconds"
          label={t('devices.heartbeat')}
          value={draft.heartbeatSeconds}
          inputMode="numeric"
          error={errorText('heartbeatSeconds')}
          onChange={(heartbeatSeconds) => set({ heartbeatSeconds })}
        />
        <TextInput
          field="key"
          label={t(props.mode === 'register' ? 'devices.form.key' : 'devices.form.keyKeep')}
          value={draft.key}
          error={errorText('key')}
          onChange={(key) => set({ key })}
          autoComplete="off"
        />
        <Labelled field="keyFormat" label={t('devices.form.keyFormat')}>
          <select
            id={idOf('keyFormat')}
            className="dev-input"
            value={draft.keyFormat}
            onChange={(e) => set({ keyFormat: e.target.value as DeviceDraft['keyFormat'] })}
            data-testid="device-field-keyFormat"
          >
            <option value="ascii">{t('devices.form.keyFormat.ascii')}</option>
            <option value="hex">{t('devices.form.keyFormat.hex')}</option>
          </select>
        </Labelled>
        <label className="dev-check">
          <input
            type="checkbox"
            checked={draft.strictLength}
            onChange={(e) => set({ strictLength: e.target.checked })}
            data-testid="device-field-strictLength"
          />
          {t('devices.form.strictLength')}
        </label>
        {props.mode === 'edit' ? (
          <label className="dev-check">
            <input
              type="checkbox"
              checked={draft.active}
              onChange={(e) => set({ active: e.target.checked })}
              data-testid="device-field-active"
            />
            {t('devices.form.active')}
          </label>
        ) : null}
      </div>
      <div className="dev-form__actions">
        <Button type="submit" busy={busy} data-testid="device-save">
          {t('devices.form.save')}
        </Button>
        <Button variant="quiet" onClick={props.onDone}>
          {t('devices.form.cancel')}
        </Button>
      </div>
    </form>
  );
}

function Labelled(props: { field: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className={props.error ? 'dev-field dev-field--invalid' : 'dev-field'}>
      <label htmlFor={idOf(props.field)}>{props.label}</label>
      {props.children}
      {props.error ? (
        <p className="dev-field__error" id={`${idOf(props.field)}-error`} data-testid={`device-error-${props.field}`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function TextInput(props: {
  field: DeviceField;
  label: string;
  value: string;
  error?: string;
  onChange: (v: string) => void;
  inputMode?: 'numeric';
  autoComplete?: string;
}) {
  return (
    <Labelled field={props.field} label={props.label} error={props.error}>
      <input
        id={idOf(props.field)}
        className="dev-input"
        value={props.value}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${idOf(props.field)}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={`device-field-${props.field}`}
      />
    </Labelled>
  );
}

/** A name box narrowing a select of the residents on this device; the bound one stays listed while searching. */
function ResidentPicker(props: { value: string; error?: string; onChange: (id: string) => void }) {
  const { t } = useI18n();
  const residents = useResidentChoices();
  const [query, setQuery] = useState('');
  const matches = matchResidents(residents ?? [], query);
  const bound = residents?.find((r) => r.id === props.value);
  const options = bound && !matches.some((m) => m.id === bound.id) ? [bound, ...matches] : matches;
  return (
    <div className="dev-picker">
      <Labelled field="residentSearch" label={t('devices.form.residentSearch')}>
        <input
          id={idOf('residentSearch')}
          className="dev-input"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="device-resident-search"
        />
      </Labelled>
      <Labelled field="residentId" label={t('devices.form.residentPick')} error={props.error}>
        <select
          id={idOf('residentId')}
          className="dev-input"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          data-testid="device-field-residentId"
        >
          <option value="">{t('devices.resident.none')}</option>
          {options.map((r) => (
            <option key={r.id} value={r.id}>
              {r.hint ? `${r.name} · ${r.hint}` : r.name}
            </option>
          ))}
        </select>
      </Labelled>
    </div>
  );
}
