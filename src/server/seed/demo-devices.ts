// Demo alarm devices (ALM-9): ANX0001, an encrypted pendant (ASCII 16-byte key, profile pendant-v1, 300 s heartbeat)
// and ANX0002, a plain unit, both bound to residents in liaison1's district (秦都区, 610402). Must not hold frames.
import type { DemoContext } from './demo-context';
import type { ResidentRow } from './demo-residents';

/** The demo pendant's key as typed at installation (16 ASCII characters → AES-128). Demo only, never production. */
export const DEMO_DEVICE_KEY = 'AnxinDemoKey0001';
const QINDU = '610402';

export interface DeviceRow {
  account: string;
  resident_id: string;
  key_hex: string | null;
  key_format: 'ascii' | 'hex';
  strict_length: boolean;
  profile: string;
  heartbeat_seconds: number;
  label: string;
  active: boolean;
  created_at: string;
  updated_at: string;
}

export function buildDevices(ctx: DemoContext, residents: readonly ResidentRow[]): DeviceRow[] {
  // Residents with a position, so a device alarm can offer responders at once.
  const qindu = residents.filter((r) => r.district_id === QINDU && r.lat && r.lng);
  const [first, second] = qindu;
  if (!first || !second) return [];
  const at = ctx.now.toISOString();
  const base = { strict_length: false, active: true, created_at: at, updated_at: at };
  return [
    {
      ...base,
      account: 'ANX0001',
      resident_id: first.id,
      key_hex: Buffer.from(DEMO_DEVICE_KEY, 'ascii').toString('hex'),
      key_format: 'ascii',
      profile: 'pendant-v1',
      heartbeat_seconds: 300,
      label: `${first.name}的一键呼叫挂坠`,
    },
    {
      ...base,
      account: 'ANX0002',
      resident_id: second.id,
      key_hex: null,
      key_format: 'hex',
      profile: 'default',
      heartbeat_seconds: 0,
      label: `${second.name}家的报警主机`,
    },
  ];
}
