// A registry form's values (REG-1..3): from a device row, to mutation args, and the schema's refusals as one message
// per field. Pure: validation is the protocol's zod schema (the same one the server runs); nothing here is sent.
import type { z } from 'zod';
import type { FieldSpec } from './form-fields';

export interface ContactDraft {
  name: string;
  phone: string;
  relation: string;
}

export type FormValue = string | boolean | string[] | ContactDraft[];
export type FormValues = Record<string, FormValue>;

/** Why a field was refused, as a message key suffix: 'registry.error.<reason>'. */
export type ErrorReason =
  | 'required'
  | 'tooLong'
  | 'tooSmall'
  | 'tooBig'
  | 'number'
  | 'date'
  | 'phone'
  | 'idCard'
  | 'bothCoordinates'
  | 'choice'
  | 'invalid';

/** Field path ('phone', 'contacts.1.phone') → why it was refused; the first problem of each field wins. */
export type FieldErrors = Record<string, ErrorReason>;

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export function blankValues(fields: readonly FieldSpec[]): FormValues {
  return valuesFromRow(fields, {});
}

export function valuesFromRow(
  fields: readonly FieldSpec[],
  row: Record<string, unknown>,
  contacts: readonly ContactDraft[] = [],
): FormValues {
  const out: FormValues = {};
  for (const f of fields) {
    const v = row[f.name];
    switch (f.input) {
      case 'bool':
        out[f.name] = v === undefined ? f.name === 'active' : Boolean(v);
        break;
      case 'multi':
      case 'categories':
        out[f.name] = Array.isArray(v) ? v.map(String) : [];
        break;
      case 'contacts':
        out[f.name] = contacts.map((c) => ({ name: c.name, phone: c.phone, relation: c.relation }));
        break;
      default:
        out[f.name] = str(v);
    }
  }
  return out;
}

function numberArg(raw: string, nullable: boolean): unknown {
  const text = raw.trim();
  if (text === '') return nullable ? null : undefined;
  const n = Number(text);
  // Not a number: pass the text so the schema refuses it and names the field.
  return Number.isFinite(n) ? n : text;
}

function argOf(f: FieldSpec, v: FormValue): unknown {
  switch (f.input) {
    case 'text':
    case 'tel':
    case 'textarea':
    case 'idcard': {
      const text = String(v).trim();
      return f.nullable && text === '' ? null : text;
    }
    case 'date':
      return String(v) === '' ? (f.nullable ? null : undefined) : String(v);
    case 'number':
      return numberArg(String(v), true);
    case 'int':
      return numberArg(String(v), false);
    case 'select':
      return String(v) === '' ? undefined : String(v);
    case 'pick':
      return String(v) === '' ? (f.nullable ? null : undefined) : String(v);
    case 'multi':
    case 'categories':
      return [...(v as string[])];
    case 'bool':
      return Boolean(v);
    case 'contacts':
      return (v as ContactDraft[]).map((c) => ({ name: c.name.trim(), phone: c.phone.trim(), relation: c.relation }));
    default: {
      const never: never = f;
      return never;
    }
  }
}

/** The mutation args for these values; undefined fields are left out (an update then keeps them). */
export function valuesToArgs(fields: readonly FieldSpec[], values: FormValues, id: string): Record<string, unknown> {
  const args: Record<string, unknown> = { id };
  for (const f of fields) {
    const arg = argOf(f, values[f.name] ?? '');
    if (arg !== undefined) args[f.name] = arg;
  }
  return args;
}

function valueAt(args: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = args;
  for (const key of path)
    v = v === null || typeof v !== 'object' ? undefined : (v as Record<PropertyKey, unknown>)[key];
  return v;
}

function reasonOf(issue: z.core.$ZodIssue, field: string, sent: unknown): ErrorReason {
  const leaf = field.split('.').at(-1) ?? field;
  // zod does not report the input by default: whether the field was left empty is read from what was sent.
  if ((sent === undefined || sent === null || sent === '') && issue.code !== 'custom') return 'required';
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' ? 'number' : 'invalid';
    case 'too_small':
      return issue.origin === 'number' ? 'tooSmall' : 'invalid';
    case 'too_big':
      return issue.origin === 'string' ? 'tooLong' : issue.origin === 'number' ? 'tooBig' : 'invalid';
    case 'invalid_format':
      return issue.format === 'date' ? 'date' : 'invalid';
    case 'invalid_value':
      return 'choice';
    case 'invalid_union':
    case 'custom':
      if (leaf === 'phone') return 'phone';
      if (leaf === 'idCard') return 'idCard';
      if (leaf === 'lat' || leaf === 'lng') return 'bothCoordinates';
      return 'invalid';
    default:
      return 'invalid';
  }
}

/** `args` is what was checked, so an empty field can be told from a wrong one. */
export function fieldErrorsOf(error: z.ZodError, args: unknown): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    if (!(field in out)) out[field] = reasonOf(issue, field, valueAt(args, issue.path));
  }
  return out;
}
