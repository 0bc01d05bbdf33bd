// The intake form's labelled input and select, each with its error underneath naming the field (ORD-1). Must not
// validate: the form passes the error text from the protocol schema's verdict.
import type { ReactNode } from 'react';

interface Common {
  field: string;
  label: string;
  error: string | null;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}

function ErrorLine({ field, error }: { field: string; error: string | null }) {
  return error ? (
    <p className="field__error" id={`ord-f-${field}-error`} data-testid={`error-${field}`}>
      {error}
    </p>
  ) : null;
}

export function IntakeInput(
  props: Common & {
    type?: string;
    inputMode?: 'tel' | 'text';
    autoComplete?: string;
    autoFocus?: boolean;
    className?: string;
    after?: ReactNode;
  },
) {
  const id = `ord-f-${props.field}`;
  return (
    <div className={props.error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        data-field={props.field}
        className={props.className ?? 'ord-input'}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
        // biome-ignore lint/a11y/noAutofocus: the dispatcher is on the phone; the number field must take the typing at once (ORD-1).
        autoFocus={props.autoFocus}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        data-testid={props.testId}
      />
      {props.after}
      <ErrorLine field={props.field} error={props.error} />
    </div>
  );
}

type Option = { value: string; label: string };

/** A select of plain options, then optional groups (a two-level catalogue: pick a child, the group is its heading). */
export function IntakeSelect(
  props: Common & { options: readonly Option[]; groups?: readonly { label: string; options: readonly Option[] }[] },
) {
  const id = `ord-f-${props.field}`;
  return (
    <div className={props.error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {props.label}
      </label>
      <select
        id={id}
        data-field={props.field}
        className="ord-select"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        data-testid={props.testId}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {(props.groups ?? []).map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <ErrorLine field={props.field} error={props.error} />
    </div>
  );
}
