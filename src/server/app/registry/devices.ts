// DC-09 alarm devices (ALM-9) as the registry importer writes them: upsert by account, only changed columns.
// Must not talk to the gateway; the change log names each change, so consoles pull devices as a sync table (ALM-9).
import type { DeviceRecord } from '../../../protocol/registry';
import { recordChange } from '../../sync/change-log';
import { recordAudit } from '../audit';
import {
  columnsOf,
  insertRecord,
  loadRow,
  type RegistryWriter,
  type SaveResult,
  toField,
  updateChanged,
} from './record-writes';

/** A device as stored: the key already converted to hex by the caller (domain/registry/device-key). */
export type DeviceValues = Omit<DeviceRecord, 'key' | 'keyFormat'> & { keyHex?: string | undefined };

/** Inserts a new account with defaults, or changes only the given fields of a stored one. */
export async function saveDevice(w: RegistryWriter, d: DeviceValues): Promise<SaveResult> {
  const given = columnsOf({ ...d, account: undefined });
  const defaults = { resident_id: null, key_hex: null, strict_length: false, profile: 'default', heartbeat_seconds: 0 };
  const values = { ...defaults, ...given };
  const current = await loadRow(w.tx, 'devices', d.account, 'account');
  let fields: string[];
  if (current) {
    fields = (await updateChanged(w.tx, 'devices', current, given, w.now, 'account')).map(toField);
    if (!fields.length) return { id: d.account, outcome: 'unchanged', fields };
  } else {
    await insertRecord(w.tx, 'devices', { account: d.account, ...values }, w.now);
    fields = Object.keys(values).map(toField);
  }
  const residentId = (given.resident_id ?? current?.resident_id ?? null) as string | null;
  const [resident] = residentId
    ? await w.tx.query<{ community_id: string }>('select community_id from residents where id = $1', [residentId])
    : [];
  await recordChange(w.tx, {
    tbl: 'devices',
    rowId: d.account,
    op: 'put',
    communityId: resident?.community_id ?? null,
    mutationId: w.mutationId,
  });
  const action = current ? 'device.update' : 'device.register';
  // Key material never goes to the audit log: only that it changed.
  await recordAudit(w.tx, w.audit, { action, entity: 'device', entityId: d.account, detail: { fields, ...w.origin } });
  return { id: d.account, outcome: current ? 'updated' : 'created', fields };
}
