// Unit tests for the DC-09 CRC and frame parser (ALM-9): literal CRCs computed by hand with an independent bitwise
// routine (python3), every token, optional prefixes, and broken frames. Must not touch sockets or a store.
import { describe, expect, it } from 'vitest';
import { crc16Arc, crcHex } from '../../../src/server/gateways/dc09/crc';
import { parseFrame } from '../../../src/server/gateways/dc09/frame';
import { buildFrame, buildMessage, innerOf, refCrc16 } from '../../helpers/dc09-frames';

const key128 = '000102030405060708090a0b0c0d0e0f';

describe('crc16Arc', () => {
  it('[ALM-9] gives the CRC-16/ARC check value 0xBB3D for "123456789"', () => {
    expect(crc16Arc('123456789')).toBe(0xbb3d);
    expect(crc16Arc(new TextEncoder().encode('123456789'))).toBe(0xbb3d);
    expect(crc16Arc('')).toBe(0);
  });

  it('[ALM-9] matches CRCs of DC-09 messages computed by hand', () => {
    // Values from a python3 bitwise loop (poly 0xA001 reflected, init 0), not from this code.
    expect(crcHex('"ACK"0001R1L1#1234[]')).toBe('D277');
    expect(crcHex('"ADM-CID"0001R1L1#1234[#1234|1101 01 015]_10:00:00,11-23-2026')).toBe('2188');
    expect(crcHex('"NAK"0000R0L0A0[]_10:00:00,11-23-2026')).toBe('7CAA');
    expect(crcHex('"DUH"0002L0#1234[]')).toBe('2AEF');
    expect(crcHex('"ACK"0042#A1B2C3[]')).toBe('3D99');
    expect(crcHex('"SIA-DCS"0005R0L0#1234[#1234|Nri1/MA001]')).toBe('B658');
  });

  it('[ALM-9] agrees with the bitwise reference on every byte value', () => {
    let text = '';
    for (let b = 0; b < 256; b++) text += String.fromCharCode(b);
    expect(crc16Arc(text)).toBe(refCrc16(text));
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(crc16Arc(bytes)).toBe(refCrc16(text));
  });
});

