// Unit tests for the DC-09 stream splitter (ALM-9): split and coalesced frames, NULs, garbage and oversized input,
// without ever throwing. Pure: feeds Buffers, no sockets.
import { describe, expect, it } from 'vitest';
import { parseFrame } from '../../../src/server/gateways/dc09/frame';
import { createFrameSplitter } from '../../../src/server/gateways/dc09/splitter';
import { buildFrame, innerOf } from '../../helpers/dc09-frames';

const bytes = (s: string) => Buffer.from(s, 'latin1');
const a = buildFrame({ token: 'ADM-CID', account: '1234', sequence: '0001', data: '#1234|1101 01 015' });
const b = buildFrame({ token: 'SIA-DCS', account: '1234', sequence: '0002', data: '#1234|Nri1/MA001' });
const c = buildFrame({ token: 'NULL', account: '1234', sequence: '0003' });

describe('createFrameSplitter', () => {
  it('[ALM-9] yields several frames coalesced in one chunk, each parseable', () => {
    const s = createFrameSplitter();
    const out = s.push(bytes(a + b + c));
    expect(out).toEqual({ frames: [innerOf(a), innerOf(b), innerOf(c)], discarded: 0 });
    expect(out.frames.map((f) => parseFrame(f).ok)).toEqual([true, true, true]);
  });

  it('[ALM-9] joins a frame split across chunks, one byte at a time too', () => {
    const s = createFrameSplitter();
    expect(s.push(bytes(a.slice(0, 10))).frames).toEqual([]);
    expect(s.push(bytes(a.slice(10) + b.slice(0, 5))).frames).toEqual([innerOf(a)]);
    expect(s.push(bytes(b.slice(5))).frames).toEqual([innerOf(b)]);
    const t = createFrameSplitter();
    const got: string[] = [];
    for (const ch of a + c) got.push(...t.push(bytes(ch)).frames);
    expect(got).toEqual([innerOf(a), innerOf(c)]);
  });

  it('[ALM-9] ignores NUL bytes between and after frames', () => {
    const s = createFrameSplitter();
    const out = s.push(bytes(`\0\0${a}\0\0\0${b}\0`));
    expect(out).toEqual({ frames: [innerOf(a), innerOf(b)], discarded: 0 });
    const nuls = buildFrame({ token: 'NULL', account: '1234', trailingNuls: 7 });
    expect(createFrameSplitter().push(bytes(nuls + nuls))).toEqual({
      frames: [innerOf(nuls), innerOf(nuls)],
      discarded: 0,
    });
  });

  it('[ALM-9] discards and counts garbage before an LF, and an unfinished frame cut by a new LF', () => {
    const s = createFrameSplitter();
    const out = s.push(bytes(`HELLO${a}xy`));
    expect(out).toEqual({ frames: [innerOf(a)], discarded: 7 });
    const cut = s.push(bytes(`${a.slice(0, 12)}${b}`));
    expect(cut.frames).toEqual([innerOf(b)]);
    expect(cut.discarded).toBe(12);
    expect(s.push(bytes('\n\r')).frames).toEqual([]); // an empty frame is nothing
  });

  it('[ALM-9] throws away a frame longer than maxFrameBytes up to the next LF, then carries on', () => {
    const s = createFrameSplitter({ maxFrameBytes: 64 });
    const long = `\n${'A'.repeat(200)}\r`;
    const out = s.push(bytes(long + c));
    expect(out.frames).toEqual([innerOf(c)]);
    expect(out.discarded).toBe(202);
    const big = createFrameSplitter();
    const huge = big.push(Buffer.alloc(100_000, 0x41));
    expect(huge).toEqual({ frames: [], discarded: 100_000 });
    const endless = big.push(bytes(`\n${'B'.repeat(5000)}`));
    expect(endless.frames).toEqual([]);
    expect(big.push(bytes(`${'B'.repeat(10)}\r${a}`)).frames).toEqual([innerOf(a)]);
  });

  it('[ALM-9] never throws on random bytes and keeps one splitter state per connection', () => {
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    const s = createFrameSplitter();
    for (let i = 0; i < 200; i++) {
      const chunk = Buffer.from(Array.from({ length: next() % 300 }, () => next() % 256));
      expect(() => s.push(chunk)).not.toThrow();
    }
    const other = createFrameSplitter();
    other.push(bytes(a.slice(0, 20)));
    expect(createFrameSplitter().push(bytes(b)).frames).toEqual([innerOf(b)]);
    expect(other.push(bytes(a.slice(20))).frames).toEqual([innerOf(a)]);
  });
});
