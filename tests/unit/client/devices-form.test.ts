// The admin's device form (ALM-9): its drafts become device.register / device.update args, and the protocol
// schema's complaints are named per field in both languages before anything is queued.
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/client/app/i18n/en';
import { translate } from '../../../src/client/app/i18n/translate';
import {
  draftOfDevice,
  emptyDraft,
  fieldErrorsOf,
  registerArgsOf,
  updateArgsOf,
} from '../../../src/client/features/devices/device-form';

describe('device form', () => {
  it('ALM-9 turns a valid draft into register args the schema accepts (no key = unencrypted)', () => {
    const args = registerArgsOf({ ...emptyDraft, account: ' ANX0003 ', label: '卧室', heartbeatSeconds: '600' });
    expect(args).toEqual({
      account: 'ANX0003',
      label: '卧室',
      strictLength: false,
      profile: 'default',
      heartbeatSeconds: 600,
    });
    expect(fieldErrorsOf('device.register', args)).toEqual({});
  });

  it('ALM-9 names the account, key and heartbeat errors next to their fields', () => {
    const bad = registerArgsOf({ ...emptyDraft, account: 'ANX-1', key: '0123', keyFormat: 'hex' });
    expect(fieldErrorsOf('device.register', bad)).toEqual({
      account: { key: 'devices.error.accountChars' },
      key: { key: 'devices.error.keyLength', params: { bytes: 2 } },
    });
    const key = registerArgsOf({ ...emptyDraft, account: 'ANX1', key: '0123', keyFormat: 'hex' });
    const keyError = fieldErrorsOf('device.register', key).key;
    expect(keyError).toEqual({ key: 'devices.error.keyLength', params: { bytes: 2 } });
    expect(translate('zh-CN', 'devices.error.keyLength', { bytes: 2 })).toContain('2 字节');
    const notHex = registerArgsOf({ ...emptyDraft, account: 'ANX1', key: 'zz'.repeat(16), keyFormat: 'hex' });
    expect(fieldErrorsOf('device.register', notHex).key).toEqual({ key: 'devices.error.keyHex' });
    const hb = registerArgsOf({ ...emptyDraft, account: 'ANX1', heartbeatSeconds: 'ten' });
    expect(fieldErrorsOf('device.register', hb).heartbeatSeconds).toEqual({ key: 'devices.error.number' });
    expect(fieldErrorsOf('device.register', registerArgsOf(emptyDraft)).account).toEqual({
      key: 'devices.error.required',
    });
    expect(en['devices.error.accountChars']).toBe('Letters and digits only');
    // The schema skips the key while other fields fail; the form still names the key's problem at the same time.
    const all = registerArgsOf({ ...emptyDraft, account: 'ANX1', key: 'short', heartbeatSeconds: 'x' });
    expect(fieldErrorsOf('device.register', all)).toEqual({
      heartbeatSeconds: { key: 'devices.error.number' },
      key: { key: 'devices.error.keyLength', params: { bytes: 5 } },
    });
  });

  it('ALM-9 accepts a 16-character ASCII key and sends its format', () => {
    const args = registerArgsOf({ ...emptyDraft, account: 'ANX1', key: 'abcdefghijklmnop' });
    expect(args).toMatchObject({ key: 'abcdefghijklmnop', keyFormat: 'ascii' });
    expect(fieldErrorsOf('device.register', args)).toEqual({});
  });

  it('ALM-9 edits keep the key unless a new one is typed, and an empty resident unbinds', () => {
    const draft = draftOfDevice({
      account: 'ANX0001',
      label: '客厅',
      keyFormat: 'hex',
      strictLength: true,
      profile: 'pendant-v1',
      heartbeatSeconds: 300,
      residentId: 'r1',
      active: true,
    });
    expect(draft.key).toBe('');
    const args = updateArgsOf({ ...draft, residentId: '', active: false });
    expect(args).not.toHaveProperty('key');
    expect(args).toMatchObject({ account: 'ANX0001', residentId: null, active: false, heartbeatSeconds: 300 });
    expect(fieldErrorsOf('device.update', args)).toEqual({});
  });
});
