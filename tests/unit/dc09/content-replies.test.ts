// Unit tests for DC-09 content (decryption with 128/192/256-bit keys, the [data][X…]_timestamp split) and the
// receiver's replies, byte for byte for plain frames and decrypted for encrypted ones (ALM-9). No sockets, no store.
import { describe, expect, it } from 'vitest';
import { decryptBody, formatTimestamp, parseContent } from '../../../src/server/gateways/dc09/content';
import { type Dc09Frame, parseFrame } from '../../../src/server/gateways/dc09/frame';
import { buildAck, buildDuh, buildNak } from '../../../src/server/gateways/dc09/replies';
import { buildFrame, dc09Time, innerOf, refCrc16, refDecrypt } from '../../helpers/dc09-frames';

const keys = {
  128: '2b7e151628aed2a6abf7158809cf4f3c',
  192: '8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b',
  256: '603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4',
};
const at = new Date('2026-11-23T10:00:00Z');

function frameOf(raw: string): Dc09Frame {
  const r = parseFrame(innerOf(raw));
  if (!r.ok) throw new Error(`not a frame: ${JSON.stringify(raw)}`);
  return r.frame;
}

describe('decryptBody', () => {
  it.each(Object.entries(keys))('[ALM-9] decrypts and parses back a %s-bit frame', (_bits, keyHex) => {
    const frame = frameOf(
      buildFrame({
        token: 'ADM-CID',
        account: '1234',
        line: '1',
        data: '#1234|1101 01 015',
        extended: ['X108.71'],
        timestamp: at,
        keyHex,
        padChar: '%',
      }),
    );
    const text = decryptBody(frame, keyHex);
    expect(text).toEqual({ ok: true, text: '[#1234|1101 01 015][X108.71]_10:00:00,11-23-2026' });
    expect(parseContent(text.ok ? text.text : '')).toEqual({
      ok: true,
      data: '#1234|1101 01 015',
      extended: ['X108.71'],
      timestamp: at,
    });
  });

  it('[ALM-9] decrypts an encrypted NULL whose pad has no "|" after it', () => {
    const frame = frameOf(
      buildFrame({ token: 'NULL', account: '1234', timestamp: at, keyHex: keys[128], noPipe: true }),
    );
    expect(decryptBody(frame, keys[128])).toEqual({ ok: true, text: '[]_10:00:00,11-23-2026' });
  });

  it('[ALM-9] refuses a wrong key, a wrong key size, a plain frame and a body that is not hex blocks', () => {
    const frame = frameOf(
      buildFrame({ token: 'SIA-DCS', account: '1234', data: '#1234|Nri1/MA001', timestamp: at, keyHex: keys[256] }),
    );
    expect(decryptBody(frame, keys[128]).ok).toBe(false);
    expect(decryptBody(frame, keys[256].replace('6', '7')).ok).toBe(false);
    expect(decryptBody(frame, 'abcd').ok).toBe(false);
    expect(decryptBody({ ...frame, body: `${frame.body}A` }, keys[256]).ok).toBe(false);
    expect(decryptBody({ ...frame, body: frame.body.replace(/^\[../, '[ZZ') }, keys[256]).ok).toBe(false);
    expect(decryptBody({ ...frame, body: '[' }, keys[256]).ok).toBe(false);
    const plain = frameOf(buildFrame({ token: 'SIA-DCS', account: '1234', data: '#1234|Nri1/MA001' }));
    expect(decryptBody(plain, keys[256]).ok).toBe(false);
  });
});

describe('parseContent', () => {
  it('[ALM-9] splits data, extended blocks and the UTC timestamp', () => {
    expect(parseContent('[#1234|NFA000]')).toEqual({ ok: true, data: '#1234|NFA000', extended: [], timestamp: null });
    expect(parseContent('[]_23:59:59,12-31-2025')).toEqual({
      ok: true,
      data: '',
      extended: [],
      timestamp: new Date('2025-12-31T23:59:59Z'),
    });
    expect(parseContent('[a][X1][Y2][Mabc]')).toEqual({
      ok: true,
      data: 'a',
      extended: ['X1', 'Y2', 'Mabc'],
      timestamp: null,
    });
  });

  it('[ALM-9] refuses content it cannot read', () => {
    for (const text of ['', 'abc', '[abc', '[a]junk', '[a]_25:00:00,01-01-2026', '[a]_10:00:00,02-30-2026', '[a[b]]']) {
      expect(parseContent(text).ok, text).toBe(false);
    }
  });
});

describe('replies', () => {
  const plain = frameOf(
    buildFrame({
      token: 'ADM-CID',
      account: '1234',
      sequence: '0001',
      receiver: '1',
      line: '1',
      data: '#1234|1101 01 015',
    }),
  );

  it('[ALM-9] ACKs a plain frame byte for byte, echoing sequence, receiver, line and account', () => {
    expect(buildAck(plain, { now: at })).toBe('\nD2770014"ACK"0001R1L1#1234[]\r');
    const bare = frameOf(buildFrame({ token: 'NULL', account: 'A1B2C3', sequence: '0042' }));
    expect(buildAck(bare, { now: at })).toBe('\n3D990012"ACK"0042#A1B2C3[]\r');
  });

  it('[ALM-9] DUHs byte for byte, never encrypted', () => {
    const f = frameOf(buildFrame({ token: 'SIA-DCS', account: '1234', sequence: '0002', line: '0', data: 'what' }));
    expect(buildDuh(f)).toBe('\n2AEF0012"DUH"0002L0#1234[]\r');
    const enc = frameOf(
      buildFrame({ token: 'SIA-DCS', account: '1234', sequence: '0002', line: '0', keyHex: keys[128] }),
    );
    expect(buildDuh(enc)).toBe('\n2AEF0012"DUH"0002L0#1234[]\r');
  });

  it('[ALM-9] NAKs with the receiver UTC time as _HH:MM:SS,MM-DD-YYYY', () => {
    expect(buildNak(at)).toBe('\n7CAA0025"NAK"0000R0L0A0[]_10:00:00,11-23-2026\r');
    const nak = buildNak(new Date('2027-01-05T03:04:09.900Z'));
    expect(nak).toMatch(/^\n[0-9A-F]{8}"NAK"0000R0L0A0\[\]_03:04:09,01-05-2027\r$/);
    expect(formatTimestamp(at)).toBe(dc09Time(at));
  });

  it.each(Object.entries(keys))(
    '[ALM-9] sends an encrypted *ACK (%s-bit) with a fresh pad and the receiver time',
    (_b, keyHex) => {
      const f = frameOf(
        buildFrame({
          token: 'ADM-CID',
          account: '1234',
          sequence: '0009',
          receiver: '2',
          line: '3',
          data: '#1234|1101 01 015',
          keyHex,
        }),
      );
      const ack = buildAck(f, { keyHex, now: at });
      const m = /^\n([0-9A-F]{4})([0-9A-F]{4})("\*ACK"0009R2L3#1234\[([0-9A-F]+))\r$/.exec(ack);
      if (!m) throw new Error(`not an encrypted ACK: ${JSON.stringify(ack)}`);
      expect(Number.parseInt(m[1]!, 16)).toBe(refCrc16(m[3]!));
      expect(Number.parseInt(m[2]!, 16)).toBe(m[3]!.length);
      const plainText = refDecrypt(m[4]!, keyHex);
      expect(plainText.length % 16).toBe(0);
      expect(plainText.endsWith(']_10:00:00,11-23-2026')).toBe(true);
      const pad = plainText.slice(0, -']_10:00:00,11-23-2026'.length);
      expect(pad.length).toBeGreaterThan(0);
      expect(pad).toMatch(/^[\x20-\x7e]+$/);
      expect(pad).not.toMatch(/[|[\]]/);
      // A fresh pad: two ACKs of the same frame differ (32 random characters collide with negligible chance).
      const again = new Set(Array.from({ length: 4 }, () => buildAck(f, { keyHex, now: at })));
      expect(again.size).toBeGreaterThan(1);
    },
  );
});