describe('parseFrame', () => {
  const at = new Date('2026-11-23T10:00:00Z');

  it('[ALM-9] reads a hand-written ADM-CID frame with receiver and line', () => {
    const raw = '2188003D"ADM-CID"0001R1L1#1234[#1234|1101 01 015]_10:00:00,11-23-2026';
    const r = parseFrame(raw);
    expect(r).toEqual({
      ok: true,
      frame: {
        token: 'ADM-CID',
        baseToken: 'ADM-CID',
        encrypted: false,
        sequence: '0001',
        receiver: '1',
        line: '1',
        account: '1234',
        body: '[#1234|1101 01 015]_10:00:00,11-23-2026',
        declaredLength: 0x3d,
        actualLength: 0x3d,
        lengthOk: true,
      },
    });
  });

  it.each([
    ['SIA-DCS', '#1234|Nri1/MA001'],
    ['ADM-CID', '#1234|1101 01 015'],
    ['NULL', ''],
  ])('[ALM-9] parses %s frames plain and encrypted, with and without R/L', (token, data) => {
    for (const keyHex of [undefined, key128]) {
      for (const [receiver, line] of [
        [null, null],
        ['12AB', null],
        [null, '3'],
        ['1', '232'],
      ] as const) {
        const raw = innerOf(buildFrame({ token, account: 'C0FFEE', sequence: '0042', receiver, line, data, keyHex }));
        const r = parseFrame(raw);
        if (!r.ok) throw new Error(`not parsed: ${raw}`);
        expect(r.frame.token).toBe(keyHex ? `*${token}` : token);
        expect(r.frame.baseToken).toBe(token);
        expect(r.frame.encrypted).toBe(!!keyHex);
        expect(r.frame.sequence).toBe('0042');
        expect(r.frame.receiver).toBe(receiver);
        expect(r.frame.line).toBe(line);
        expect(r.frame.account).toBe('C0FFEE');
        expect(r.frame.lengthOk).toBe(true);
        if (keyHex) expect(r.frame.body).toMatch(/^\[[0-9A-F]{32,}$/);
        else expect(r.frame.body).toBe(`[${data}]`);
      }
    }
  });

  it('[ALM-9] keeps extended blocks and the timestamp in the body', () => {
    const raw = innerOf(
      buildFrame({
        token: 'SIA-DCS',
        account: '1234',
        data: '#1234|NFA000',
        extended: ['X108.71', 'Y34.33'],
        timestamp: at,
      }),
    );
    const r = parseFrame(raw);
    expect(r.ok && r.frame.body).toBe('[#1234|NFA000][X108.71][Y34.33]_10:00:00,11-23-2026');
  });

  it('[ALM-9] accepts lower-case hex in the CRC and length fields', () => {
    const r = parseFrame(innerOf(buildFrame({ token: 'NULL', account: 'ABCDEF', lowerHex: true })));
    expect(r.ok).toBe(true);
  });

  it('[ALM-9] refuses a bad CRC with reason crc and what it could read', () => {
    const r = parseFrame(
      innerOf(buildFrame({ token: 'ADM-CID', account: '1234', sequence: '0007', line: '0', corruptCrc: true })),
    );
    expect(r).toEqual({
      ok: false,
      reason: 'crc',
      partial: { token: 'ADM-CID', sequence: '0007', receiver: null, line: '0', account: '1234' },
    });
  });

  it('[ALM-9] accepts a CRC-valid frame with a wrong length field but says lengthOk false', () => {
    const raw = innerOf(buildFrame({ token: 'ADM-CID', account: '1234', data: '#1234|1101 01 015', lengthDelta: 3 }));
    const r = parseFrame(raw);
    if (!r.ok) throw new Error('refused');
    expect(r.frame.lengthOk).toBe(false);
    expect(r.frame.declaredLength - r.frame.actualLength).toBe(3);
  });

  it('[ALM-9] answers format (never throws) for garbage, truncated and malformed frames', () => {
    const good = innerOf(buildFrame({ token: 'ADM-CID', account: '1234', data: '#1234|1101 01 015' }));
    const withCrc = (m: string) => `${refCrc16(m).toString(16).toUpperCase().padStart(4, '0')}0000${m}`;
    const cases = [
      '',
      'GARBAGE',
      'ZZZZ0010"NULL"0001#12[]',
      good.slice(0, 20),
      withCrc('"ADM-CID"01#1234[]'), // short sequence
      withCrc('"ADM-CID"0001R1L1[]'), // no account
      withCrc('"ADM-CID"0001#1234'), // no body
      withCrc('ADM-CID"0001#1234[]'), // no opening quote
      withCrc('"ADM-CID"0001RXL1#1234[]'), // receiver not hex
    ];
    for (const raw of cases) {
      const r = parseFrame(raw);
      expect(r.ok, raw).toBe(false);
    }
    // A truncated frame fails its CRC first: the reason the receiver NAKs on.
    const truncated = parseFrame(good.slice(0, -4));
    expect(truncated.ok === false && truncated.reason).toBe('crc');
    const shortSeq = parseFrame(withCrc('"ADM-CID"01#1234[]'));
    expect(shortSeq.ok === false && shortSeq.reason).toBe('format');
  });

  it('[ALM-9] keeps an unknown token for the receiver to answer DUH', () => {
    const r = parseFrame(innerOf(buildFrame({ token: 'XYZ-ABC', account: '1234', data: 'hello' })));
    expect(r.ok && r.frame.baseToken).toBe('XYZ-ABC');
  });

  it('[ALM-9] builds messages the way the standard counts length: from the opening quote', () => {
    const message = buildMessage({ token: 'NULL', account: '1234', line: '0' });
    expect(message).toBe('"NULL"0001L0#1234[]');
    const r = parseFrame(innerOf(buildFrame({ token: 'NULL', account: '1234', line: '0' })));
    expect(r.ok && r.frame.actualLength).toBe(message.length);
  });
});
