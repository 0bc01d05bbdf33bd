// One input of a registry form per field kind: text, phone, date, number, select, catalogue pick, checkboxes, yes/no.
// Must not validate or save: the form passes the value, the change handler and the error text.
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { Field } from '../../ui/Field';
import { communityPath, groupCategories, nameIn } from './catalogue-names';
import { type FieldSpec, vocabularies } from './form-fields';
import type { FormValue } from './form-model';
import { fieldLabel, vocabLabel } from './labels';
import type { Catalogue } from './useCatalogue';

export interface InputProps {
  spec: FieldSpec;
  value: FormValue;
  onChange: (value: FormValue) => void;
  error: string | undefined;
  catalogue: Catalogue;
}

const idOf = (name: string) => `reg-f-${name}`;

function Wrap(props: { name: string; label: string; error?: string; children: ReactNode; group?: boolean }) {
  const body = (
    <>
      {props.children}
      {props.error ? (
        <p className="field__error" id={`${idOf(props.name)}-error`} data-testid={`error-${props.name}`}>
          {props.error}
        </p>
      ) : null}
    </>
  );
  if (props.group) {
    return (
      <fieldset className={props.error ? 'field reg-group field--invalid' : 'field reg-group'}>
        <legend className="field__label">{props.label}</legend>
        {body}
      </fieldset>
    );
  }
  return (
    <div className={props.error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={idOf(props.name)}>
        {props.label}
      </label>
      {body}
    </div>
  );
}

function SelectInput({ spec, value, onChange, error, catalogue }: InputProps) {
  const { t, lang } = useI18n();
  let options: { value: string; label: string }[] = [];
  let blank = t('registry.form.choose');
  if (spec.input === 'select') {
    options = vocabularies[spec.vocab].map((v) => ({ value: v, label: vocabLabel(t, spec.vocab, v) }));
  } else if (spec.input === 'pick') {
    if (spec.nullable) blank = t('registry.form.noChoice');
    if (spec.list === 'districts') options = catalogue.districts.map((d) => ({ value: d.id, label: nameIn(d, lang) }));
    if (spec.list === 'companies') options = catalogue.companies.map((c) => ({ value: c.id, label: c.name }));
    if (spec.list === 'communities') {
      const path = (id: string) =>
        communityPath(id, catalogue.communitiesById, catalogue.streetsById, catalogue.districtsById, lang);
      options = catalogue.communities
        .map((c) => ({ value: c.id, label: path(c.id) }))
        .sort((a, b) => a.label.localeCompare(b.label, lang));
    }
  }
  return (
    <Wrap name={spec.name} label={fieldLabel(t, spec.name)} error={error}>
      <select
        id={idOf(spec.name)}
        name={spec.name}
        className="field__input reg-select"
        value={String(value)}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${idOf(spec.name)}-error` : undefined}
      >
        <option value="">{blank}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

function Checks(props: {
  name: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (v: string[]) => void;
}) {
  const toggle = (v: string, on: boolean) =>
    props.onChange(on ? [...props.value, v] : props.value.filter((x) => x !== v));
  return (
    <div className="reg-checks">
      {props.options.map((o) => (
        <label key={o.value} className="reg-check">
          <input
            type="checkbox"
            name={props.name}
            value={o.value}
            checked={props.value.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}

function CategoriesInput({ spec, value, onChange, error, catalogue }: InputProps) {
  const { t, lang } = useI18n();
  const chosen = value as string[];
  return (
    <Wrap name={spec.name} label={fieldLabel(t, spec.name)} error={error} group>
      {groupCategories(catalogue.categories).map(({ group, items }) => {
        const count = items.filter((i) => chosen.includes(i.id)).length;
        return (
          <details key={group.id} className="reg-cat-group" open={count > 0}>
            <summary>
              {nameIn(group, lang)}
              {count ? ` (${count})` : ''}
            </summary>
            <Checks
              name={spec.name}
              options={items.map((i) => ({ value: i.id, label: nameIn(i, lang) }))}
              value={chosen}
              onChange={onChange}
            />
          </details>
        );
      })}
    </Wrap>
  );
}

export function FormInput(props: InputProps) {
  const { t } = useI18n();
  const { spec, value, onChange, error } = props;
  const label = fieldLabel(t, spec.name);
  switch (spec.input) {
    case 'text':
    case 'tel':
    case 'idcard':
    case 'date':
    case 'number':
    case 'int':
      return (
        <Field
          id={idOf(spec.name)}
          name={spec.name}
          label={label}
          error={error}
          value={String(value)}
          onChange={(e) => onChange(e.target.value)}
          type={spec.input === 'tel' ? 'tel' : spec.input === 'date' ? 'date' : 'text'}
          inputMode={spec.input === 'number' ? 'decimal' : spec.input === 'int' ? 'numeric' : undefined}
          autoComplete="off"
        />
      );
    case 'textarea':
      return (
        <Wrap name={spec.name} label={label} error={error}>
          <textarea
            id={idOf(spec.name)}
            name={spec.name}
            className="field__input reg-textarea"
            rows={3}
            value={String(value)}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={error ? true : undefined}
          />
        </Wrap>
      );
    case 'select':
    case 'pick':
      return <SelectInput {...props} />;
    case 'multi':
      return (
        <Wrap name={spec.name} label={label} error={error} group>
          <Checks
            name={spec.name}
            options={vocabularies[spec.vocab].map((v) => ({ value: v, label: vocabLabel(t, spec.vocab, v) }))}
            value={value as string[]}
            onChange={onChange}
          />
        </Wrap>
      );
    case 'categories':
      return <CategoriesInput {...props} />;
    case 'bool':
      return (
        <label className={error ? 'reg-check reg-check--single field--invalid' : 'reg-check reg-check--single'}>
          <input
            type="checkbox"
            name={spec.name}
            checked={Boolean(value)}
            onChange={(e) => onChange(e.target.checked)}
          />
          <span>{label}</span>
        </label>
      );
    case 'contacts':
      return null;
    default: {
      const never: never = spec;
      return never;
    }
  }
}
