// Registry CSV cells (ADM-3), device keys (ALM-9) and record diffs: pure rules the importer and handlers rely on.
import { describe, expect, it } from 'vitest';
import {
  parseDay,
  parseLabelled,
  parseNumber,
  parseYesNo,
  splitList,
} from '../../../../src/domain/registry/csv-values';
import { deviceKeyToHex } from '../../../../src/domain/registry/device-key';
import { changedKeys, isSameValue } from '../../../../src/domain/registry/record-diff';

describe('CSV cells', () => {
  it('[ADM-3] lists split on ; and 、 with blanks dropped', () => {
    expect(splitList('保洁、管道疏通; 助餐；;')).toEqual(['保洁', '管道疏通', '助餐']);
  });

  it('[ADM-3] yes/no in English and Chinese', () => {
    expect(parseYesNo('是')).toBe(true);
    expect(parseYesNo('FALSE')).toBe(false);
    expect(parseYesNo('maybe')).toBeNull();
  });

  it('[ADM-3] numbers and dates refuse what they are not', () => {
    expect(parseNumber('34.33')).toBe(34.33);
    expect(parseNumber('34,33')).toBeNull();
    expect(parseDay('2026/3/5')).toBe('2026-03-05');
    expect(parseDay('2026年3月5日')).toBe('2026-03-05');
    expect(parseDay('2026-02-30')).toBeNull();
  });

  it('[ADM-3] enum values by value or label', () => {
    const labels = { paid: ['有偿'], free: ['无偿'] };
    expect(parseLabelled('有偿', ['paid', 'free'] as const, labels)).toBe('paid');
    expect(parseLabelled('FREE', ['paid', 'free'] as const, labels)).toBe('free');
    expect(parseLabelled('低偿', ['paid', 'free'] as const, labels)).toBeNull();
  });
});

describe('device keys', () => {
  it('[ADM-3] an ASCII key becomes hex; 16, 24 and 32 bytes are accepted', () => {
    expect(deviceKeyToHex('0123456789abcdef', 'ascii')).toEqual({ ok: true, hex: '30313233343536373839616263646566' });
    expect(deviceKeyToHex('A'.repeat(32), 'ascii').ok).toBe(true);
    expect(deviceKeyToHex('ab'.repeat(24), 'hex')).toEqual({ ok: true, hex: 'ab'.repeat(24) });
  });

  it('[ADM-3] wrong lengths, non-hex and non-ASCII keys are refused with a reason', () => {
    expect(deviceKeyToHex('short', 'ascii')).toEqual({ ok: false, reason: '5 bytes; an AES key has 16, 24 or 32' });
    expect(deviceKeyToHex('zz'.repeat(16), 'hex').ok).toBe(false);
    expect(deviceKeyToHex('密钥'.repeat(8), 'ascii').ok).toBe(false);
  });
});

describe('record diffs', () => {
  it('[REG-1] only given keys that differ count; arrays compare by value; undefined is not given', () => {
    const current = { name: 'A', category_ids: ['x', 'y'], lat: null, phone: '1' };
    expect(changedKeys(current, { name: 'A', category_ids: ['x', 'y'], lat: undefined })).toEqual([]);
    expect(changedKeys(current, { category_ids: ['y', 'x'], lat: 34.1, phone: '1' })).toEqual(['category_ids', 'lat']);
    expect(isSameValue(null, undefined)).toBe(true);
  });
});
