// Registry forms (REG-1..3, SEC-3): values become the protocol's mutation args, the protocol's own schema checks
// them on the device, and each refusal names its field; sensitive fields are left out without the permission.
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/client/app/i18n/translate';
import { fieldsFor, formFields } from '../../../src/client/features/registry/form-fields';
import {
  blankValues,
  fieldErrorsOf,
  valuesFromRow,
  valuesToArgs,
} from '../../../src/client/features/registry/form-model';
import { errorText } from '../../../src/client/features/registry/labels';
import { registryMutationArgs } from '../../../src/protocol/registry';

const id = '7d3f0c1e-4a57-4a43-9a55-5f7c2b8a9b10';
/** The bound t a screen gets from useI18n, for one language. */
const tIn = (lang: 'zh-CN' | 'en') =>
  ((key: never, params?: unknown) => (translate as (...a: unknown[]) => string)(lang, key, params)) as never;
const check = (name: keyof typeof registryMutationArgs, args: unknown) => registryMutationArgs[name].safeParse(args);

describe('registry form model', () => {
  it('[REG-1][SEC-3] a bad phone is refused under the phone field, in words that name it', () => {
    const fields = formFields.companies;
    const values = { ...blankValues(fields), name: '秦都家政', phone: '12345678' };
    const args = valuesToArgs(fields, values, id);
    const parsed = check('company.create', args);
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsOf(parsed.error!, args);
    expect(errors).toEqual({ phone: 'phone' });
    const t = tIn('zh-CN');
    expect(errorText(t, 'phone', 'phone')).toBe('电话：不是有效的手机或座机号码');
  });

  it('[REG-1] a valid company becomes args the schema accepts, with numbers, nulls and the normal phone', () => {
    const fields = formFields.companies;
    const values = {
      ...blankValues(fields),
      name: ' 秦都家政 ',
      phone: '+86 138-0000-1111',
      lat: '34.33',
      lng: '108.71',
      serviceRadiusM: '3000',
      categoryIds: ['housekeeping.cleaning'],
      is24h: true,
    };
    const parsed = check('company.create', valuesToArgs(fields, values, id));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      id,
      name: '秦都家政',
      phone: '13800001111',
      lat: 34.33,
      lng: 108.71,
      serviceRadiusM: 3000,
      districtId: null,
      joinedOn: null,
      is24h: true,
    });
  });

  it('[REG-1][SEC-3] names every refused field: required name, text in a number, one coordinate only', () => {
    const fields = formFields.companies;
    const values = { ...blankValues(fields), phone: '13800001111', serviceRadiusM: 'far', lat: '34.3' };
    const args = valuesToArgs(fields, values, id);
    const errors = fieldErrorsOf(check('company.create', args).error!, args);
    expect(errors).toEqual({ name: 'required', serviceRadiusM: 'number' });
    // The schema's whole-object rule (both coordinates or neither) speaks once the fields themselves pass.
    const fixed = valuesToArgs(fields, { ...values, name: '秦都家政', serviceRadiusM: '' }, id);
    expect(fieldErrorsOf(check('company.create', fixed).error!, fixed)).toEqual({ lng: 'bothCoordinates' });
  });

  it('[REG-3] a resident needs gender, birth date and community; contacts are checked by position', () => {
    const fields = formFields.residents;
    const values = {
      ...blankValues(fields),
      name: '张三',
      idCard: '123',
      contacts: [
        { name: '张小三', phone: '13900002222', relation: 'family' },
        { name: '', phone: 'abc', relation: 'family' },
      ],
    };
    const args = valuesToArgs(fields, values, id);
    const errors = fieldErrorsOf(check('resident.create', args).error!, args);
    expect(errors).toMatchObject({
      gender: 'required',
      birthDate: 'required',
      communityId: 'required',
      idCard: 'idCard',
      'contacts.1.name': 'required',
      'contacts.1.phone': 'phone',
    });
    const t = tIn('en');
    expect(errorText(t, 'contacts.1.phone', 'phone')).toBe('Contact 2 · Phone: not a valid mobile or landline number');
  });

  it('[REG-3][SEC-2] without resident.sensitive the form neither shows nor sends health and id fields', () => {
    const names = fieldsFor('residents', false).map((f) => f.name);
    for (const hidden of ['idCard', 'healthConditions', 'medication', 'allergies', 'accessNotes']) {
      expect(names).not.toContain(hidden);
    }
    const args = valuesToArgs(fieldsFor('residents', false), blankValues(fieldsFor('residents', false)), id);
    expect(Object.keys(args)).not.toContain('idCard');
    expect(fieldsFor('residents', true).map((f) => f.name)).toContain('medication');
  });

  it('[REG-2] an edit starts from the row and sends an update the schema accepts', () => {
    const fields = formFields.volunteers;
    const row = {
      id: 'v-1',
      name: '王师傅',
      phone: '13700003333',
      districtId: 'qindu',
      communityId: null,
      lat: 34.3,
      lng: 108.7,
      skillIds: ['repair.drain'],
      serviceMode: 'low_cost',
      supportSystem: 'market',
      kind: 'skilled',
      companyId: null,
      active: true,
    };
    const values = valuesFromRow(fields, row);
    expect(values.lat).toBe('34.3');
    expect(values.skillIds).toEqual(['repair.drain']);
    const parsed = check('volunteer.update', valuesToArgs(fields, values, 'v-1'));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ id: 'v-1', communityId: null, serviceMode: 'low_cost', lat: 34.3 });
  });
});
