// Importing DC-09 alarm devices (ALM-9, ADM-3): account, key (ASCII or hex, stored as hex), strict length, profile,
// resident (id or service card number) and heartbeat; the natural key is the account. Must not talk to the gateway.
import { deviceKeyToHex } from '../../../domain/registry/device-key';
import { deviceRecord } from '../../../protocol/registry';
import { saveDevice } from '../registry/devices';
import { type Column, integer, labelled, text, yesNo } from './columns';
import { checkArgs, type ImportKind } from './import-kind';

const columns: readonly Column[] = [
  { key: 'account', zh: '账号', aliases: ['设备账号'], arg: 'account', read: text, example: '1234' },
  { key: 'key', zh: '密钥', arg: 'key', read: text, example: '0123456789abcdef' },
  {
    key: 'key_format',
    zh: '密钥格式',
    arg: 'keyFormat',
    read: labelled(['ascii', 'hex'] as const, { ascii: ['文本'], hex: ['十六进制'] }),
    example: 'ascii',
  },
  { key: 'strict_length', zh: '严格长度', arg: 'strictLength', read: yesNo, example: '否' },
  { key: 'profile', zh: '配置', aliases: ['设备型号'], arg: 'profile', read: text, example: 'default' },
  { key: 'resident', zh: '老人', aliases: ['服务卡号'], arg: 'residentId', read: (c, l) => l.resident(c), example: '' },
  { key: 'heartbeat_seconds', zh: '心跳秒数', arg: 'heartbeatSeconds', read: integer, example: '3600' },
];

export const devicesImport: ImportKind = {
  name: 'devices',
  columns,
  keyColumns: ['account'],
  naturalKey: (a) => (a.account ? `account:${String(a.account).toUpperCase()}` : null),
  async findExisting(tx, a) {
    const rows = await tx.query<{ account: string }>('select account from devices where upper(account) = upper($1)', [
      a.account ?? '',
    ]);
    return rows[0]?.account ?? null;
  },
  save(w, a, existingId) {
    const d = checkArgs(deviceRecord, { ...a, ...(existingId ? { account: existingId } : {}) });
    const key = d.key ? deviceKeyToHex(d.key, d.keyFormat ?? 'ascii') : null;
    const { key: _key, keyFormat: _format, ...rest } = d;
    return saveDevice(w, { ...rest, ...(key?.ok ? { keyHex: key.hex } : {}) });
  },
};
